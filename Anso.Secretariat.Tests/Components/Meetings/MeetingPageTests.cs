using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Meetings;
using Bunit;

namespace Anso.Secretariat.Tests.Components.Meetings;

public class MeetingPageTests : MeetingScreenTest
{
    [Fact]
    public void An_unknown_meeting_is_not_found()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(987654);

        Assert.Contains("There is no meeting no. 987654.", page.Find("[role=alert]").TextContent);
        Assert.Empty(page.FindAll("[role=tab]"));
        Assert.Equal("/meetings", page.FindAll("a").Single(a => a.TextContent == "Back to the meetings").GetAttribute("href"));
    }

    [Fact]
    public async Task A_GB_member_does_not_find_a_GA_meeting()
    {
        SignInAs(Roles.BoardMember);
        var page = OpenMeeting(await MeetingIdAsync(MeetingBody.GeneralAssembly, 4));

        Assert.Contains("There is no meeting no.", page.Find("[role=alert]").TextContent);
    }

    [Fact]
    public async Task The_header_names_the_meeting_under_its_breadcrumbs_and_offers_both_PDFs()
    {
        SignInAs(Roles.Viewer);
        var id = await GbAsync(9);
        var page = OpenMeeting(id);

        Assert.Equal("9th ANSO Governing Board (GB) Meeting", page.Find("h1").TextContent);
        Assert.Equal(["Meetings"], page.FindAll(".mud-breadcrumb-item").Select(c => c.TextContent.Trim()));
        Assert.Equal("/meetings", page.Find(".mud-breadcrumb-item a").GetAttribute("href"));
        Assert.Contains("11 Dec 2024, 14:00-17:00 (local time) · Bangkok, Thailand", page.Find(".subtitle").TextContent);
        var agenda = page.FindAll("a").Single(a => a.TextContent.Trim() == "Download agenda (PDF)");
        Assert.Equal($"/meetings/{id}/agenda.pdf", agenda.GetAttribute("href"));
        Assert.Equal("9th-GB-2024-agenda.pdf", agenda.GetAttribute("download"));
        var list = page.FindAll("a").Single(a => a.TextContent.Trim() == "Download applications list (PDF)");
        Assert.Equal("9th-GB-2024-applications.pdf", list.GetAttribute("download"));
    }

    [Fact]
    public async Task A_working_group_has_no_applications_tab_and_no_applications_list()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await MeetingIdAsync(MeetingBody.WorkingGroup, 1), tab: "applications");

        Assert.Equal(["Overview", "Participants", "Agenda", "Minutes"], Tabs(page).Select(t => t.Split(" (")[0]));
        Assert.Equal("true", page.FindAll("[role=tab]")[0].GetAttribute("aria-selected")); // the overview instead
        Assert.DoesNotContain("Download applications list (PDF)", page.Markup);
    }

    [Fact]
    public async Task The_tab_follows_the_address_and_a_chosen_tab_goes_into_it()
    {
        SignInAs(Roles.Secretariat);
        var id = await GbAsync(9);
        var page = OpenMeeting(id, tab: "participants");

        Assert.Equal(["Overview", "Participants (9)", "Agenda (11)", "Applications", "Minutes"], Tabs(page));
        Assert.Equal("true", page.FindAll("[role=tab]")[1].GetAttribute("aria-selected"));
        Assert.Equal(9, page.FindAll("[role=tabpanel] tbody tr").Count);

        page.FindAll("[role=tab]").Single(t => t.TextContent == "Applications").Click();

        Assert.EndsWith($"/meetings/{id}?tab=applications", Nav.Uri);
        page.WaitForAssertion(() => Assert.Contains("Total: 11 applications", page.Find("[role=tabpanel]").TextContent));

        page.FindAll("[role=tab]").Single(t => t.TextContent == "Overview").Click();
        Assert.EndsWith($"/meetings/{id}", Nav.Uri);
    }

    [Theory]
    [InlineData(Roles.BoardMember)]
    [InlineData(Roles.Viewer)]
    public async Task A_GB_member_or_a_viewer_reads_every_tab_and_finds_nothing_to_change(string role)
    {
        SignInAs(role);
        var id = await GbAsync(10); // still to come: the secretariat could record it, edit it, add people
        foreach (var tab in new[] { "overview", "participants", "applications" })
        {
            var page = OpenMeeting(id, tab);
            page.WaitForAssertion(() => Assert.DoesNotContain("mud-progress", page.Find("[role=tabpanel]").InnerHtml));

            Assert.Empty(page.FindAll("button"));
            Assert.Empty(page.FindAll("input, textarea, select, form"));
            Assert.Contains("Download agenda (PDF)", page.Markup); // reading stays possible
        }
    }

    [Fact]
    public async Task The_applications_tab_groups_by_category_with_counts_and_a_total()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(9), "applications");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".group-row")));
        Assert.Equal(["National Academies (4)", "International Organizations (1)", "National Research Institutes and Agencies (3)", "Universities (3)"],
            page.FindAll(".group-row").Select(r => r.TextContent.Trim()));
        Assert.Equal(Enumerable.Range(1, 11).Select(n => n.ToString()), page.FindAll("tbody tr:not(.group-row) td:first-child").Select(c => c.TextContent.Trim()));
        Assert.Contains("Total: 11 applications", page.Find("tfoot").TextContent);
        Assert.Contains("GB members' positions", page.Find("thead").TextContent); // the secretariat sees the tally
    }

    [Fact]
    public async Task A_GB_member_sees_no_tally_on_the_applications_tab()
    {
        SignInAs(Roles.BoardMember);
        var page = OpenMeeting(await GbAsync(9), "applications");

        page.WaitForAssertion(() => Assert.Contains("Total: 11 applications", page.Find("tfoot").TextContent));
        Assert.DoesNotContain("GB members' positions", page.Find("thead").TextContent);
    }

    private static string[] Tabs(IRenderedComponent<App.Features.Meetings.MeetingPage> page) =>
        page.FindAll("[role=tab]").Select(t => t.TextContent.Trim()).ToArray();
}
