using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// /healthz: the database opens and <c>PRAGMA quick_check</c> finds no damage (SQLite), or the server answers
/// <c>SELECT 1</c> (PostgreSQL). The answer is kept for a minute, so a monitoring tool polling often does not read the
/// whole file each time.
/// </summary>
public sealed class DatabaseHealthCheck(DatabaseTarget database, TimeProvider clock) : IHealthCheck
{
    public DatabaseHealthCheck(string sqliteConnectionString, TimeProvider clock) : this(DatabaseTarget.Sqlite(sqliteConnectionString), clock) { }

    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (DateTimeOffset At, HealthCheckResult Result)? last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (last is { } cached && clock.GetUtcNow() - cached.At < CacheFor) return cached.Result;
            var result = await Task.Run(Check, cancellationToken);
            last = (clock.GetUtcNow(), result);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    private HealthCheckResult Check() => database.IsSqlite ? CheckSqlite(database.ConnectionString) : CheckPostgreSql(database.ConnectionString);

    private static HealthCheckResult CheckPostgreSql(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT 1", connection);
            command.ExecuteScalar();
            return HealthCheckResult.Healthy("The PostgreSQL database answers.");
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy($"The database cannot be used: {e.Message}");
        }
    }

    private static HealthCheckResult CheckSqlite(string connectionString)
    {
        try
        {
            // A new connection each time, never a pooled one: FTS5 keeps its index's structure per connection, and its
            // integrity check (part of quick_check) on a connection that read the name search before another connection
            // wrote to it reports "fts5: corruption found" in a sound file (SQLite 3.53).
            var fresh = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
            using var connection = SqliteConnectionSetup.Open(fresh.ToString());
            return DatabaseProblems.QuickCheck(connection) is { } damage
                ? HealthCheckResult.Unhealthy($"The database is damaged (quick_check: {damage.ReplaceLineEndings(" ")}).")
                : HealthCheckResult.Healthy("The database opens and quick_check finds no damage.");
        }
        catch (SqliteException e)
        {
            return HealthCheckResult.Unhealthy($"The database cannot be used: {e.Message}");
        }
    }
}
