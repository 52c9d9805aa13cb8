using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anso.Secretariat.App.Data.Integrity;

/// <summary>
/// Links the records stored before the chains existed. SQL alone cannot compute SHA-256 on SQLite, so this runs in C#,
/// once: at the start-up that applies the HashChains migration (and so also after restoring an older backup), in one
/// transaction. Each chain follows the order the rows were stored in (their ids). From then on every entry is linked as
/// it is saved; an entry found without a link later is reported by <c>verify</c>, never linked quietly.
/// </summary>
public static class ChainBackfill
{
    public const string MigrationName = "HashChains";

    public static bool IsPending(IEnumerable<string> pendingMigrations) =>
        pendingMigrations.Any(m => m.EndsWith("_" + MigrationName, StringComparison.Ordinal));

    public static async Task RunAsync(SecretariatDbContext db, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var appends = new ChainAppends();
        var applications = await db.Applications.Include(a => a.History).ToListAsync(ct);
        foreach (var application in applications)
        {
            var unlinked = application.History.OrderBy(h => h.Id).Select(h => (EntityEntry)db.Entry(h))
                .Where(e => e.Property(RecordChains.HashProperty).CurrentValue is null).ToList();
            if (unlinked.Count > 0) appends.History.Add((db.Entry(application), unlinked));
        }
        var minutes = await db.Minutes.Include(m => m.Items).ThenInclude(i => i.Decisions).AsSplitQuery()
            .OrderBy(m => m.MeetingId).ThenBy(m => m.VersionNumber).ToListAsync(ct);
        foreach (var version in minutes)
        {
            var unlinked = version.Items.SelectMany(i => i.Decisions.Select(d => (Decision: (EntityEntry)db.Entry(d), Item: i)))
                .Where(x => x.Decision.Property(RecordChains.HashProperty).CurrentValue is null)
                .OrderBy(x => ((MinutesDecision)x.Decision.Entity).Id).ToList();
            if (unlinked.Count > 0) appends.Decisions.Add((db.Entry(version), unlinked));
            if (version.Status == MinutesStatus.Approved && db.Entry(version).Property(RecordChains.ApprovalHashProperty).CurrentValue is null)
                appends.Approvals.Add(db.Entry(version));
        }
        if (!appends.IsEmpty) await ChainLinker.LinkAsync(db, appends, writeNow: true, ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}
