using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// Every connection the app opens, through EF or directly, runs in WAL mode (readers never block the writer, the writer
/// never blocks readers), waits for a busy database instead of failing at once, and knows how names compare
/// (<see cref="NameRules"/>). WAL is stored in the file, so a database
/// made by an older release (rollback journal) is switched the first time it is opened.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for another connection's write lock before it gives up (SQLite's busy_timeout).</summary>
    public const int BusyTimeoutMilliseconds = 20_000;

    public static readonly SqliteConnectionSetup Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>The pragmas, for a connection opened outside EF (backup, restore, health).</summary>
    public static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return;
        NameRules.Register(sqlite);
        using var command = sqlite.CreateCommand();
        // busy_timeout first, so that switching to WAL itself waits for a busy database.
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
        command.ExecuteNonQuery();
        if (sqlite.DataSource is "" or ":memory:" || IsReadOnly(sqlite)) return;
        command.CommandText = "PRAGMA journal_mode;";
        if (!string.Equals(command.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase))
        {
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }
    }

    private static bool IsReadOnly(SqliteConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly;

    /// <summary>Opens a connection with the app's pragmas.</summary>
    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Apply(connection);
        return connection;
    }
}
