using Anso.Secretariat.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// The database or the disk could not take a change (another writer held the database past the busy timeout, the disk
/// is full, the file is read-only). A refusal like any other: the page shows the message and keeps what was typed.
/// </summary>
public sealed class StorageUnavailableException(ServiceRefusal refusal, Exception cause) : DomainException(refusal, [], cause)
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

    /// <summary>The English of <see cref="ServiceRefusal.StorageBusy"/>, as the log writes it.</summary>
    public static string BusyMessage => Refusals.Text(Refusals.KeyOf(ServiceRefusal.StorageBusy), Wording.English);

    /// <summary>The English of <see cref="ServiceRefusal.StorageFull"/>, as the log writes it.</summary>
    public static string FullMessage => Refusals.Text(Refusals.KeyOf(ServiceRefusal.StorageFull), Wording.English);

    /// <summary>The refusal for <paramref name="error"/>, or null when it is not a storage failure.</summary>
    public static StorageUnavailableException? Describe(Exception error)
    {
        if ((error as PostgresException ?? error.InnerException as PostgresException) is { } pg)
            return pg.SqlState switch
            {
                PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable
                    or PostgresErrorCodes.QueryCanceled => new StorageUnavailableException(ServiceRefusal.StorageBusy, error),
                PostgresErrorCodes.DiskFull or PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.InsufficientResources
                    or PostgresErrorCodes.OutOfMemory => new StorageUnavailableException(ServiceRefusal.StorageFull, error),
                _ => null,
            };
        var sqlite = error as SqliteException ?? error.InnerException as SqliteException;
        return sqlite?.SqliteErrorCode switch
        {
            Busy or Locked => new StorageUnavailableException(ServiceRefusal.StorageBusy, error),
            ReadOnly or IoError or Full => new StorageUnavailableException(ServiceRefusal.StorageFull, error),
            _ => null,
        };
    }

    public static bool IsStorageFailure(Exception error) =>
        error is DbUpdateException or SqliteException or PostgresException && Describe(error) is not null;
}
