using System.Data.Common;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Search;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Members;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anso.Secretariat.Tests.Data;

/// <summary>The name search's index (Data/NameSearch): read by search on each engine, and kept current on SQLite.</summary>
public class NameSearchTests
{
    private const int Institutes = 5_000;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "VIRTUAL TABLE INDEX")] // SQLite: the FTS5 trigram table answers the MATCH
    [InlineData(DatabaseProvider.PostgreSql, "IX_Organizations_NativeNameKey_Trigrams")] // PostgreSQL: pg_trgm's GIN index
    public async Task Search_by_part_of_a_name_reads_the_trigram_index(DatabaseProvider engine, string indexInPlan)
    {
        using var database = FindingOrganizationsByEitherNameTests.WithMembers(engine);
        AddInstitutes(database);
        var explaining = new Explaining(database);

        var results = await new SearchService(explaining, SignedIn.As(Roles.Secretariat, database, TimeProvider.System)).SearchAsync("科学院");

        Assert.Equal(["Chinese Academy of Sciences (CAS)"], results.Organizations.Select(h => $"{h.Name} ({h.Acronym})"));
        var organizationsQuery = explaining.Plans.Single(p => p.Sql.Contains("Categories", StringComparison.Ordinal)); // the organizations' section
        Assert.True(organizationsQuery.Plan.Any(line => line.Contains(indexInPlan, StringComparison.Ordinal)), string.Join(Environment.NewLine, organizationsQuery.Plan));
    }

    [Fact]
    public void The_sqlite_index_follows_every_insert_rename_and_delete()
    {
        using var database = FindingOrganizationsByEitherNameTests.WithMembers(DatabaseProvider.Sqlite);
        using (var db = database.CreateContext())
        {
            var ras = db.Organizations.Single(o => o.Acronym == "RAS");
            ras.RenameInOwnScript("Российская академия");
            db.Organizations.Remove(db.Organizations.Single(o => o.Acronym == "CAAS"));
            db.SaveChanges();
        }

        using var connection = Open(database);
        var indexed = Rows(connection, $"SELECT rowid, NameKey, coalesce(NativeNameKey, ''), coalesce(Acronym, '') FROM {NameSearch.SqliteTable} ORDER BY rowid");
        var stored = Rows(connection, "SELECT Id, NameKey, coalesce(NativeNameKey, ''), coalesce(Acronym, '') FROM Organizations ORDER BY Id");

        Assert.Equal(stored, indexed);
        Assert.Contains(indexed, row => row.EndsWith("|российская академия|RAS", StringComparison.Ordinal));
    }

    [Fact]
    public void The_migrated_sqlite_database_has_the_triggers_that_keep_the_index_current()
    {
        // A later migration that rebuilds Organizations (SQLite's way to alter a column) drops them: it must create them again.
        using var database = new TestDatabase(DatabaseProvider.Sqlite);
        using var connection = Open(database);

        var triggers = Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Organizations' ORDER BY name");

        Assert.Equal(["Organizations_NameSearch_Delete", "Organizations_NameSearch_Insert", "Organizations_NameSearch_Update"], triggers);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Keys_stored_before_marks_were_kept_are_worked_out_again_and_found(DatabaseProvider engine)
    {
        using var database = FindingOrganizationsByEitherNameTests.WithMembers(engine);
        using (var connection = Open(database))
        {
            // As the earlier normalization stored it: й lost its breve.
            connection.Command("UPDATE Organizations SET Name = $0, NameKey = $1 WHERE Acronym = 'CAAS'",
                "Российская академия образования", "россииская академия образования").ExecuteNonQuery();
            connection.Command("UPDATE Organizations SET Name = $0, NameKey = $1 WHERE Acronym = 'MAS'",
                "Монгол Улсын Академи", "монгол улсын академи #4").ExecuteNonQuery();
        }

        await using (var db = database.CreateContext()) await NameRules.RefreshKeysAsync(db);

        await using var check = database.CreateContext();
        Assert.Equal("российская академия образования", await check.Organizations.Where(o => o.Acronym == "CAAS").Select(o => o.NameKey).SingleAsync());
        Assert.Equal("монгол улсын академи #4", await check.Organizations.Where(o => o.Acronym == "MAS").Select(o => o.NameKey).SingleAsync()); // a kept copy
        var found = await new RegisterServices(database).Search.SearchAsync("российская академия образования");
        Assert.Equal(["Российская академия образования (CAAS)"], found.Organizations.Select(h => $"{h.Name} ({h.Acronym})"));
    }

    /// <summary>A plain connection; on SQLite with the names' collation and functions, as the app opens it.</summary>
    private static DbConnection Open(TestDatabase database) =>
        database.Provider == DatabaseProvider.Sqlite ? SqliteConnectionSetup.Open(database.ConnectionString) : RawSql.Open(database);

    private static List<string> Rows(DbConnection connection, string sql)
    {
        using var command = connection.Command(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i)))));
        return rows;
    }

    /// <summary>Many organizations beside the few named ones, made by the database itself, and the planner's statistics refreshed.</summary>
    private static void AddInstitutes(TestDatabase database)
    {
        using var connection = Open(database);
        var category = database.CategoryId("Universities");
        var insert = database.Provider == DatabaseProvider.PostgreSql
            ? $"""
              INSERT INTO "Organizations" ("Name", "NameKey", "NativeName", "NativeNameKey", "CountryCode", "CategoryId", "Status", "IsFoundingMember", "IsBoardMember", "Version")
              SELECT 'Institute of Applied Studies ' || i, 'institute of applied studies ' || i, '应用研究所' || i, '应用研究所' || i, 'DE', {category}, 'Applicant', false, false, 1
              FROM generate_series(1, {Institutes}) AS i;
              """
            : $"""
              WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Institutes})
              INSERT INTO Organizations (Name, NameKey, NativeName, NativeNameKey, CountryCode, CategoryId, Status, IsFoundingMember, IsBoardMember, Version)
              SELECT 'Institute of Applied Studies ' || i, 'institute of applied studies ' || i, '应用研究所' || i, '应用研究所' || i, 'DE', {category}, 'Applicant', 0, 0, 1
              FROM n;
              """;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = insert;
            command.ExecuteNonQuery();
            // As autovacuum leaves a table in use: GIN keeps a bulk insert in a pending list, which the planner rightly
            // finds dear to read, until a vacuum merges it into the index.
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                command.CommandText = """VACUUM ANALYZE "Organizations";""";
                command.ExecuteNonQuery();
            }
        }
        using var db = database.CreateContext();
        QueryStatistics.RefreshAsync(db).GetAwaiter().GetResult();
    }

    /// <summary>
    /// The contexts of a service, each command explained on its own connection just before it runs, with its parameters:
    /// <c>EXPLAIN QUERY PLAN</c> on SQLite, <c>EXPLAIN</c> on PostgreSQL. Reads the plan, never the clock.
    /// </summary>
    private sealed class Explaining(TestDatabase database) : DbCommandInterceptor, IDbContextFactory<SecretariatDbContext>
    {
        public List<(string Sql, List<string> Plan)> Plans { get; } = [];

        public SecretariatDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<SecretariatDbContext>();
            database.Target.Configure(options);
            options.AddInterceptors(this);
            return new SecretariatDbContext(options.Options);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            var sql = command.CommandText;
            command.CommandText = (database.Provider == DatabaseProvider.PostgreSql ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql;
            var plan = new List<string>();
            using (var reader = command.ExecuteReader())
                while (reader.Read()) plan.Add(reader.GetString(reader.FieldCount - 1));
            command.CommandText = sql;
            lock (Plans) Plans.Add((sql, plan));
            return ValueTask.FromResult(result);
        }
    }
}
