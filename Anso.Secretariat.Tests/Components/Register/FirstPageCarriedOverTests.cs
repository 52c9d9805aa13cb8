using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Carried = Anso.Secretariat.App.Components.Shared.ListPages<
    Anso.Secretariat.App.Features.Members.OrganizationsPage.PageRequest,
    Anso.Secretariat.App.Features.Members.OrganizationListPage>.Loaded;

namespace Anso.Secretariat.Tests.Components.Register;

/// <summary>The register's first page and its counts, handed from the prerender to the circuit (see ListPages).</summary>
public class FirstPageCarriedOverTests : ComponentTest
{
    private QueryPlans sql = null!;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IDbContextFactory<SecretariatDbContext>>(sql = new QueryPlans(Database));

    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    private int RegisterQueries() => sql.Explain().Count(c => c.Sql.Contains("FROM \"Organizations\"") && (c.Sql.Contains("LIMIT") || c.Sql.Contains("COUNT(*)")));

    private static IReadOnlyList<string> Names(IRenderedComponent<OrganizationsPage> page) =>
        page.FindAll("tbody tr a[href^='/organizations/']").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_render_leaves_its_first_page_and_counts_for_the_circuit()
    {
        SignInAs(Roles.Secretariat);
        Nav.NavigateTo("/organizations?status=Member");
        var page = Render<OrganizationsPage>();
        page.Eventually(() => Assert.Equal(25, Names(page).Count));

        CarriedState.TriggerOnPersisting();

        Assert.True(CarriedState.TryTake<Carried>("organizations", out var carried));
        var members = 0;
        await WithDatabaseAsync(async db => members = await db.Organizations.CountAsync(o => o.Status == OrganizationStatus.Member));
        Assert.Equal(new OrganizationsPage.PageRequest(new(Status: OrganizationStatus.Member), OrganizationSort.Name, false, 0, 25), carried!.Request);
        Assert.Equal((members, members), (carried.Page.Total, carried.Page.Members));
        Assert.Equal(Names(page), carried.Page.Rows.Select(r => r.Name));
    }

    [Fact]
    public void The_circuit_shows_the_page_and_the_counts_the_prerender_loaded_without_a_query()
    {
        SignInAs(Roles.Secretariat);
        var row = new OrganizationRow(4321, "Institute Carried Over From The Prerender", "ICOP", "RS", "National Research Institutes and Agencies",
            OrganizationStatus.Member, MembershipType.Full, new DateOnly(2022, 5, 1), false, true);
        CarriedState.Persist("organizations", new Carried(
            new OrganizationsPage.PageRequest(new(), OrganizationSort.Name, false, 0, 25), new OrganizationListPage([row], 312, 77)));
        Nav.NavigateTo("/organizations");

        var page = Render<OrganizationsPage>();

        page.Eventually(() => Assert.Equal(["Institute Carried Over From The Prerender"], Names(page)));
        Assert.Equal("312 organizations shown, 77 members among them", page.Find(".subtitle").TextContent.Trim());
        page.Eventually(() => Assert.Contains("of 312", page.Find(".mud-table-pagination").TextContent));
        Assert.Equal(["Institute Carried Over From The Prerender"], Names(page));
        Assert.Equal(0, RegisterQueries());
    }
}
