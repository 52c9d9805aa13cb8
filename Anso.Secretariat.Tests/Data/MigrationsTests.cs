using Anso.Secretariat.App.Data;
using Anso.Secretariat.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

public class MigrationsTests
{
    [Fact]
    public void Migrated_schema_equals_the_schema_the_model_creates()
    {
        using var migrated = new TestDatabase(migrate: true);
        using var created = new TestDatabase(migrate: false);
        using (var db = created.CreateContext())
        {
            db.Database.EnsureCreated();
            // What the model cannot say, the migrations add by SQL: the name search's index (Data/NameSearch.cs).
            foreach (var sql in NameSearch.SqliteUp) db.Database.ExecuteSqlRaw(sql);
        }

        var expected = Schema(created.ConnectionString);
        var actual = Schema(migrated.ConnectionString);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_model_has_no_change_without_a_migration()
    {
        using var database = new TestDatabase();
        using var db = database.CreateContext();

        // Fails after a change to an entity or configuration until `dotnet ef migrations add` (README) is run.
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration carries: add a migration.");
    }

    [Fact]
    public void Databases_made_by_the_first_release_keep_their_migration_id()
    {
        using var database = new TestDatabase();
        using var db = database.CreateContext();

        Assert.Equal(["20261122000000_Initial"], db.Database.GetAppliedMigrations().Take(1));
    }

    [Fact]
    public void Foreign_keys_are_enforced()
    {
        using var database = new TestDatabase();
        using var db = database.CreateContext();
        db.Database.OpenConnection();
        var ex = Assert.Throws<SqliteException>(() => db.Database.ExecuteSqlRaw(
            "INSERT INTO Organizations (Name, NameKey, CountryCode, CategoryId, Status, IsFoundingMember, IsBoardMember, Version) VALUES ('X', 'x', 'CN', 999, 'Applicant', 0, 0, 0)"));
        Assert.Contains("FOREIGN KEY", ex.Message);
    }

    /// <summary>Every table and index as SQLite stores it, less EF's own migrations bookkeeping.</summary>
    private static List<string> Schema(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE '__EFMigrations%' AND name NOT LIKE 'sqlite_%' ORDER BY type, name";
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetString(2)}: {WithColumnsSorted(reader.IsDBNull(3) ? "" : reader.GetString(3))}");
        return rows;
    }

    /// <summary>
    /// A CREATE TABLE with its column and constraint lines in a fixed order: SQLite's ADD COLUMN can only append a column,
    /// while a new database places it among the others, so the order of the lines is not compared; every line is.
    /// </summary>
    private static string WithColumnsSorted(string sql)
    {
        var open = sql.IndexOf('(');
        if (!sql.StartsWith("CREATE TABLE", StringComparison.Ordinal) || open < 0) return sql;
        var body = sql[(open + 1)..sql.LastIndexOf(')')];
        var parts = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '(') depth++;
            else if (body[i] == ')') depth--;
            else if (body[i] == ',' && depth == 0) { parts.Add(body[start..i]); start = i + 1; }
        }
        parts.Add(body[start..]);
        var lines = parts.Select(p => p.Trim()).Where(p => p.Length > 0).Order(StringComparer.Ordinal);
        return sql[..open] + "(" + string.Join(", ", lines) + ")";
    }
}
