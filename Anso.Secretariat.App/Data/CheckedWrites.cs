using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anso.Secretariat.App.Data;

/// <summary>A check and the save it guards, with nobody else writing in between.</summary>
public static class CheckedWrites
{
    // SQLite's busy handler retries a waiting writer after growing sleeps, so under contention a newcomer can take the
    // lock ahead of one that has waited for seconds. Writers of this process queue here first, in turn, one per file.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteQueues = new();

    /// <summary>
    /// How long a writer waits for those ahead of it in line: longer than SQLite's busy timeout, because a large import
    /// ahead holds the lock for seconds (the README gives the measure) and each save behind it only briefly.
    /// </summary>
    public const int QueueWaitMilliseconds = 3 * SqliteConnectionSetup.BusyTimeoutMilliseconds;

    /// <summary>
    /// Begins a transaction in which what a check reads still holds when the save commits. On SQLite a transaction begins
    /// with <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default), which takes the write lock at once, so two such
    /// transactions run one after the other, in the order they asked. On PostgreSQL the transaction (read committed) takes
    /// one transaction-level advisory lock first (<see cref="PostgreSqlWriteLock"/>), which does the same across every
    /// instance of the app: the next checked write waits for the commit, then reads what it committed. A database still
    /// busy after the busy timeout is a refusal the user can read (<see cref="StorageFailures"/>).
    /// </summary>
    public static async Task<IDbContextTransaction> BeginWriteAsync(this SecretariatDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql()) return await BeginPostgreSqlWriteAsync(db, ct);
        if (!db.Database.IsSqlite()) return await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        var queue = WriteQueues.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        if (!await queue.WaitAsync(TimeSpan.FromMilliseconds(QueueWaitMilliseconds), ct))
            throw new StorageUnavailableException(ServiceRefusal.StorageBusy, new TimeoutException("Waited for the other writers in line."));
        try
        {
            return new QueuedTransaction(await db.Database.BeginTransactionAsync(ct), queue);
        }
        catch (SqliteException e) when (StorageFailures.Describe(e) is { } refusal)
        {
            queue.Release();
            throw refusal;
        }
        catch
        {
            queue.Release();
            throw;
        }
    }

    /// <summary>The key of the advisory lock that checked writes on PostgreSQL take in turn ("ANSO" in ASCII).</summary>
    public const long PostgreSqlWriteLock = 0x414E534F;

    private static async Task<IDbContextTransaction> BeginPostgreSqlWriteAsync(SecretariatDbContext db, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        try
        {
            // Waits at most the busy timeout, like SQLite's writers; then the user is told to try again.
            await db.Database.ExecuteSqlRawAsync(
                $"SET LOCAL lock_timeout = {SqliteConnectionSetup.BusyTimeoutMilliseconds}; SELECT pg_advisory_xact_lock({PostgreSqlWriteLock});", ct);
            return transaction;
        }
        catch (Exception e)
        {
            await transaction.DisposeAsync();
            if (StorageFailures.Describe(e) is { } refusal) throw refusal;
            throw;
        }
    }

    /// <summary>The transaction, letting the next writer in line go once it is disposed.</summary>
    private sealed class QueuedTransaction(IDbContextTransaction inner, SemaphoreSlim queue) : IDbContextTransaction
    {
        private int _released;

        public Guid TransactionId => inner.TransactionId;
        public void Commit() => inner.Commit();
        public Task CommitAsync(CancellationToken ct = default) => inner.CommitAsync(ct);
        public void Rollback() => inner.Rollback();
        public Task RollbackAsync(CancellationToken ct = default) => inner.RollbackAsync(ct);

        public void Dispose()
        {
            inner.Dispose();
            Release();
        }

        public async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            Release();
        }

        private void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) queue.Release();
        }
    }
}
