using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Bunit;

namespace Anso.Secretariat.Tests.Components.Meetings;

public class MeetingsPageTests : MeetingScreenTest
{
    private IRenderedComponent<MeetingsPage> OpenList(string address = "/meetings")
    {
        _ = Providers;
        Nav.NavigateTo(address);
        var list = Render<MeetingsPage>();
        list.WaitForAssertion(() => Assert.Empty(list.FindAll(".mud-table-loading")));
        return list;
    }

    private static string[] Rows(IRenderedComponent<MeetingsPage> list) =>
        list.FindAll("tbody tr").Select(r => r.QuerySelector("a")?.TextContent.Trim() ?? $"[{r.TextContent.Trim()}]").ToArray();

    [Fact]
    public void Upcoming_meetings_come_first_under_their_heading_then_the_past_ones()
    {
        SignInAs(Roles.Secretariat);
        var list = OpenList();

        list.WaitForAssertion(() => Assert.Equal("[Upcoming]", Rows(list)[0]));
        var rows = Rows(list);
        var past = Array.IndexOf(rows, "[Past]");
        Assert.True(past > 1, string.Join(" | ", rows));
        Assert.True(Array.IndexOf(rows, "10th ANSO Governing Board (GB) Meeting") is > 0 and var upcoming && upcoming < past);
        Assert.True(Array.IndexOf(rows, "9th ANSO Governing Board (GB) Meeting") > past);
        Assert.Contains("New meeting", list.Markup);
    }

    [Fact]
    public void A_link_with_filters_opens_the_list_filtered()
    {
        SignInAs(Roles.Secretariat);
        var list = OpenList("/meetings?body=GeneralAssembly&year=2025");

        list.WaitForAssertion(() => Assert.Equal(["[Past]", "4th ANSO General Assembly (GA)"], Rows(list)));
        Assert.Equal("General Assembly (GA)", Field(list, "Body").GetAttribute("value"));
        Assert.Equal("2025", Field(list, "Year").GetAttribute("value"));
    }

    [Fact]
    public void Choosing_a_body_filters_the_list_and_puts_the_filter_in_the_address()
    {
        SignInAs(Roles.Secretariat);
        var list = OpenList();

        Pick(Field(list, "Body"), "Working Group");

        list.WaitForAssertion(() => Assert.All(Rows(list).Where(r => !r.StartsWith('[')), r => Assert.Contains("Working Group", r)));
        Assert.NotEmpty(Rows(list).Where(r => !r.StartsWith('[')));
        Assert.EndsWith("/meetings?body=WorkingGroup", Nav.Uri);

        Pick(Field(list, "Body"), "Any body");
        list.WaitForAssertion(() => Assert.Contains("9th ANSO Governing Board (GB) Meeting", Rows(list)));
        Assert.EndsWith("/meetings", Nav.Uri);
    }

    [Fact]
    public void Filters_that_match_nothing_say_so()
    {
        SignInAs(Roles.Secretariat);
        var list = OpenList("/meetings?body=WorkingGroup&year=2024");

        list.WaitForAssertion(() => Assert.Contains("No meeting matches these filters.", list.Markup));
        Assert.Empty(list.FindAll("tbody a"));
    }

    [Theory]
    [InlineData(Roles.BoardMember)]
    [InlineData(Roles.Viewer)]
    public void Only_the_secretariat_is_offered_a_new_meeting(string role)
    {
        SignInAs(role);
        var list = OpenList();

        list.WaitForAssertion(() => Assert.Contains("9th ANSO Governing Board (GB) Meeting", Rows(list)));
        Assert.DoesNotContain("New meeting", list.Markup);
        // A GB member reads GB meetings only.
        Assert.Equal(role == Roles.BoardMember, Rows(list).All(r => r.StartsWith('[') || r.Contains("Governing Board")));
    }
}
