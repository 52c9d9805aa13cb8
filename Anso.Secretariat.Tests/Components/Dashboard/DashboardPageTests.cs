using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Dashboard;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Components.Register;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Dashboard;

/// <summary>The dashboard's numbers against counts taken from the database, each with the link to its list.</summary>
public class DashboardPageTests : ComponentTest
{
    private IRenderedComponent<DashboardPage> Open(string role = Roles.Secretariat)
    {
        SignInAs(role);
        var page = Render<DashboardPage>();
        page.Eventually(() => Assert.NotEmpty(page.FindAll("[data-figure]")));
        return page;
    }

    private static IElement KeyFigure(IRenderedComponent<DashboardPage> page, string name) => page.Find($"[data-figure={name}]");

    private static IElement Figure(IRenderedComponent<DashboardPage> page, string figures, string label) =>
        page.Find($"[data-figures={figures}] a[data-label='{label}']");

    [Fact]
    public async Task The_key_figures_equal_the_database_and_open_their_lists()
    {
        var page = Open();

        int members = 0, countries = 0, open = 0;
        await WithDatabaseAsync(async db =>
        {
            var current = db.Organizations.Where(o => o.Status == OrganizationStatus.Member);
            members = await current.CountAsync();
            countries = await current.Select(o => o.CountryCode).Distinct().CountAsync();
            var states = await db.Applications.Select(a => a.State).ToListAsync();
            open = states.Count(ApplicationWorkflow.IsOpen);
        });
        Assert.Equal($"{members}", KeyFigure(page, "members").QuerySelector("strong")!.TextContent);
        Assert.Equal($"{countries}", KeyFigure(page, "countries").QuerySelector("strong")!.TextContent);
        Assert.Equal($"{open}", KeyFigure(page, "open-applications").QuerySelector("strong")!.TextContent);
        Assert.Equal("/organizations?status=Member", KeyFigure(page, "members").GetAttribute("href"));
        Assert.Equal("/applications", KeyFigure(page, "open-applications").GetAttribute("href"));
    }

    [Fact]
    public async Task Each_state_and_category_has_its_count_and_the_link_to_its_filtered_list()
    {
        var page = Open();

        Dictionary<ApplicationState, int> byState = [];
        List<(int Id, string Name, int Members)> categories = [];
        await WithDatabaseAsync(async db =>
        {
            byState = (await db.Applications.Select(a => a.State).ToListAsync()).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            categories = (await db.Categories.Select(c => new { c.Id, c.Name, Members = db.Organizations.Count(o => o.CategoryId == c.Id && o.Status == OrganizationStatus.Member) }).ToListAsync())
                .Select(c => (c.Id, c.Name, c.Members)).ToList();
        });
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            var link = Figure(page, "applications-by-state", Wording.Of(state));
            Assert.Equal($"{byState.GetValueOrDefault(state)}", link.GetAttribute("data-count"));
            Assert.Equal($"/applications?state={state}", link.GetAttribute("href"));
        }
        foreach (var (id, name, members) in categories)
        {
            var link = Figure(page, "members-by-category", name);
            Assert.Equal($"{members}", link.QuerySelector("strong")!.TextContent);
            Assert.Equal($"/organizations?status=Member&category={id}", link.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Each_country_and_year_opens_its_members()
    {
        var page = Open();

        int serbia = 0, admitted2022 = 0, by2022 = 0;
        await WithDatabaseAsync(async db =>
        {
            var current = db.Organizations.Where(o => o.Status == OrganizationStatus.Member);
            serbia = await current.CountAsync(o => o.CountryCode == "RS");
            admitted2022 = await current.CountAsync(o => o.MemberSince >= new DateOnly(2022, 1, 1) && o.MemberSince <= new DateOnly(2022, 12, 31));
            by2022 = await current.CountAsync(o => o.MemberSince <= new DateOnly(2022, 12, 31));
        });
        var country = page.Find("[data-region=Europe] a[data-label=Serbia]");
        Assert.Equal($"{serbia}", country.GetAttribute("data-count"));
        Assert.Equal("/organizations?status=Member&country=RS", country.GetAttribute("href"));
        Assert.Equal("/organizations?status=Member&region=Europe", page.Find("[data-region=Europe] h3 a").GetAttribute("href"));
        Assert.Equal($"{admitted2022}", Figure(page, "members-over-time", "Admitted in 2022").GetAttribute("data-count"));
        Assert.Equal("/organizations?status=Member&admitted=2022", Figure(page, "members-over-time", "Admitted in 2022").GetAttribute("href"));
        Assert.Equal($"{by2022}", Figure(page, "members-over-time", "Members by the end of 2022").GetAttribute("data-count"));
        Assert.Equal("/organizations?status=Member&admittedBy=2022", Figure(page, "members-over-time", "Members by the end of 2022").GetAttribute("href"));
    }

    [Fact]
    public void There_are_four_charts_and_a_bar_or_a_slice_opens_the_list_behind_it()
    {
        var page = Open();
        var nav = Services.GetRequiredService<NavigationManager>();

        Assert.Equal(4, page.FindAll(".chart[role=img]").Count);
        var bars = page.FindAll(".chart-applications path.mud-chart-bar");
        Assert.Equal(Enum.GetValues<ApplicationState>().Length, bars.Count);

        bars[(int)ApplicationState.Endorsed].Click();
        Assert.EndsWith("/applications?state=Endorsed", nav.Uri);

        var categories = page.FindAll("[data-figures=members-by-category] a");
        page.FindAll(".chart-categories path.mud-chart-serie")[1].Click();
        Assert.EndsWith(categories[1].GetAttribute("href")!, nav.Uri);

        page.FindAll(".chart-categories path.mud-chart-serie")[0].Click(); // the first slice is a change too
        Assert.EndsWith(categories[0].GetAttribute("href")!, nav.Uri);

        var regions = page.FindAll("[data-region] h3 a");
        page.FindAll(".chart-regions path.mud-chart-serie")[0].Click();
        Assert.EndsWith(regions[0].GetAttribute("href")!, nav.Uri);
    }

    [Fact]
    public void The_upcoming_meetings_say_what_each_still_needs()
    {
        var page = Open();

        var meetings = page.FindAll(".meeting-list > li");
        var gb = meetings.Single(m => m.TextContent.Contains("10th ANSO Governing Board (GB) Meeting"));
        Assert.Contains("Agenda not published", gb.TextContent);
        Assert.Contains("Minutes of the 9th GB not approved", gb.TextContent);
        var ga = meetings.Single(m => m.TextContent.Contains("5th ANSO General Assembly (GA)"));
        Assert.Contains("endorsed but not yet listed for a GA", ga.TextContent);
        Assert.Equal("/applications?state=Endorsed", ga.QuerySelectorAll("a").Single(a => a.TextContent.Contains("endorsed but not yet listed")).GetAttribute("href"));
        Assert.Equal("/members.pdf", page.Button("Register of members (PDF)").GetAttribute("href"));
    }
}
