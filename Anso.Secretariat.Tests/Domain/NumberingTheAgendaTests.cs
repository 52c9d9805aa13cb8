using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using static Anso.Secretariat.Tests.Support.MeetingTestData;

namespace Anso.Secretariat.Tests.Domain;

public class NumberingTheAgendaTests
{
    [Fact]
    public void Items_are_numbered_in_the_order_they_are_added()
    {
        var meeting = Board().WithAgenda("Opening", "Progress Report 2024", "Closing");

        Assert.Equal(["Opening", "Progress Report 2024", "Closing"], meeting.Titles());
        Assert.Equal([1, 2, 3], meeting.Numbers());
    }

    [Fact]
    public void An_item_added_at_a_position_pushes_the_later_items_down()
    {
        var meeting = Board().WithAgenda("Opening", "Closing");

        meeting.AddAgendaItem(Item("Any other business"), Staff(), at: 1);

        Assert.Equal(["Opening", "Any other business", "Closing"], meeting.Titles());
        Assert.Equal([1, 2, 3], meeting.Numbers());
    }

    [Fact]
    public void Moving_an_item_renumbers_every_item()
    {
        var meeting = Board().WithAgenda("A", "B", "C", "D");

        meeting.MoveAgendaItem(meeting.Agenda[3], 0, Staff());
        Assert.Equal(["D", "A", "B", "C"], meeting.Titles());

        meeting.MoveAgendaItem(meeting.Agenda[1], 2, Staff());
        Assert.Equal(["D", "B", "A", "C"], meeting.Titles());
        Assert.Equal([1, 2, 3, 4], meeting.Numbers());
    }

    [Fact]
    public void Moving_beyond_the_ends_is_refused_and_changes_nothing()
    {
        var meeting = Board().WithAgenda("A", "B");

        var refused = Assert.Throws<DomainException>(() => meeting.MoveAgendaItem(meeting.Agenda[0], 2, Staff()));

        Assert.Contains("no position 3", refused.Message);
        Assert.Equal(["A", "B"], meeting.Titles());
    }

    [Fact]
    public void Removing_an_item_closes_the_gap()
    {
        var meeting = Board().WithAgenda("A", "B", "C");

        meeting.RemoveAgendaItem(meeting.Agenda[1], Staff());

        Assert.Equal(["A", "C"], meeting.Titles());
        Assert.Equal([1, 2], meeting.Numbers());
    }

    [Fact]
    public void Items_loaded_in_any_order_come_back_in_agenda_order()
    {
        var meeting = Board().WithAgenda("A", "B", "C");
        // What the database may do: hand the items back in another order.
        var field = typeof(Meeting).GetField("_agenda", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var list = (List<AgendaItem>)field.GetValue(meeting)!;
        list.Reverse();

        Assert.Equal(["A", "B", "C"], meeting.Titles());
    }

    [Fact]
    public void An_item_needs_a_title_and_a_sensible_duration()
    {
        var meeting = Board();

        Assert.Contains("title", Assert.Throws<DomainException>(() => meeting.AddAgendaItem(Item(" "), Staff())).Message);
        Assert.Contains("duration", Assert.Throws<DomainException>(() => meeting.AddAgendaItem(Item("Report", minutes: 0), Staff())).Message);
        Assert.Contains("duration", Assert.Throws<DomainException>(() => meeting.AddAgendaItem(Item("Report", minutes: 481), Staff())).Message);
        Assert.Empty(meeting.Agenda);
    }

    [Fact]
    public void Only_one_membership_applications_item_and_only_at_a_GB_or_GA()
    {
        var board = Board();
        board.AddAgendaItem(Item("List of ANSO Membership Applications", kind: AgendaItemKind.MembershipApplications), Staff());

        var second = Assert.Throws<DomainException>(() =>
            board.AddAgendaItem(Item("More applications", kind: AgendaItemKind.MembershipApplications), Staff()));
        Assert.Contains("already has a membership applications item (item 1)", second.Message);

        var workingGroup = WorkingGroup();
        var refused = Assert.Throws<DomainException>(() =>
            workingGroup.AddAgendaItem(Item("Applications", kind: AgendaItemKind.MembershipApplications), Staff()));
        Assert.Contains("Only GB and GA meetings", refused.Message);
    }

    [Fact]
    public void The_schedule_gives_each_item_its_times_and_the_total_is_compared_with_the_meeting_length()
    {
        var meeting = Board();
        meeting.AddAgendaItem(Item("Opening", 10), Staff());
        meeting.AddAgendaItem(Item("Report", 50), Staff());
        meeting.AddAgendaItem(Item("Discussion", 150), Staff());

        var schedule = meeting.Schedule();

        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(9, 10)), (schedule[0].From, schedule[0].To));
        Assert.Equal((new TimeOnly(9, 10), new TimeOnly(10, 0)), (schedule[1].From, schedule[1].To));
        Assert.Equal(new TimeOnly(12, 30), schedule[2].To);
        Assert.Equal(180, meeting.ScheduledMinutes);
        Assert.Equal(210, meeting.AgendaMinutes);
        Assert.Equal("3 h 30 min", Wording.Duration(meeting.AgendaMinutes));
    }

    [Fact]
    public void A_meeting_of_several_days_has_no_item_times_but_a_length_over_all_days()
    {
        var meeting = WorkingGroup().WithAgenda("Opening");
        meeting.SetHours(new TimeOnly(9, 0), new TimeOnly(17, 0));

        Assert.Null(meeting.Schedule()[0].From);
        Assert.Equal(2 * 8 * 60, meeting.ScheduledMinutes);
    }
}
