using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Data;

/// <summary>
/// The decision register's tallies (<see cref="DecisionTally"/>) after each step of a meeting's decisions, made through
/// the services: they equal a count of the minutes and the history, and the register's counts equal what its queries
/// over the base tables gave before the tallies, for the secretariat and for a GB member (who sees circulated minutes only).
/// </summary>
public class DecisionTalliesTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task The_tallies_follow_decisions_recorded_removed_circulated_approved_and_corrected()
    {
        await AssertTalliesMatchAsync("the demo data");
        var meetingId = await GbMeetingWithListAsync(applications: 4);
        await using var secretariat = await host.AsAsync(Roles.Secretariat);
        var minutesService = secretariat.ServiceProvider.GetRequiredService<MinutesService>();
        var listed = await minutesService.ListedApplicationsAsync(meetingId);
        DecisionOutcome[] decided = [DecisionOutcome.Endorsed, DecisionOutcome.Endorsed, DecisionOutcome.NotEndorsed, DecisionOutcome.Deferred];

        await minutesService.RecordApplicationDecisionsAsync(meetingId, listed.Select((a, i) => new DecisionRequest(a.Id, a.Version, decided[i])).ToList());
        await AssertTalliesMatchAsync("decisions recorded in draft minutes");
        Assert.Equal((4, 0), await CountOfAsync(Roles.Secretariat, meetingId));
        Assert.Equal((0, 4), await CountOfAsync(Roles.BoardMember, meetingId)); // the draft is not theirs to see

        var minutes = await CurrentMinutesAsync(meetingId);
        var item = minutes.Items.Single(i => i.IsMembershipApplications);
        await minutesService.RecordDecisionAsync(minutes.Id, minutes.Version, item.Id, "The list is noted.", DecisionOutcome.Noted);
        minutes = await CurrentMinutesAsync(meetingId);
        await minutesService.RecordDecisionAsync(minutes.Id, minutes.Version, item.Id, "Typed by mistake.", DecisionOutcome.Agreed);
        await AssertTalliesMatchAsync("typed decisions added");
        minutes = await CurrentMinutesAsync(meetingId);
        var mistake = minutes.Items.SelectMany(i => i.Decisions).Single(d => d.Outcome == DecisionOutcome.Agreed);
        await minutesService.RemoveDecisionAsync(minutes.Id, minutes.Version, item.Id, mistake.Id);
        await AssertTalliesMatchAsync("a typed decision removed");
        Assert.Equal((5, 0), await CountOfAsync(Roles.Secretariat, meetingId));

        minutes = await CurrentMinutesAsync(meetingId);
        await minutesService.CirculateAsync(minutes.Id, minutes.Version, new DateOnly(2026, 6, 10));
        await AssertTalliesMatchAsync("the minutes circulated");
        Assert.Equal((5, 0), await CountOfAsync(Roles.BoardMember, meetingId));

        minutes = await CurrentMinutesAsync(meetingId);
        await minutesService.ApproveAsync(minutes.Id, minutes.Version, new DateOnly(2026, 6, 20), "the chair", approvingMeetingId: null);
        await AssertTalliesMatchAsync("the minutes approved");

        minutes = await CurrentMinutesAsync(meetingId);
        await minutesService.CorrectAsync(minutes.Id, minutes.Version, "A name was misspelt.");
        await AssertTalliesMatchAsync("the minutes corrected (a new draft version)");
        Assert.Equal((5, 0), await CountOfAsync(Roles.Secretariat, meetingId));
        Assert.Equal((0, 4), await CountOfAsync(Roles.BoardMember, meetingId));
    }

    /// <summary>The DecisionTallies migration fills the table of a database that had decisions before it.</summary>
    [Fact]
    public async Task The_migration_counts_the_tallies_of_an_existing_database()
    {
        await using var db = await host.DbAsync();
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var tallies = migrations.Single(m => m.EndsWith("_DecisionTallies", StringComparison.Ordinal));
        var expected = await TalliesAsync(db);
        Assert.NotEmpty(expected);

        await migrator.MigrateAsync(migrations[migrations.IndexOf(tallies) - 1]);
        await migrator.MigrateAsync(tallies);
        await migrator.MigrateAsync();

        Assert.Equal(expected, await TalliesAsync(db));
    }

    private async Task AssertTalliesMatchAsync(string after)
    {
        await using (var db = await host.DbAsync())
        {
            var kept = await TalliesAsync(db);
            await DecisionTallies.RefreshAsync(db, await db.Meetings.Select(m => m.Id).ToListAsync());
            Assert.True(kept.SequenceEqual(await TalliesAsync(db)), $"After {after}, the tallies kept differ from a count of the tables.");
        }
        foreach (var role in new[] { Roles.Secretariat, Roles.BoardMember })
            foreach (DecisionOutcome? outcome in Enum.GetValues<DecisionOutcome>().Cast<DecisionOutcome?>().Prepend(null))
            {
                await using var scope = await host.AsAsync(role);
                var counts = await scope.ServiceProvider.GetRequiredService<DecisionRegisterService>().CountAsync(new(Outcome: outcome));
                await using var db = await host.DbAsync();
                var expected = await FromBaseTablesAsync(db, onlyBoardBusiness: role == Roles.BoardMember, outcome);
                Assert.True(expected.SequenceEqual(counts.Meetings.Select(m => (m.MeetingId, m.InMinutes, m.FromHistory)).OrderBy(m => m.MeetingId)),
                    $"After {after}, the register's counts for {role} ({outcome?.ToString() ?? "every outcome"}) differ from its queries of the tables.");
            }
    }

    private static async Task<List<(int, DecisionOutcome, int, int, int, int)>> TalliesAsync(SecretariatDbContext db) =>
        (await db.DecisionTallies.AsNoTracking().ToListAsync())
            .Where(t => t.InDraftMinutes + t.InCirculatedMinutes + t.OnlyInHistory + t.NotInCirculatedMinutes > 0)
            .Select(t => (t.MeetingId, t.Outcome, t.InDraftMinutes, t.InCirculatedMinutes, t.OnlyInHistory, t.NotInCirculatedMinutes))
            .Order().ToList();

    /// <summary>The register's counts as it computed them from the minutes and the history before it had tallies.</summary>
    private static async Task<List<(int MeetingId, int InMinutes, int FromHistory)>> FromBaseTablesAsync(
        SecretariatDbContext db, bool onlyBoardBusiness, DecisionOutcome? outcome)
    {
        var meetings = db.Meetings.Where(m => !onlyBoardBusiness || m.Body == MeetingBody.GoverningBoard);
        var decisions =
            from m in db.Minutes
            where !m.IsSuperseded && (!onlyBoardBusiness || m.Status != MinutesStatus.Draft)
            join i in db.Set<MinutesItem>() on m.Id equals i.MinutesId
            join d in db.Set<MinutesDecision>() on i.Id equals d.MinutesItemId
            select new { m.MeetingId, d.Outcome, d.ApplicationId };
        var inMinutes = await decisions.Where(d => outcome == null || d.Outcome == outcome)
            .GroupBy(d => d.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var actions = DecisionOutcomes.DecidingActions.Where(a => outcome is null || DecisionOutcomes.OfAction(a) == outcome).ToList();
        var fromHistory = await db.ApplicationHistory
            .Where(h => h.MeetingId != null && h.Action != null && actions.Contains(h.Action.Value))
            .Where(h => !decisions.Any(d => d.MeetingId == h.MeetingId && d.ApplicationId == h.ApplicationId))
            .GroupBy(h => h.MeetingId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return (await meetings.Select(m => m.Id).ToListAsync())
            .Select(id => (MeetingId: id, InMinutes: inMinutes.GetValueOrDefault(id), FromHistory: fromHistory.GetValueOrDefault(id)))
            .Where(m => m.InMinutes + m.FromHistory > 0)
            .OrderBy(m => m.MeetingId).ToList();
    }

    private async Task<(int InMinutes, int FromHistory)> CountOfAsync(string role, int meetingId)
    {
        await using var scope = await host.AsAsync(role);
        var counts = await scope.ServiceProvider.GetRequiredService<DecisionRegisterService>().CountAsync(new(MeetingId: meetingId));
        return counts.Meetings.SingleOrDefault() is { } m ? (m.InMinutes, m.FromHistory) : (0, 0);
    }

    private async Task<Minutes> CurrentMinutesAsync(int meetingId)
    {
        await using var db = await host.DbAsync();
        return await db.Minutes.AsNoTracking().Include(m => m.Items).ThenInclude(i => i.Decisions)
            .SingleAsync(m => m.MeetingId == meetingId && !m.IsSuperseded);
    }

    private async Task<int> GbMeetingWithListAsync(int applications)
    {
        await using var db = await host.DbAsync();
        var meeting = A.Meeting.GoverningBoard(90).On(new DateOnly(2026, 6, 1)).Planned();
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        var category = await db.Categories.Select(c => c.Id).FirstAsync();
        for (var i = 0; i < applications; i++)
        {
            var organization = An.Organization.Named($"Tallied Institute {i} of Research").In("FR").InCategory(category).Build();
            db.Applications.Add(An.Application.From(organization).AtBoard(meeting).InState(ApplicationState.ListedForBoard).Build());
        }
        await db.SaveChangesAsync();
        return meeting.Id;
    }
}
