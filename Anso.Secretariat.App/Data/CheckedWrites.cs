using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anso.Secretariat.App.Data;

/// <summary>A check and the save it guards, with nobody else writing in between.</summary>
public static class CheckedWrites
{
    /// <summary>
    /// Begins a transaction in which what a check reads still holds when the save commits. On SQLite a transaction begins
    /// with <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default), which takes the write lock at once, so two such
    /// transactions run one after the other; another engine gets the serializable isolation level. A database still busy
    /// after the busy timeout is a refusal the user can read (<see cref="StorageFailures"/>), never a raw error.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginWriteAsync(this SecretariatDbContext db, CancellationToken ct = default)
    {
        try
        {
            return db.Database.IsSqlite()
                ? await db.Database.BeginTransactionAsync(ct)
                : await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        }
        catch (SqliteException e) when (StorageFailures.Describe(e) is { } refusal)
        {
            throw refusal;
        }
    }
}
