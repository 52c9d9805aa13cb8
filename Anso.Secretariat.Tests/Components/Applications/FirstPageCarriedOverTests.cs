using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;
using Carried = Anso.Secretariat.App.Components.Shared.ListPages<
    Anso.Secretariat.App.Features.Applications.ApplicationsPage.PageRequest,
    Anso.Secretariat.App.Features.Applications.ApplicationsPage.PageOfRows>.Loaded;

namespace Anso.Secretariat.Tests.Components.Applications;

/// <summary>
/// The list's first page is loaded before the grid's first render, handed from the prerender to the circuit, and shown
/// there without a second query. (Browser/ListsShowRowsAtOnceTests follows the same through a real prerender.)
/// </summary>
public class FirstPageCarriedOverTests : ComponentTest
{
    private QueryPlans sql = null!;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IDbContextFactory<SecretariatDbContext>>(sql = new QueryPlans(Database));

    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    private int PageQueries() => sql.Explain().Count(c => c.Sql.Contains("FROM \"Applications\"") && c.Sql.Contains("LIMIT"));

    private int Counts() => sql.Explain().Count(c => c.Sql.TrimStart().StartsWith("SELECT COUNT(*)", StringComparison.Ordinal));

    private static List<string> Names(IRenderedComponent<ApplicationsPage> page) =>
        page.FindAll(".applications-grid tbody tr a[href^='/applications/']").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_render_leaves_its_first_page_and_count_for_the_circuit()
    {
        SignInAs(Roles.Secretariat);
        Nav.NavigateTo("/applications?state=Admitted");
        var page = Render<ApplicationsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(Names(page)), Wait);

        CarriedState.TriggerOnPersisting();

        Assert.True(CarriedState.TryTake<Carried>("applications", out var carried));
        var admitted = 0;
        await WithDatabaseAsync(async db => admitted = await db.Applications.CountAsync(a => a.State == ApplicationState.Admitted));
        Assert.Equal(new ApplicationsPage.PageRequest(new(State: ApplicationState.Admitted), ApplicationSort.Received, true, 0, 25), carried!.Request);
        Assert.Equal(admitted, carried.Page.Total);
        Assert.Equal(Names(page), carried.Page.Rows.Select(r => r.OrganizationName));
    }

    [Fact]
    public void The_circuit_shows_the_page_the_prerender_loaded_and_asks_the_database_for_no_page_or_count()
    {
        SignInAs(Roles.Secretariat);
        var carriedRow = new ApplicationRow(4321, "Academy Carried Over From The Prerender", "ACOP", "RS", "National Academies",
            ApplicationState.UnderReview, new DateOnly(2026, 11, 2), null);
        CarriedState.Persist("applications", new Carried(
            new ApplicationsPage.PageRequest(new(), ApplicationSort.Received, true, 0, 25), new ApplicationsPage.PageOfRows([carriedRow], 77)));
        Nav.NavigateTo("/applications");

        var page = Render<ApplicationsPage>();

        // MudBlazor asks again after the first render, and gets the same page.
        page.WaitForAssertion(() => Assert.Equal(["Academy Carried Over From The Prerender"], Names(page)), Wait);
        page.WaitForAssertion(() => Assert.Contains("of 77", page.Find(".mud-table-pagination").TextContent), Wait);
        Assert.Equal(["Academy Carried Over From The Prerender"], Names(page));
        Assert.Equal(0, PageQueries());
        Assert.Equal(0, Counts());
    }

    [Fact]
    public void A_carried_page_of_another_filter_is_not_shown()
    {
        SignInAs(Roles.Secretariat);
        var stale = new ApplicationRow(4321, "Academy Of Another Filter", null, "RS", "National Academies",
            ApplicationState.UnderReview, new DateOnly(2026, 11, 2), null);
        CarriedState.Persist("applications", new Carried(
            new ApplicationsPage.PageRequest(new(State: ApplicationState.UnderReview), ApplicationSort.Received, true, 0, 25),
            new ApplicationsPage.PageOfRows([stale], 1)));
        Nav.NavigateTo("/applications?state=Admitted");

        var page = Render<ApplicationsPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(Names(page)), Wait);
        Assert.DoesNotContain("Academy Of Another Filter", Names(page));
        Assert.Equal(1, PageQueries());
    }

    [Fact]
    public async Task Sorting_and_paging_query_the_database_and_count_only_when_the_filter_changes()
    {
        SignInAs(Roles.Secretariat);
        Nav.NavigateTo("/applications");
        var page = Render<ApplicationsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(Names(page)), Wait);
        Assert.Equal((1, 1), (PageQueries(), Counts()));

        var first = Names(page);
        await page.FindAll("button").Single(b => b.GetAttribute("aria-label") == "Next page").ClickAsync(new());
        page.WaitForAssertion(() => Assert.NotEqual(first, Names(page)), Wait);
        Assert.Equal((2, 1), (PageQueries(), Counts()));

        Nav.NavigateTo("/applications?state=Admitted");
        page.WaitForAssertion(() => Assert.Equal((3, 2), (PageQueries(), Counts())), Wait);
        var renders = page.RenderCount;
        await Task.Delay(1000);
        Assert.Equal(renders, page.RenderCount);
    }
}
