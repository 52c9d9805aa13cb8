using Anso.Secretariat.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// The database or the disk could not take a change (another writer held the database past the busy timeout, the disk
/// is full, the file is read-only). A refusal like any other: the page shows the message and keeps what was typed.
/// </summary>
public sealed class StorageUnavailableException(string message, Exception cause) : DomainException(message)
{
    /// <summary>SQLite's or the disk's own error, for the log.</summary>
    public Exception Cause { get; } = cause;
}

/// <summary>
/// Turns SQLite's "busy", "locked", "full" and "read-only" errors, and PostgreSQL's serialization failures, deadlocks, lock
/// time-outs, full disk and read-only server, into a message for the user. Engine-specific: it lives in Data/.
/// </summary>
public static class StorageFailures
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html).
    private const int Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Full = 13;

    public const string BusyMessage =
        "The database was busy with another change for too long, so yours was not saved. What you typed is still here: try again in a moment.";

    public const string FullMessage =
        "Your change was not saved: the server could not write to its disk. What you typed is still here; tell the administrator.";

    /// <summary>The refusal for <paramref name="error"/>, or null when it is not a storage failure.</summary>
    public static StorageUnavailableException? Describe(Exception error)
    {
        if ((error as PostgresException ?? error.InnerException as PostgresException) is { } pg)
            return pg.SqlState switch
            {
                PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable
                    or PostgresErrorCodes.QueryCanceled => new StorageUnavailableException(BusyMessage, error),
                PostgresErrorCodes.DiskFull or PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.InsufficientResources
                    or PostgresErrorCodes.OutOfMemory => new StorageUnavailableException(FullMessage, error),
                _ => null,
            };
        var sqlite = error as SqliteException ?? error.InnerException as SqliteException;
        return sqlite?.SqliteErrorCode switch
        {
            Busy or Locked => new StorageUnavailableException(BusyMessage, error),
            ReadOnly or IoError or Full => new StorageUnavailableException(FullMessage, error),
            _ => null,
        };
    }

    public static bool IsStorageFailure(Exception error) =>
        error is DbUpdateException or SqliteException or PostgresException && Describe(error) is not null;
}
