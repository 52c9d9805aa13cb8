using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Components.Agenda;

/// <summary>What the agenda tab shows: empty, filled, held, and to a GB member or a viewer.</summary>
public class AgendaTabTests : AgendaTest
{
    [Fact]
    public async Task An_empty_agenda_asks_the_secretariat_to_add_the_first_item_and_cannot_be_published_yet()
    {
        SignInAs(Roles.Secretariat);
        var id = await MeetingAsync(60);

        var cut = RenderAgenda(id, canManage: true);

        Assert.Equal("No item yet. Add the first one below.", Text(cut.Find(".agenda-empty")));
        Assert.Contains("DRAFT", Text(cut.Find("[data-testid=agenda-state]")));
        Assert.Contains("Not yet published", Text(cut.Find("[data-testid=agenda-state]")));
        Assert.True(ButtonNamed(cut, "Publish agenda").HasAttribute("disabled"));
        Assert.Equal("Add an item", Text(cut.Find("#item-form h3")));
        Assert.Empty(cut.FindAll(".revisions-table"));
    }

    [Fact]
    public async Task An_empty_agenda_does_not_ask_a_GB_member_to_add_anything()
    {
        SignInAs(Roles.BoardMember);
        var id = await MeetingAsync(60);

        var cut = RenderAgenda(id, canManage: false);

        Assert.Equal("No item yet.", Text(cut.Find(".agenda-empty")));
        Assert.Empty(cut.FindAll("button"));
        Assert.Empty(cut.FindAll("#item-form"));
    }

    [Fact]
    public async Task A_filled_agenda_numbers_its_items_gives_each_its_time_slot_and_compares_the_total_with_the_meeting()
    {
        SignInAs(Roles.Secretariat);
        var id = await MeetingAsync(61, m =>
        {
            m.AddAgendaItem(MeetingTestData.Item("Opening and welcome", 10, AgendaItemKind.Opening, AgendaPurpose.ForInformation), Staff);
            var report = m.AddAgendaItem(new AgendaItemDetails
            {
                Title = "ANSO Progress Report 2026", Kind = AgendaItemKind.Report, Purpose = AgendaPurpose.ForInformation,
                Presenter = "Executive Director", DurationMinutes = 40, Notes = "The year's work, for the Board's information.",
            }, Staff);
            m.AttachPaper(report, "ANSO Progress Report 2026", null, Staff);
            m.AddAgendaItem(MeetingTestData.Item("List of ANSO Membership Applications", 30, AgendaItemKind.MembershipApplications, AgendaPurpose.ForEndorsement), Staff);
        });

        var cut = RenderAgenda(id, canManage: true);

        Assert.Equal(["1.", "2.", "3."], Texts(cut, ".item-number"));
        Assert.Equal(["Opening and welcome", "ANSO Progress Report 2026", "List of ANSO Membership Applications"], Texts(cut, ".item-title"));
        Assert.Equal(["09:00-09:10 (10 min)", "09:10-09:50 (40 min)", "09:50-10:20 (30 min)"], Texts(cut, ".item-time"));
        var report = cut.FindAll(".agenda-item")[1];
        Assert.Contains("Report", Text(report.QuerySelector(".mud-chip")!));
        Assert.Contains("For information · presented by Executive Director", Text(report.QuerySelector(".item-facts")!));
        Assert.Contains("The year's work, for the Board's information.", Text(report.QuerySelector(".item-notes")!));
        Assert.Contains("ANSO Progress Report 2026 · to follow", Text(report.QuerySelector(".papers")!));
        cut.WaitForAssertion(() => Assert.Contains("No application is listed for this meeting yet.", Text(cut.Find(".item-applications"))));
        var total = Text(cut.Find("[data-testid=agenda-total]"));
        Assert.Contains("Total: 1 h 20 min of the meeting's 3 h", total);
        Assert.Contains("1 h 40 min to spare", total);
        Assert.True(ButtonLabelled(cut, "Move item 1 up").HasAttribute("disabled"));
        Assert.False(ButtonLabelled(cut, "Move item 1 down").HasAttribute("disabled"));
        Assert.True(ButtonLabelled(cut, "Move item 3 down").HasAttribute("disabled"));
        Assert.False(ButtonNamed(cut, "Publish agenda").HasAttribute("disabled"));
    }

    [Fact]
    public async Task An_agenda_longer_than_the_meeting_says_by_how_much()
    {
        SignInAs(Roles.Secretariat);
        var id = await MeetingAsync(62, m => m.AddAgendaItem(MeetingTestData.Item("Long discussion", 200), Staff));

        var cut = RenderAgenda(id, canManage: true);

        Assert.Contains("Total: 3 h 20 min of the meeting's 3 h · 20 min over", Text(cut.Find("[data-testid=agenda-total]")));
    }

    [Fact]
    public async Task A_held_meetings_agenda_lists_its_applications_by_category_and_offers_no_change()
    {
        SignInAs(Roles.Secretariat);
        var id = 0;
        await WithDatabaseAsync(async db => id = await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == 9).Select(m => m.Id).SingleAsync());

        var cut = RenderAgenda(id, canManage: true);

        Assert.Equal("ANSO Progress Report 2024", Texts(cut, ".item-title")[2]);
        cut.WaitForAssertion(() => Assert.Contains("National Academies (4)", Text(cut.Find(".item-applications"))));
        Assert.Contains("11 applications", Text(cut.Find(".item-applications")));
        Assert.Contains("Current revision: 1", Text(cut.Find("[data-testid=agenda-state]")));
        Assert.Contains("Beijing time", Text(cut.Find(".revisions-table")));
        Assert.Empty(cut.FindAll("button"));
        Assert.Empty(cut.FindAll("#item-form"));
    }

    [Theory]
    [InlineData(Roles.BoardMember)]
    [InlineData(Roles.Viewer)]
    public async Task A_GB_member_or_a_viewer_reads_the_agenda_and_its_revisions_but_sees_no_button_that_changes_anything(string role)
    {
        SignInAs(role);
        var id = await MeetingAsync(63, m =>
        {
            var item = m.AddAgendaItem(MeetingTestData.Item("Opening"), Staff);
            m.AttachPaper(item, "Welcome note", null, Staff);
            m.AddAgendaItem(MeetingTestData.Item("Statutes"), Staff);
            m.PublishAgenda(Staff);
            m.MoveAgendaItem(item, 1, MeetingTestData.Staff(1));
        });

        var cut = RenderAgenda(id, canManage: false);

        Assert.Equal(["Statutes", "Opening"], Texts(cut, ".item-title"));
        Assert.Contains("Welcome note · to follow", Text(cut.Find(".papers")));
        Assert.Contains("Current revision: 2", Text(cut.Find("[data-testid=agenda-state]")));
        Assert.Equal(2, cut.FindAll(".revisions-table tbody tr").Count);
        Assert.Empty(cut.FindAll("button"));
        Assert.Empty(cut.FindAll("form"));
    }
}
