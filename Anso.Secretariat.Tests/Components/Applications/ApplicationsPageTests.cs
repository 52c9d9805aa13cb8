using Anso.Secretariat.App;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Components.Applications;

public class ApplicationsPageTests : ComponentTest
{
    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<ApplicationsPage> Open(string address)
    {
        Nav.NavigateTo(address);
        var page = Render<ApplicationsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".applications-grid tbody tr")), Wait);
        return page;
    }

    private static List<string> StatesShown(IRenderedComponent<ApplicationsPage> page) =>
        page.FindAll(".applications-grid tbody .application-state").Select(s => s.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_link_with_a_filter_opens_the_list_filtered_and_the_export_follows_it()
    {
        SignInAs(Roles.Secretariat);
        var admitted = 0;
        await WithDatabaseAsync(async db => admitted = await db.Applications.CountAsync(a => a.State == ApplicationState.Admitted));

        var page = Open("/applications?state=Admitted");

        page.WaitForAssertion(() => Assert.Equal(admitted, StatesShown(page).Count), Wait);
        Assert.All(StatesShown(page), s => Assert.Equal("Admitted", s));
        var chip = page.Find(".state-count[data-state=Admitted]");
        Assert.Equal("true", chip.GetAttribute("aria-pressed"));
        Assert.Contains($"Admitted {admitted}", chip.TextContent.Trim());
        Assert.Equal("Admitted", page.Field("State").GetAttribute("value"));
        Assert.EndsWith("/export/applications.csv?state=Admitted", page.FindAll("a").Single(a => a.TextContent.Trim() == "Export CSV").GetAttribute("href"));
    }

    [Fact]
    public async Task A_count_is_a_button_that_filters_by_its_state_and_puts_it_in_the_address()
    {
        SignInAs(Roles.Secretariat);
        var endorsed = 0;
        await WithDatabaseAsync(async db => endorsed = await db.Applications.CountAsync(a => a.State == ApplicationState.Endorsed));
        var page = Open("/applications");

        page.Find(".state-count[data-state=Endorsed]").Click();

        page.WaitForAssertion(() => Assert.EndsWith("/applications?state=Endorsed", Nav.Uri), Wait);
        page.WaitForAssertion(() =>
        {
            Assert.Equal(endorsed, StatesShown(page).Count);
            Assert.All(StatesShown(page), s => Assert.Equal("Endorsed", s));
        }, Wait);
        Assert.Equal("true", page.Find(".state-count[data-state=Endorsed]").GetAttribute("aria-pressed"));

        page.FindAll(".state-count").First(c => c.TextContent.Trim().StartsWith("All")).Click();
        page.WaitForAssertion(() => Assert.EndsWith("/applications", Nav.Uri), Wait);
        page.WaitForAssertion(() => Assert.True(StatesShown(page).Distinct().Count() > 1), Wait);
    }

    [Fact]
    public async Task Filters_combine_in_the_address_and_the_search_ignores_accents_and_case()
    {
        SignInAs(Roles.Secretariat);
        var page = Open("/applications");

        await page.Choose<string?>("Country", "RS");
        Assert.EndsWith("/applications?country=RS", Nav.Uri);
        page.Field("Search organization").Input("SERBIAN academy");
        page.WaitForAssertion(() => Assert.Contains("search=SERBIAN%20academy", Nav.Uri), Wait);

        page.WaitForAssertion(() =>
        {
            var rows = page.FindAll(".applications-grid tbody tr");
            Assert.Single(rows);
            Assert.Contains("Serbian Academy of Sciences and Arts", rows[0].TextContent);
        }, Wait);
    }

    [Fact]
    public void A_filter_that_matches_nothing_says_so()
    {
        SignInAs(Roles.Viewer);
        var page = Open("/applications?search=no%20such%20organization");

        page.WaitForAssertion(() => Assert.Contains("No application matches these filters.", page.Find(".applications-grid").TextContent), Wait);
        Assert.Empty(page.FindAll(".applications-grid tbody a"));
    }

    [Fact]
    public void A_viewer_reads_the_list_but_is_not_offered_a_new_application()
    {
        SignInAs(Roles.Viewer);
        var page = Open("/applications");

        Assert.NotEmpty(page.FindAll(".applications-grid tbody a"));
        Assert.DoesNotContain(page.FindAll("a"), a => a.TextContent.Trim() == "New application");
        Assert.Contains(page.FindAll("a"), a => a.TextContent.Trim() == "Export CSV");
    }

    [Fact]
    public void The_list_keeps_no_component_per_row_nor_per_choice_of_a_filter()
    {
        // Each component lives as long as the circuit (issue 13's memory per circuit): rows are plain markup, and the
        // state, category and meeting filters list their choices only while they are open.
        SignInAs(Roles.Secretariat);
        var page = Open("/applications");
        Assert.NotEmpty(page.FindAll(".applications-grid tbody input[type=checkbox]"));
        Assert.NotEmpty(page.FindAll(".applications-grid tbody .application-state"));

        Assert.Empty(page.FindComponents<MudBlazor.MudCheckBox<bool>>());
        Assert.Empty(page.FindComponents<MudBlazor.MudCheckBox<bool?>>());
        Assert.Empty(page.FindComponents<MudBlazor.MudLink>());
        Assert.Empty(page.FindComponents<StateBadge>());
        Assert.Empty(page.FindComponents<MudBlazor.MudChip<string>>()); // the counts by state are plain buttons too
        Assert.Empty(page.FindComponents<MudBlazor.MudSelectItem<ApplicationState?>>());
        Assert.Empty(page.FindComponents<MudBlazor.MudSelectItem<int?>>());
        Assert.Empty(page.FindComponents<MudBlazor.MudListItem<int?>>());
        Assert.Empty(page.FindComponents<MudBlazor.MudListItem<ApplicationState?>>());
        // What is left is the page's frame, whatever the number of rows: the grid's headers and pager, the filter fields.
        var components = page.FindComponents<IComponent>().Count;
        Assert.True(components < 160, $"The list holds {components} components."); // 148 with 25 rows, 3 Dec 2026
    }

    [Fact]
    public async Task The_state_and_category_filters_offer_every_choice_when_opened_and_put_the_choice_in_the_address()
    {
        SignInAs(Roles.Secretariat);
        var categories = new List<string>();
        await WithDatabaseAsync(async db => categories = await db.Categories.OrderBy(c => c.Id).Select(c => c.Name).ToListAsync());
        var page = Open("/applications");

        var state = page.FindComponents<MudBlazor.MudAutocomplete<ApplicationState?>>().Single(a => a.Instance.Label == "State");
        var offered = await page.InvokeAsync(() => state.Instance.SearchFunc!("", CancellationToken.None));
        Assert.Equal(Enum.GetValues<ApplicationState>().Select(s => (ApplicationState?)s), offered);
        Assert.Equal(new ApplicationState?[] { ApplicationState.ListedForBoard, ApplicationState.ListedForAssembly },
            await page.InvokeAsync(() => state.Instance.SearchFunc!("listed", CancellationToken.None)));
        var category = page.FindComponents<MudBlazor.MudAutocomplete<int?>>().Single(a => a.Instance.Label == "Category");
        var categoryIds = await page.InvokeAsync(() => category.Instance.SearchFunc!("", CancellationToken.None));
        Assert.Equal(categories, categoryIds.Select(id => category.Instance.ToStringFunc!(id)));

        await page.Choose<ApplicationState?>("State", ApplicationState.Endorsed);
        page.WaitForAssertion(() => Assert.EndsWith("/applications?state=Endorsed", Nav.Uri), Wait);
        page.WaitForAssertion(() => Assert.Equal("Endorsed", page.Field("State").GetAttribute("value")), Wait);
        await page.Choose<ApplicationState?>("State", null);
        page.WaitForAssertion(() => Assert.EndsWith("/applications", Nav.Uri), Wait);
        page.WaitForAssertion(() => Assert.Equal("Any state", page.Field("State").GetAttribute("placeholder")), Wait);
    }

    [Fact]
    public void Each_column_keeps_its_expression_when_the_list_renders_again()
    {
        SignInAs(Roles.Secretariat);
        var page = Open("/applications");
        GridColumns.AssertTheSameAfterRendering<ApplicationRow>(page, () =>
        {
            Nav.NavigateTo("/applications?state=Admitted");
            page.WaitForAssertion(() => Assert.All(StatesShown(page), s => Assert.Equal("Admitted", s)), Wait);
        });
    }
}
