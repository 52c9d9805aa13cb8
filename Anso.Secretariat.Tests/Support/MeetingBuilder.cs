using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.Tests.Support;

/// <summary><c>A.Meeting.GoverningBoard(9).Planned()</c>, <c>A.Meeting.GeneralAssembly(4).On(...).Held()</c>.</summary>
public sealed class MeetingBuilder
{
    private MeetingBody _body = MeetingBody.GoverningBoard;
    private int _number = 1;
    private DateOnly? _start;
    private DateOnly? _end;

    public MeetingBuilder GoverningBoard(int number) => Of(MeetingBody.GoverningBoard, number);

    public MeetingBuilder GeneralAssembly(int number) => Of(MeetingBody.GeneralAssembly, number);

    public MeetingBuilder WorkingGroup(int number) => Of(MeetingBody.WorkingGroup, number);

    public MeetingBuilder Of(MeetingBody body, int number)
    {
        _body = body;
        _number = number;
        return this;
    }

    public MeetingBuilder On(DateOnly start, DateOnly? end = null)
    {
        _start = start;
        _end = end ?? start;
        return this;
    }

    public Meeting Planned()
    {
        // The 9th GB met on 11 Dec 2024, the 4th GA in late Oct 2025: a yearly GB, a GA every few years.
        var start = _start ?? _body switch
        {
            MeetingBody.GoverningBoard => new DateOnly(2015 + _number, 12, 11),
            MeetingBody.GeneralAssembly => new DateOnly(2013 + 3 * _number, 10, 28),
            _ => new DateOnly(2020 + _number, 5, 13),
        };
        var end = _end ?? (_body == MeetingBody.GeneralAssembly ? start.AddDays(2) : start);
        var venue = new Venue("Friendship Hotel", "Beijing", "CN");
        return new Meeting(_body, _number, start, end, venue, MeetingMode.Hybrid);
    }

    public Meeting Held()
    {
        var meeting = Planned();
        meeting.MarkHeld();
        return meeting;
    }
}
