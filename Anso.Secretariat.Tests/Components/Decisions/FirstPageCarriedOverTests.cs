using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CarriedCounts = Anso.Secretariat.App.Components.Shared.ListPages<
    Anso.Secretariat.App.Features.Decisions.DecisionFilter, Anso.Secretariat.App.Features.Decisions.DecisionCounts>.Loaded;
using CarriedPage = Anso.Secretariat.App.Components.Shared.ListPages<
    Anso.Secretariat.App.Features.Decisions.DecisionsPage.PageRequest, Anso.Secretariat.App.Features.Decisions.DecisionsPage.PageOfDecisions>.Loaded;

namespace Anso.Secretariat.Tests.Components.Decisions;

/// <summary>The decision register's first page, its counts and its choices, handed from the prerender to the circuit (see ListPages).</summary>
public class FirstPageCarriedOverTests : ComponentTest
{
    private QueryPlans sql = null!;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IDbContextFactory<SecretariatDbContext>>(sql = new QueryPlans(Database));

    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void A_render_leaves_its_first_page_and_counts_for_the_circuit()
    {
        SignInAs(Roles.Secretariat);
        Nav.NavigateTo("/decisions");
        var page = Render<DecisionsPage>();
        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll(".decisions-grid tbody tr td[data-label=Outcome]").Count), TimeSpan.FromSeconds(15));

        CarriedState.TriggerOnPersisting();

        Assert.True(CarriedState.TryTake<CarriedPage>("decisions", out var carried));
        Assert.True(CarriedState.TryTake<CarriedCounts>("decisions-everything", out var everything));
        Assert.Equal(new DecisionsPage.PageRequest(new(), false, 0, 25), carried!.Request);
        Assert.Equal(25, carried.Page.Rows.Count);
        Assert.Equal(everything!.Page.Total, carried.Page.Counts.Total);
    }

    [Fact]
    public void The_circuit_shows_the_page_the_prerender_loaded_without_a_query()
    {
        SignInAs(Roles.Secretariat);
        var counts = new DecisionCounts(new(), [new MeetingDecisionCount(7, new DateOnly(2026, 11, 20), "14th ANSO Governing Board (GB) Meeting", MeetingBody.GoverningBoard, 30, 0)]);
        var row = new DecisionRow(new DateOnly(2026, 11, 20), 7, "14th ANSO Governing Board (GB) Meeting", MeetingBody.GoverningBoard, "5",
            "A decision carried over from the prerender", DecisionOutcome.Approved, null);
        CarriedState.Persist("decisions-everything", new CarriedCounts(new(), counts));
        CarriedState.Persist("decisions", new CarriedPage(new DecisionsPage.PageRequest(new(), false, 0, 25), new DecisionsPage.PageOfDecisions([row], counts)));
        Nav.NavigateTo("/decisions");

        var page = Render<DecisionsPage>();

        page.WaitForAssertion(() => Assert.Contains("A decision carried over from the prerender", page.Find(".decisions-grid tbody").TextContent), TimeSpan.FromSeconds(15));
        page.WaitForAssertion(() => Assert.Contains("of 30", page.Find(".mud-table-pagination").TextContent), TimeSpan.FromSeconds(15));
        Assert.Single(page.FindAll(".decisions-grid tbody tr td[data-label=Outcome]"));
        Assert.Empty(sql.Explain());
    }
}
