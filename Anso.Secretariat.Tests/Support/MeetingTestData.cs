using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.Tests.Support;

/// <summary>Builders for meetings and agendas: <c>MeetingTestData.Board(10)</c>, <c>MeetingTestData.Item("Opening")</c>.</summary>
public static class MeetingTestData
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A one-day GB meeting in Beijing, 09:00-12:00.</summary>
    public static Meeting Board(int number = 10, DateOnly? on = null)
    {
        var day = on ?? new DateOnly(2026, 12, 9);
        var meeting = new Meeting(MeetingBody.GoverningBoard, number, day, day, new Venue("CAS Headquarters", "Beijing", "CN"), MeetingMode.Hybrid);
        meeting.SetHours(new TimeOnly(9, 0), new TimeOnly(12, 0));
        return meeting;
    }

    public static Meeting WorkingGroup(int number = 2)
    {
        var day = new DateOnly(2026, 5, 13);
        return new Meeting(MeetingBody.WorkingGroup, number, day, day.AddDays(1), new Venue(null, "Beijing", "CN"), MeetingMode.OnSite);
    }

    public static AgendaItemDetails Item(string title, int minutes = 20, AgendaItemKind kind = AgendaItemKind.Discussion,
        AgendaPurpose purpose = AgendaPurpose.ForDiscussion, string? presenter = null) =>
        new() { Title = title, DurationMinutes = minutes, Kind = kind, Purpose = purpose, Presenter = presenter };

    /// <summary>A member of the secretariat at <paramref name="daysLater"/> days after <see cref="Monday"/>.</summary>
    public static Actor Staff(int daysLater = 0, string name = "Wang Fang") => new(name, Monday.AddDays(daysLater));

    /// <summary>A meeting whose agenda has the given items, in that order.</summary>
    public static Meeting WithAgenda(this Meeting meeting, params string[] titles)
    {
        foreach (var title in titles) meeting.AddAgendaItem(Item(title), Staff());
        return meeting;
    }

    public static string[] Titles(this Meeting meeting) => meeting.Agenda.Select(i => i.Title).ToArray();

    public static int[] Numbers(this Meeting meeting) => meeting.Agenda.Select(i => i.Number).ToArray();
}
