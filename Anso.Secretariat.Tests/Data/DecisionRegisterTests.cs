using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Data;

public class DecisionRegisterTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task The_register_lists_the_fifteen_endorsements_of_the_2nd_GB_and_filters_by_meeting_outcome_and_year()
    {
        int secondGb;
        await using (var db = await host.DbAsync())
            secondGb = await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == 2).Select(m => m.Id).SingleAsync();
        await using var scope = await host.AsAsync(Roles.Viewer);
        var register = scope.ServiceProvider.GetRequiredService<DecisionRegisterService>();

        var endorsed = await register.ListAsync(new DecisionFilter(MeetingId: secondGb, Outcome: DecisionOutcome.Endorsed));
        Assert.Equal(15, endorsed.Count(r => r.ApplicationId is not null));
        Assert.All(endorsed, r => Assert.Equal(new DateOnly(2019, 11, 6), r.Date));
        Assert.Contains(endorsed, r => r.Decision.Contains("National University of Laos"));

        var all = await register.ListAsync(new());
        Assert.Equal(all.Count(r => r.Date.Year == 2019), (await register.ListAsync(new DecisionFilter(Year: 2019))).Count);
        Assert.Equal(all.Count(r => r.Body == MeetingBody.GeneralAssembly), (await register.ListAsync(new DecisionFilter(Body: MeetingBody.GeneralAssembly))).Count);
        Assert.Contains(all, r => r.Body == MeetingBody.GeneralAssembly && r.Outcome == DecisionOutcome.ApprovedAsFullMember);
    }

    [Fact]
    public async Task A_GA_approval_is_registered_with_its_membership_type_as_the_outcome_value()
    {
        await using var scope = await host.AsAsync(Roles.Viewer);
        var register = scope.ServiceProvider.GetRequiredService<DecisionRegisterService>();

        var provisional = await register.ListAsync(new DecisionFilter(Body: MeetingBody.GeneralAssembly, Outcome: DecisionOutcome.ApprovedAsProvisionalMember));

        var laos = Assert.Single(provisional, r => r.Decision.Contains("National University of Laos"));
        Assert.Equal("Approved as provisional member: National University of Laos (Laos)", laos.Decision);
        Assert.DoesNotContain(await register.ListAsync(new DecisionFilter(Outcome: DecisionOutcome.ApprovedAsFullMember)),
            r => r.Decision.Contains("National University of Laos"));
    }

    [Fact]
    public async Task A_GB_member_sees_only_GB_decisions()
    {
        await using var scope = await host.AsAsync(Roles.BoardMember);
        var rows = await scope.ServiceProvider.GetRequiredService<DecisionRegisterService>().ListAsync(new());
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(MeetingBody.GoverningBoard, r.Body));
    }
}
