using Anso.Secretariat.App.Data;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anso.Secretariat.Tests.Data;

/// <summary>The PostgreSQL migration set (Data/Migrations/PostgreSql), checked like the SQLite one (<see cref="MigrationsTests"/>).</summary>
public class PostgreSqlMigrationsTests
{
    [Fact]
    public void The_model_has_no_change_without_a_postgresql_migration()
    {
        using var database = new TestDatabase(DatabaseProvider.PostgreSql);
        using var db = database.CreateContext();

        // Fails after a model change until the PostgreSQL set gets its migration too (README, Changing the database).
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no PostgreSQL migration carries: add one (README).");
    }

    [Fact]
    public void Each_engine_sees_only_its_own_migrations()
    {
        using var sqlite = new TestDatabase(DatabaseProvider.Sqlite, migrate: false);
        using var postgres = new TestDatabase(DatabaseProvider.PostgreSql, migrate: false);
        using var sqliteDb = sqlite.CreateContext();
        using var postgresDb = postgres.CreateContext();

        var sqliteIds = sqliteDb.Database.GetMigrations().ToList();
        var postgresIds = postgresDb.Database.GetMigrations().ToList();

        Assert.Contains("20261122000000_Initial", sqliteIds);
        Assert.NotEmpty(postgresIds);
        Assert.Empty(sqliteIds.Intersect(postgresIds));
    }

    [Fact]
    public void Migrated_postgresql_schema_equals_the_schema_the_model_creates()
    {
        using var migrated = new TestDatabase(DatabaseProvider.PostgreSql);
        using var created = new TestDatabase(DatabaseProvider.PostgreSql, migrate: false);
        using (var db = created.CreateContext())
        {
            db.Database.EnsureCreated();
            // What the model cannot say, the migrations add by SQL: the name search's index (Data/NameSearch.cs).
            foreach (var sql in NameSearch.PostgreSqlUp) db.Database.ExecuteSqlRaw(sql);
        }

        var expected = Schema(created.ConnectionString);
        var actual = Schema(migrated.ConnectionString);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Dates_are_dates_moments_are_utc_timestamps_and_names_use_the_icu_collation()
    {
        using var database = new TestDatabase(DatabaseProvider.PostgreSql);
        var columns = Schema(database.ConnectionString);

        Assert.Contains("column Applications.ReceivedOn date NO ", columns);
        Assert.Contains("column ApplicationHistory.At timestamp with time zone NO ", columns);
        Assert.Contains("column Organizations.Name character varying NO NAME_AS_READ", columns);
        Assert.Contains("collation NAME_AS_READ icu und-u-ks-level1 nondeterministic", columns);
    }

    /// <summary>Columns (type, nullability, collation), indexes and collations as PostgreSQL stores them, less EF's history table.</summary>
    private static List<string> Schema(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var rows = new List<string>();
        void Read(string sql)
        {
            using var command = new NpgsqlCommand(sql, connection);
            using var reader = command.ExecuteReader();
            while (reader.Read()) rows.Add(reader.GetString(0));
        }
        Read("""
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(collation_name, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            """);
        Read("SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'");
        Read("""
            SELECT 'collation ' || collname || ' ' || CASE collprovider WHEN 'i' THEN 'icu' ELSE collprovider::text END || ' '
                   || coalesce(colliculocale, collcollate, '') || ' ' || CASE WHEN collisdeterministic THEN 'deterministic' ELSE 'nondeterministic' END
            FROM pg_collation WHERE collnamespace = 'public'::regnamespace
            """);
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
