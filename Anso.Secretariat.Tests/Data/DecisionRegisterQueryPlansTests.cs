using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>
/// <see cref="TenThousandApplications"/>, each application endorsed by one of the ten GB meetings: nine in ten in that
/// meeting's minutes, the tenth only in the application's history (as an imported or older decision is). Read-only.
/// </summary>
public sealed class TenThousandDecisions : IDisposable
{
    private readonly TenThousandApplications applications = new();

    public TenThousandDecisions()
    {
        List<Meeting> meetings;
        using (var db = Database.CreateContext())
        {
            meetings = db.Meetings.OrderBy(m => m.Number).ToList();
            db.Minutes.AddRange(meetings.Select(m => Minutes.Start(m, [new AgendaHeading("4", "Membership applications", true)], "Li Wei", DateTimeOffset.UnixEpoch)));
            db.SaveChanges();
            MeetingId = meetings[3].Id;
        }
        using var connection = SqliteConnectionSetup.Open(Database.ConnectionString);
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // The meeting of application a is the (a mod 10 + 1)th GB; its minutes have one item, the applications', and leave out
        // a tenth of each meeting's decisions.
        command.CommandText = """
            CREATE TEMP TABLE decided AS
                SELECT a.Id AS ApplicationId, m.Id AS MeetingId, i.Id AS ItemId
                FROM Applications a
                JOIN Meetings m ON m.Number = a.Id % 10 + 1
                JOIN Minutes n ON n.MeetingId = m.Id
                JOIN MinutesItem i ON i.MinutesId = n.Id;
            INSERT INTO ApplicationHistory (ApplicationId, FromState, ToState, Action, By, At, MeetingId)
            SELECT ApplicationId, 'ListedForBoard', 'Endorsed', 'Endorse', 'Li Wei', '2024-06-01 09:00:00+08:00', MeetingId FROM decided;
            INSERT INTO MinutesDecision (MinutesItemId, Text, Outcome, ApplicationId)
            SELECT ItemId, 'Endorsed: application ' || ApplicationId, 'Endorsed', ApplicationId FROM decided WHERE ApplicationId / 10 % 10 <> 0;
            DROP TABLE decided;
            """;
        command.ExecuteNonQuery();
        transaction.Commit();
        using (var db = Database.CreateContext())
        {
            // Written past the context, so the decision tallies are counted here, as a save would.
            DecisionTallies.RefreshAsync(db, meetings.Select(m => m.Id).ToList()).GetAwaiter().GetResult();
            QueryStatistics.RefreshAsync(db).GetAwaiter().GetResult();
        }
    }

    public TestDatabase Database => applications.Database;
    public QueryPlans Plans => applications.Plans;
    public int MeetingId { get; }

    public void Dispose() => applications.Dispose();
}

/// <summary>The decision register counts by meeting through indexes, and a page reads only the decisions of its meetings.</summary>
public class DecisionRegisterQueryPlansTests(TenThousandDecisions data) : IClassFixture<TenThousandDecisions>
{
    private static readonly string[] LargeTables = ["Applications", "Organizations", "ApplicationHistory", "MinutesDecision"];

    private DecisionRegisterService Register => new(data.Plans, SignedIn.As(Roles.Secretariat, data.Database));

    private Task<IReadOnlyList<string>> ProblemsOf(Func<Task> run, bool sortOfASearchedSubset = false) =>
        data.Plans.ProblemsOfAsync(run, LargeTables, sortOfASearchedSubset);

    [Fact]
    public async Task The_counts_of_every_meeting_are_read_from_indexes()
    {
        var problems = await ProblemsOf(async () =>
        {
            var counts = await Register.CountAsync(new());
            Assert.Equal(TenThousandApplications.Count, counts.Total);
            Assert.All(counts.Meetings, m => Assert.Equal((900, 100), (m.InMinutes, m.FromHistory)));
        });
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_counts_by_outcome_and_meeting_are_read_from_indexes()
    {
        var problems = await ProblemsOf(async () =>
        {
            Assert.Equal(TenThousandApplications.Count, (await Register.CountAsync(new(Outcome: DecisionOutcome.Endorsed))).Total);
            Assert.Equal(0, (await Register.CountAsync(new(Outcome: DecisionOutcome.Rejected))).Total);
            Assert.Equal(1000, (await Register.CountAsync(new(MeetingId: data.MeetingId))).Total);
        });
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_counts_read_the_tallies_not_the_decisions()
    {
        var plans = await data.Plans.ExplainAsync(async () =>
        {
            await Register.CountAsync(new());
            await Register.CountAsync(new(Outcome: DecisionOutcome.Endorsed));
        });
        // Reading each decision, or probing the minutes for each history step, is what made the counts slow at 50,000
        // applications; the tallies hold a few rows per meeting (DecisionTallies).
        var readsDecisions = plans.Select(c => c.Sql)
            .Where(sql => sql.Contains("\"MinutesDecision\"", StringComparison.Ordinal) || sql.Contains("\"ApplicationHistory\"", StringComparison.Ordinal))
            .ToList();
        Assert.True(readsDecisions.Count == 0, string.Join(Environment.NewLine, readsDecisions));
        Assert.Contains(plans, c => c.Sql.Contains("\"DecisionTallies\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, false)]      // the first page: the newest meeting's minutes
    [InlineData(890, false)]    // across the minutes and the history of one meeting
    [InlineData(1990, false)]   // across two meetings
    [InlineData(9975, false)]   // the last page
    [InlineData(0, true)]       // oldest first
    public async Task A_page_reads_the_decisions_of_its_meetings_only(int skip, bool oldestFirst)
    {
        var counts = await Register.CountAsync(new());
        var problems = await ProblemsOf(async () =>
        {
            var page = await Register.PageAsync(counts, skip, 25, oldestFirst);
            Assert.Equal(25, page.Count);
            Assert.Equal(25, page.Select(r => r.ApplicationId).Distinct().Count());
        }, sortOfASearchedSubset: true); // a meeting's thousand decisions are put in order, not the table's
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Pages_in_a_row_hold_every_decision_once()
    {
        var counts = await Register.CountAsync(new(MeetingId: data.MeetingId));
        var seen = new List<int>();
        for (var skip = 0; skip < counts.Total; skip += 100)
            seen.AddRange((await Register.PageAsync(counts, skip, 100)).Select(r => r.ApplicationId!.Value));

        Assert.Equal(1000, seen.Count);
        Assert.Equal(1000, seen.Distinct().Count());
        await using var db = data.Database.CreateContext();
        var decidedThere = await db.ApplicationHistory.Where(h => h.MeetingId == data.MeetingId && h.ToState == ApplicationState.Endorsed)
            .Select(h => h.ApplicationId).ToListAsync();
        Assert.Equal(decidedThere.Order(), seen.Order());
    }
}
