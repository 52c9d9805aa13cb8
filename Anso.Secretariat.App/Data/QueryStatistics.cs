using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// Keeps the query planner's statistics current, so that it picks the list indexes (ListIndexes migration) on a large
/// database. Run after migrations and after large imports. The engine difference lives here:
/// SQLite: <c>PRAGMA optimize</c> with "check every table" (0x10000) and "analyze what needs it" (0x02), bounded by
/// <c>analysis_limit</c> so that it stays cheap on a large file. PostgreSQL: its autovacuum daemon
/// keeps them current, so nothing is run there.
/// </summary>
public static class QueryStatistics
{
    public static async Task RefreshAsync(SecretariatDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;", ct);
    }
}
