using Anso.Secretariat.App.Data.Integrity;
using Anso.Secretariat.App.Features.Integrity;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anso.Secretariat.Tests.Integrity;

/// <summary>
/// The history, the decisions and the minutes approvals are hash chains: <c>verify</c> finds a row changed, removed or
/// reordered in the database behind the application's back, and names it.
/// </summary>
public class VerifyingTheRecordTests
{
    [Fact]
    public async Task The_demo_data_is_linked_into_chains_that_all_match()
    {
        using var database = TestDatabase.WithDemoData();
        var report = await VerifyAsync(database);
        Assert.True(report.IsIntact, string.Join("\n", report.Breaks));
        Assert.True(report.Entries > 100);
        await using var db = database.CreateContext();
        Assert.False(await db.ApplicationHistory.AnyAsync(h => EF.Property<string?>(h, RecordChains.HashProperty) == null));
        Assert.True(await db.Minutes.AnyAsync(m => EF.Property<string?>(m, RecordChains.ApprovalHashProperty) != null));
    }

    [Fact]
    public async Task A_history_row_edited_in_sql_is_named_by_verify()
    {
        using var database = TestDatabase.WithDemoData();
        var (rowId, applicationId) = HistoryRow(database, position: 2);
        Execute(database, $"UPDATE ApplicationHistory SET Note = 'Nothing to see here' WHERE Id = {rowId}");

        var found = Assert.Single((await VerifyAsync(database)).Breaks);
        Assert.Equal(ChainVerifier.HistoryTable, found.Table);
        Assert.Equal(rowId, found.RowId);
        Assert.Equal(2, found.Position);
        Assert.Equal((ChainOwner.Application, applicationId), (found.Owner, found.OwnerId));
        Assert.NotNull(found.OwnerName);
        Assert.Equal(ChainProblem.ContentChanged, found.Problem);
        var said = IntegrityWording.Describe(found, Wording.English);
        Assert.Contains($"application {applicationId} ({found.OwnerName})", said);
        Assert.Contains($"row {rowId},", said);
        Assert.EndsWith("its content was changed.", said);
    }

    [Fact]
    public async Task A_history_row_deleted_in_sql_is_named_by_the_entry_after_the_gap()
    {
        using var database = TestDatabase.WithDemoData();
        var (rowId, applicationId) = HistoryRow(database, position: 2);
        var (nextId, _) = HistoryRow(database, position: 3, applicationId);
        Execute(database, $"DELETE FROM ApplicationHistory WHERE Id = {rowId}");

        var found = Assert.Single((await VerifyAsync(database)).Breaks);
        Assert.Equal(nextId, found.RowId);
        Assert.Equal(ChainProblem.EntryMissing, found.Problem);
        Assert.Contains("entry #2 is missing", IntegrityWording.Describe(found, Wording.English));
    }

    [Fact]
    public async Task The_last_history_row_deleted_in_sql_shows_as_a_history_that_ends_before_the_applications_state()
    {
        using var database = TestDatabase.WithDemoData();
        var (rowId, applicationId) = HistoryRow(database, position: 3);
        var last = Scalar(database, $"SELECT MAX(ChainSequence) FROM ApplicationHistory WHERE ApplicationId = {applicationId}");
        Execute(database, $"DELETE FROM ApplicationHistory WHERE ApplicationId = {applicationId} AND ChainSequence = {last}");

        var found = Assert.Single((await VerifyAsync(database)).Breaks);
        Assert.Equal(ChainProblem.LaterEntryMissing, found.Problem);
        Assert.Contains("a later entry is missing", IntegrityWording.Describe(found, Wording.English));
    }

    [Fact]
    public async Task Two_history_rows_reordered_in_sql_are_found_at_the_first_one_out_of_place()
    {
        using var database = TestDatabase.WithDemoData();
        var (second, applicationId) = HistoryRow(database, position: 2);
        var (third, _) = HistoryRow(database, position: 3, applicationId);
        Execute(database, $"UPDATE ApplicationHistory SET ChainSequence = -1 WHERE Id = {second}");
        Execute(database, $"UPDATE ApplicationHistory SET ChainSequence = 2 WHERE Id = {third}");
        Execute(database, $"UPDATE ApplicationHistory SET ChainSequence = 3 WHERE Id = {second}");

        var found = Assert.Single((await VerifyAsync(database)).Breaks);
        Assert.Equal(third, found.RowId);
        Assert.Equal(2, found.Position);
    }

    [Fact]
    public async Task Swapping_the_dates_of_two_history_rows_is_a_change_of_content()
    {
        using var database = TestDatabase.WithDemoData();
        var (second, applicationId) = HistoryRow(database, position: 2);
        var (third, _) = HistoryRow(database, position: 3, applicationId);
        Execute(database, $"""
            UPDATE ApplicationHistory SET "At" = (SELECT "At" FROM ApplicationHistory WHERE Id = {third}) WHERE Id = {second}
            """);

        var found = Assert.Single((await VerifyAsync(database)).Breaks);
        Assert.Equal(second, found.RowId);
    }

    [Fact]
    public async Task A_decision_whose_outcome_was_edited_in_sql_is_named_with_its_meeting()
    {
        using var database = TestDatabase.WithDemoData();
        var decisionId = long.Parse(Scalar(database, "SELECT MIN(Id) FROM MinutesDecision WHERE Outcome = 'Endorsed'"));
        Execute(database, $"UPDATE MinutesDecision SET Outcome = 'NotEndorsed' WHERE Id = {decisionId}");

        var breaks = (await VerifyAsync(database)).Breaks;
        var found = Assert.Single(breaks, b => b.Table == ChainVerifier.DecisionsTable);
        Assert.Equal(decisionId, found.RowId);
        Assert.Equal(ChainOwner.Meeting, found.Owner);
        Assert.Contains("Governing Board", found.OwnerName);
    }

    [Fact]
    public async Task Approved_minutes_set_back_to_draft_in_sql_are_reported()
    {
        using var database = TestDatabase.WithDemoData();
        var minutesId = long.Parse(Scalar(database, "SELECT MIN(Id) FROM Minutes WHERE Status = 'Approved'"));
        Execute(database, $"UPDATE Minutes SET Status = 'Draft' WHERE Id = {minutesId}");

        var found = Assert.Single((await VerifyAsync(database)).Breaks);
        Assert.Equal(ChainVerifier.ApprovalsTable, found.Table);
        Assert.Equal(minutesId, found.RowId);
        Assert.Equal(ChainProblem.ApprovalUndone, found.Problem);
        Assert.Equal(MinutesStatus.Draft, found.Facts[1]);
        Assert.Contains("now says Draft", IntegrityWording.Describe(found, Wording.English));
    }

    [Fact]
    public async Task Removing_a_decision_from_draft_minutes_through_the_application_keeps_the_chain_whole()
    {
        using var database = TestDatabase.WithDemoData();
        await using (var db = database.CreateContext())
        {
            var draft = await db.Minutes.Include(m => m.Items).ThenInclude(i => i.Decisions)
                .FirstAsync(m => m.Status != MinutesStatus.Approved && m.Items.Any(i => i.Decisions.Count(d => d.ApplicationId == null) > 0));
            var item = draft.Items.First(i => i.Decisions.Any(d => d.ApplicationId == null));
            var decision = item.Decisions.First(d => d.ApplicationId == null);
            draft.RemoveDecision(item.Id, decision.Id, "Secretariat", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        var report = await VerifyAsync(database);
        Assert.True(report.IsIntact, string.Join("\n", report.Breaks));
    }

    [Fact]
    public async Task Records_stored_before_the_chains_are_linked_once_when_the_migration_is_applied()
    {
        using var database = TestDatabase.WithDemoData();
        await using (var db = database.CreateContext())
        {
            var migrator = db.GetService<IMigrator>();
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_" + ChainBackfill.MigrationName)).Last();
            await migrator.MigrateAsync(before);
            Assert.True(ChainBackfill.IsPending(await db.Database.GetPendingMigrationsAsync()));
            await db.Database.MigrateAsync();
            await ChainBackfill.RunAsync(db);
        }
        var report = await VerifyAsync(database);
        Assert.True(report.IsIntact, string.Join("\n", report.Breaks));
        Assert.Equal("0", Scalar(database, "SELECT COUNT(*) FROM ApplicationHistory WHERE Hash IS NULL"));
    }

    [Fact]
    public async Task The_verify_command_exits_with_0_when_intact_and_1_naming_the_row_when_not()
    {
        using var database = TestDatabase.WithDemoData();
        var setting = $"--ConnectionStrings:Secretariat={database.ConnectionString}";
        var (code, output) = await RunVerifyAsync(setting);
        Assert.Equal(0, code);
        Assert.Contains("every entry matches", output);

        var (rowId, _) = HistoryRow(database, position: 1);
        Execute(database, $"UPDATE ApplicationHistory SET \"By\" = 'Someone else' WHERE Id = {rowId}");
        (code, output) = await RunVerifyAsync(setting);
        Assert.Equal(1, code);
        Assert.Contains($"ApplicationHistory, application", output);
        Assert.Contains($"(row {rowId},", output);
    }

    private static async Task<(int Code, string Output)> RunVerifyAsync(string setting)
    {
        var output = new StringWriter();
        var code = await IntegrityCommands.RunAsync(["verify", setting], output, output);
        return (code, output.ToString());
    }

    private static async Task<IntegrityReport> VerifyAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await ChainVerifier.VerifyAsync(db);
    }

    /// <summary>The row at <paramref name="position"/> of an application's history with at least three entries.</summary>
    private static (long Id, int ApplicationId) HistoryRow(TestDatabase database, int position, int? applicationId = null)
    {
        var application = applicationId ?? int.Parse(Scalar(database,
            "SELECT ApplicationId FROM ApplicationHistory GROUP BY ApplicationId HAVING COUNT(*) >= 4 ORDER BY ApplicationId LIMIT 1"));
        var id = long.Parse(Scalar(database, $"SELECT Id FROM ApplicationHistory WHERE ApplicationId = {application} AND ChainSequence = {position}"));
        return (id, application);
    }

    private static void Execute(TestDatabase database, string sql)
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private static string Scalar(TestDatabase database, string sql)
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar())!;
    }
}
