using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using static Anso.Secretariat.Tests.Support.MeetingTestData;

namespace Anso.Secretariat.Tests.Domain;

public class PublishingTheAgendaTests
{
    [Fact]
    public void Publishing_records_the_numbered_agenda_as_revision_1_and_moves_the_meeting_on()
    {
        var meeting = Board().WithAgenda("Opening", "Progress Report 2024", "Closing");

        var revision = meeting.PublishAgenda(Staff(1, "Li Wei"));

        Assert.Equal(MeetingStatus.AgendaPublished, meeting.Status);
        Assert.Equal(1, revision.Number);
        Assert.Equal("Li Wei", revision.By);
        Assert.Equal(Monday.AddDays(1), revision.At);
        Assert.Equal([(1, "Opening"), (2, "Progress Report 2024"), (3, "Closing")], revision.Items.Select(i => (i.Number, i.Title)));
        Assert.Same(revision, meeting.CurrentRevision);
    }

    [Fact]
    public void Changes_before_publishing_record_no_revision()
    {
        var meeting = Board().WithAgenda("A", "B");
        meeting.MoveAgendaItem(meeting.Agenda[1], 0, Staff());

        Assert.Empty(meeting.AgendaRevisions);
        Assert.Null(meeting.CurrentRevision);
    }

    [Fact]
    public void Every_change_after_publishing_is_kept_as_the_next_dated_revision()
    {
        var meeting = Board().WithAgenda("Opening", "Report", "Closing");
        meeting.PublishAgenda(Staff(1));

        meeting.AddAgendaItem(Item("Any other business"), Staff(2), at: 2);
        meeting.MoveAgendaItem(meeting.Agenda[1], 2, Staff(3));
        meeting.RemoveAgendaItem(meeting.Agenda[2], Staff(4));

        Assert.Equal([1, 2, 3, 4], meeting.AgendaRevisions.Select(r => r.Number));
        Assert.Equal([Monday.AddDays(1), Monday.AddDays(2), Monday.AddDays(3), Monday.AddDays(4)], meeting.AgendaRevisions.Select(r => r.At));
        Assert.Equal("Item 3 \"Any other business\" added.", meeting.AgendaRevisions[1].Change);
        Assert.Equal("Item \"Report\" moved from 2 to 3.", meeting.AgendaRevisions[2].Change);
        Assert.StartsWith("Item 3 \"Report\" removed", meeting.AgendaRevisions[3].Change);

        // Each revision keeps the agenda as it then stood; the first is untouched by later changes.
        Assert.Equal(["Opening", "Report", "Closing"], meeting.AgendaRevisions[0].Items.Select(i => i.Title));
        Assert.Equal(["Opening", "Any other business", "Report", "Closing"], meeting.AgendaRevisions[2].Items.Select(i => i.Title));
        Assert.Equal(["Opening", "Any other business", "Closing"], meeting.CurrentRevision!.Items.Select(i => i.Title));
        Assert.Equal(4, meeting.CurrentRevision.Number);
        Assert.Equal(MeetingStatus.AgendaPublished, meeting.Status);
    }

    [Fact]
    public void Saving_an_item_unchanged_records_no_revision()
    {
        var meeting = Board().WithAgenda("Opening");
        meeting.PublishAgenda(Staff());

        meeting.EditAgendaItem(meeting.Agenda[0], AgendaItemDetails.From(meeting.Agenda[0]), Staff(1));

        Assert.Single(meeting.AgendaRevisions);
    }

    [Fact]
    public void An_empty_agenda_cannot_be_published()
    {
        var meeting = Board();

        var refused = Assert.Throws<DomainException>(() => meeting.PublishAgenda(Staff()));

        Assert.Contains("at least one item", refused.Message);
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
    }

    [Fact]
    public void Publishing_twice_is_refused_with_the_current_revision()
    {
        var meeting = Board().WithAgenda("Opening");
        meeting.PublishAgenda(Staff());

        var refused = Assert.Throws<DomainException>(() => meeting.PublishAgenda(Staff(1)));

        Assert.Contains("already published (revision 1 of 16 Nov 2026)", refused.Message);
        Assert.Single(meeting.AgendaRevisions);
    }

    [Fact]
    public void Once_the_meeting_is_held_its_agenda_no_longer_changes()
    {
        var meeting = Board().WithAgenda("Opening", "Closing");
        meeting.PublishAgenda(Staff());
        meeting.MarkHeld(new DateOnly(2026, 12, 9));

        Assert.Throws<DomainException>(() => meeting.AddAgendaItem(Item("Late item"), Staff(30)));
        Assert.Throws<DomainException>(() => meeting.MoveAgendaItem(meeting.Agenda[1], 0, Staff(30)));
        var refused = Assert.Throws<DomainException>(() => meeting.RemoveAgendaItem(meeting.Agenda[0], Staff(30)));
        Assert.Contains("has been held", refused.Message);
        Assert.Equal(["Opening", "Closing"], meeting.Titles());
        Assert.Single(meeting.AgendaRevisions);
    }

    [Fact]
    public void A_meeting_is_recorded_as_held_only_from_its_first_day()
    {
        var meeting = Board(on: new DateOnly(2026, 12, 9));

        var refused = Assert.Throws<DomainException>(() => meeting.MarkHeld(new DateOnly(2026, 12, 8)));

        Assert.Contains("starts on 9 Dec 2026", refused.Message);
        meeting.MarkHeld(new DateOnly(2026, 12, 9));
        Assert.Equal(MeetingStatus.Held, meeting.Status);
    }

    [Fact]
    public void Papers_are_listed_with_their_item_and_adding_one_after_publishing_is_a_revision()
    {
        var meeting = Board().WithAgenda("Progress Report 2024");
        meeting.PublishAgenda(Staff());

        meeting.AttachPaper(meeting.Agenda[0], "ANSO Progress Report 2024", null, Staff(1));

        Assert.Equal("ANSO Progress Report 2024", Assert.Single(meeting.Agenda[0].Papers).Title);
        Assert.False(meeting.Agenda[0].Papers[0].HasFile);
        Assert.Equal(["ANSO Progress Report 2024"], meeting.CurrentRevision!.Items[0].Papers);
        Assert.Throws<DomainException>(() => meeting.AttachPaper(meeting.Agenda[0], "anso progress report 2024", null, Staff(1)));
    }
}
