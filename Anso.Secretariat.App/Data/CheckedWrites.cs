using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anso.Secretariat.App.Data;

/// <summary>A check and the save it guards, with nobody else writing in between.</summary>
public static class CheckedWrites
{
    /// <summary>
    /// Begins a transaction in which what a check reads still holds when the save commits. On SQLite a transaction begins
    /// with <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default), which takes the write lock at once, so two such
    /// transactions run one after the other; another engine gets the serializable isolation level.
    /// </summary>
    public static Task<IDbContextTransaction> BeginCheckedWriteAsync(this SecretariatDbContext db, CancellationToken ct = default) =>
        db.Database.IsSqlite() ? db.Database.BeginTransactionAsync(ct) : db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
}
