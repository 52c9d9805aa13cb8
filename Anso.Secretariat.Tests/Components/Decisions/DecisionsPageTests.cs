using AngleSharp.Dom;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.Domain.Meetings;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Minutes.UserActions;

namespace Anso.Secretariat.Tests.Components.Decisions;

public class DecisionsPageTests : ComponentTest
{
    public DecisionsPageTests() => DefaultWaitTimeout = Patience;

    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    /// <summary>Opens the register at an address, as following a link does.</summary>
    private async Task<IRenderedComponent<DecisionsPage>> OpenAsync(string address)
    {
        _ = Providers;
        Nav.NavigateTo(address);
        var page = Render<DecisionsPage>();
        await page.WaitForAssertionAsync(() => Assert.True(Rows(page).Count > 0 || page.Markup.Contains("No decision matches these filters.")));
        return page;
    }

    private async Task<int> GoverningBoardAsync(int number)
    {
        var id = 0;
        await WithDatabaseAsync(async db => id = await db.Meetings
            .Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == number).Select(m => m.Id).SingleAsync());
        return id;
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<DecisionsPage> page) =>
        page.FindAll(".decisions-grid tbody tr").Where(r => r.QuerySelector("td[data-label=Outcome]") is not null).ToList();

    private static string ExportLink(IRenderedComponent<DecisionsPage> page) =>
        page.FindAll("a").Single(a => a.TextContent.Trim() == "Export CSV").GetAttribute("href")!;

    [Fact]
    public async Task Every_decision_is_listed_with_links_to_its_meeting_and_to_the_application()
    {
        SignInAs(Roles.Secretariat);
        var gb2 = await GoverningBoardAsync(2);
        var page = await OpenAsync("/decisions");

        Assert.Equal(25, Rows(page).Count); // a page of 25, newest first
        var membership = Rows(page).First(r => r.QuerySelector("td[data-label=Decision] a") is not null);
        Assert.Matches(@"^/meetings/\d+$", membership.QuerySelector("td[data-label=Meeting] a")!.GetAttribute("href"));
        Assert.Matches(@"^/applications/\d+$", membership.QuerySelector("td[data-label=Decision] a")!.GetAttribute("href"));
        Assert.Equal("/export/decisions.csv", ExportLink(page));

        // The oldest page ends with the 2nd GB of 6 Nov 2019.
        await page.FindAll("button").Single(b => b.GetAttribute("aria-label") == "Last page").ClickAsync();
        await page.WaitForAssertionAsync(() => Assert.Contains(Rows(page), r => r.TextContent.Contains("2nd ANSO Governing Board")));
        var endorsement = Rows(page).First(r => r.TextContent.Contains("2nd ANSO Governing Board") && r.TextContent.Contains("Endorsed: "));
        Assert.Equal($"/meetings/{gb2}", endorsement.QuerySelector("td[data-label=Meeting] a")!.GetAttribute("href"));
        Assert.Contains("6 Nov 2019", endorsement.TextContent);
    }

    [Fact]
    public async Task A_filter_in_the_address_opens_the_list_filtered_and_the_export_carries_it()
    {
        SignInAs(Roles.Secretariat);
        var gb2 = await GoverningBoardAsync(2);
        var page = await OpenAsync($"/decisions?meeting={gb2}&outcome=Endorsed");

        Assert.Equal(23, Rows(page).Count);
        Assert.Equal(15, Rows(page).Count(r => r.QuerySelector("a[href^='/applications/']") is not null)); // the 15 applications of 2019
        Assert.All(Rows(page), r => Assert.Equal("Endorsed", r.QuerySelector("td[data-label=Outcome]")!.TextContent.Trim()));
        Assert.Equal($"/export/decisions.csv?meeting={gb2}&outcome=Endorsed", ExportLink(page));
        Assert.Equal("Endorsed", page.FindAll("[role=combobox]").Single(i => i.GetAttribute("aria-label") == "Outcome").TextContent.Trim());
    }

    [Fact]
    public async Task Choosing_a_filter_lists_again_and_puts_the_filter_in_the_address()
    {
        SignInAs(Roles.Secretariat);
        var page = await OpenAsync("/decisions");

        await ChooseAsync(page.Find("[role=search]"), Providers, "Body", "General Assembly (GA)");

        await page.WaitForAssertionAsync(() => Assert.EndsWith("/decisions?body=GeneralAssembly", Nav.Uri));
        Assert.NotEmpty(Rows(page));
        Assert.All(Rows(page), r => Assert.Contains("General Assembly", r.QuerySelector("td[data-label=Meeting]")!.TextContent));
        Assert.Equal("/export/decisions.csv?body=GeneralAssembly", ExportLink(page));
    }

    [Fact]
    public async Task When_nothing_matches_the_list_says_so()
    {
        SignInAs(Roles.Viewer);
        var page = await OpenAsync("/decisions?body=WorkingGroup&outcome=Rejected");

        Assert.Empty(Rows(page));
        Assert.Contains("No decision matches these filters.", page.Markup);
    }

    [Fact]
    public async Task A_GB_member_sees_the_GB_decisions_only()
    {
        int organization = 0;
        await WithDatabaseAsync(async db => organization = await db.Organizations.Where(o => o.IsBoardMember).Select(o => o.Id).FirstAsync());
        SignInAs(Roles.BoardMember, organization);
        var page = await OpenAsync("/decisions?outcome=Endorsed");

        Assert.NotEmpty(Rows(page));
        Assert.All(Rows(page), r => Assert.Contains("Governing Board", r.QuerySelector("td[data-label=Meeting]")!.TextContent));
    }

    [Fact]
    public async Task Each_column_keeps_its_expression_when_the_register_renders_again()
    {
        SignInAs(Roles.Secretariat);
        var page = await OpenAsync("/decisions");
        GridColumns.AssertTheSameAfterRendering<DecisionRow>(page, () =>
        {
            Nav.NavigateTo("/decisions?outcome=Deferred");
            page.WaitForAssertion(() => Assert.All(Rows(page), r => Assert.Equal("Deferred", r.QuerySelector("td[data-label=Outcome]")!.TextContent.Trim())));
        });
    }

    [Fact]
    public async Task The_rows_are_plain_markup_not_links_and_a_chip_per_row()
    {
        // A component per row is held by the circuit for as long as it lives (README, "Memory per circuit").
        SignInAs(Roles.Secretariat);
        var page = await OpenAsync("/decisions");

        Assert.Equal(25, Rows(page).Count);
        Assert.All(Rows(page), r => Assert.Contains("mud-link", r.QuerySelector("td[data-label=Meeting] a")!.ClassList));
        Assert.Contains(Rows(page), r => r.QuerySelector("td[data-label=Outcome] .mud-chip.outcome-chip.mud-chip-color-success") is not null);
        Assert.Empty(page.FindComponents<MudBlazor.MudLink>());
        Assert.Empty(page.FindComponents<MudBlazor.MudChip<string>>());
        Assert.Empty(page.FindComponents<Anso.Secretariat.App.Features.Minutes.DecisionOutcomeChip>());
    }
}
