using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

public class ApprovingMinutesTests
{
    private static readonly DateTimeOffset At = Actors.SomeMoment;

    private static (Meeting Meeting, Minutes Minutes) HeldMeetingWithDraftMinutes()
    {
        var meeting = A.Meeting.GoverningBoard(9).Held();
        var minutes = Minutes.Start(meeting, [new AgendaHeading("1", "Opening", false), new AgendaHeading("2", "Membership applications", true)], "Li Wei", At);
        return (meeting, minutes);
    }

    [Fact]
    public void Minutes_start_with_one_item_per_agenda_item_in_agenda_order()
    {
        var (_, minutes) = HeldMeetingWithDraftMinutes();
        Assert.Equal(["Opening", "Membership applications"], minutes.Items.Select(i => i.Title));
        Assert.Equal([false, true], minutes.Items.Select(i => i.IsMembershipApplications));
        Assert.Equal(MinutesStatus.Draft, minutes.Status);
        Assert.Equal(1, minutes.VersionNumber);
    }

    [Fact]
    public void Draft_minutes_are_circulated_then_approved_by_a_later_meeting_and_the_meeting_is_marked()
    {
        var (meeting, minutes) = HeldMeetingWithDraftMinutes();
        var later = A.Meeting.GoverningBoard(10).Planned();
        minutes.Circulate(new DateOnly(2025, 1, 10), "Li Wei", At);
        minutes.Approve(meeting, new DateOnly(2025, 12, 10), "", later, "Li Wei", At);

        Assert.Equal(MinutesStatus.Approved, minutes.Status);
        Assert.Equal("the 10th ANSO Governing Board (GB) Meeting", minutes.ApprovedBy);
        Assert.Equal(MeetingStatus.MinutesApproved, meeting.Status);
        Assert.True(minutes.IsLocked);
    }

    [Fact]
    public void Minutes_cannot_be_approved_before_they_are_circulated()
    {
        var (meeting, minutes) = HeldMeetingWithDraftMinutes();
        var ex = Assert.Throws<DomainException>(() => minutes.Approve(meeting, new DateOnly(2025, 1, 10), "the Chair", null, "Li Wei", At));
        Assert.Contains("circulated", ex.Message);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
    }

    [Fact]
    public void Minutes_of_a_meeting_not_yet_held_cannot_be_approved()
    {
        var meeting = A.Meeting.GoverningBoard(11).Planned();
        var minutes = Minutes.Start(meeting, [], "Li Wei", At);
        minutes.Circulate(meeting.StartDate, "Li Wei", At);
        var ex = Assert.Throws<DomainException>(() => minutes.Approve(meeting, meeting.StartDate, "the Chair", null, "Li Wei", At));
        Assert.Contains("not been held", ex.Message);
    }

    [Fact]
    public void Approved_minutes_refuse_every_edit()
    {
        var (meeting, minutes) = Approved();
        var item = minutes.Items[0].Id;
        Assert.Throws<DomainException>(() => minutes.Summarize(item, "Changed afterwards", "Li Wei", At));
        Assert.Throws<DomainException>(() => minutes.RecordDecision(meeting, item, "Something new", DecisionOutcome.Agreed, meeting.StartDate, "Li Wei", At));
        Assert.Throws<DomainException>(() => minutes.AddActionItem(item, "Something", null, null, "Li Wei", At));
        Assert.Throws<DomainException>(() => minutes.AddItem("9", "Extra item"));
        var ex = Assert.Throws<DomainException>(() => minutes.Circulate(new DateOnly(2025, 2, 1), "Li Wei", At));
        Assert.Contains("draft", ex.Message);
        Assert.Equal("The Board noted the report.", minutes.Items[0].Summary);
    }

    [Fact]
    public void A_correction_makes_version_two_with_its_reason_and_keeps_version_one_readable()
    {
        var (_, minutes) = Approved();
        var corrected = minutes.Correct("The name of a participant was misspelt.", "Li Wei", At);

        Assert.Equal(2, corrected.VersionNumber);
        Assert.Equal(MinutesStatus.Draft, corrected.Status);
        Assert.Equal("The name of a participant was misspelt.", corrected.CorrectionReason);
        Assert.Equal(minutes.Items.Select(i => (i.Title, i.Summary)), corrected.Items.Select(i => (i.Title, i.Summary)));
        Assert.Equal(minutes.Items.SelectMany(i => i.Decisions).Select(d => d.Text), corrected.Items.SelectMany(i => i.Decisions).Select(d => d.Text));

        // Version 1 stays as it was and can no longer change, not even by a second correction.
        Assert.True(minutes.IsSuperseded);
        Assert.Equal(MinutesStatus.Approved, minutes.Status);
        Assert.Throws<DomainException>(() => minutes.Correct("again", "Li Wei", At));
        Assert.Throws<DomainException>(() => minutes.Summarize(minutes.Items[0].Id, "x", "Li Wei", At));
    }

    [Fact]
    public void A_correction_needs_a_reason()
    {
        var (_, minutes) = Approved();
        Assert.Throws<DomainException>(() => minutes.Correct("  ", "Li Wei", At));
        Assert.False(minutes.IsSuperseded);
    }

    private static (Meeting, Minutes) Approved()
    {
        var (meeting, minutes) = HeldMeetingWithDraftMinutes();
        minutes.Summarize(minutes.Items[0].Id, "The Board noted the report.", "Li Wei", At);
        minutes.RecordDecision(meeting, minutes.Items[0].Id, "The ANSO Scholarship was endorsed.", DecisionOutcome.Endorsed, meeting.StartDate, "Li Wei", At);
        minutes.Circulate(new DateOnly(2025, 1, 10), "Li Wei", At);
        minutes.Approve(meeting, new DateOnly(2025, 2, 1), "the Chair, Prof. Chunli Bai", null, "Li Wei", At);
        return (meeting, minutes);
    }
}
