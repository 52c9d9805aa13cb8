using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using System.Runtime.CompilerServices;

namespace Anso.Secretariat.App.Data.Integrity;

/// <summary>
/// Links every appended history entry, decision and minutes approval into its chain (<see cref="RecordChains"/>) as it
/// is saved, whichever service appends it: one rule in one place. Appending reads the head of each touched chain (one
/// query per kind of entry per save, however many chains) and writes nothing more than the insert itself.
/// The heads are read inside a checked write (<see cref="CheckedWrites"/>), unless the service already holds one: two
/// saves appending to one chain at once, on one instance or two, then link one after the other, and the later one is
/// refused by the version it expected (a stale save) rather than by the chain's unique sequence.
/// An entry saved together with the application or meeting it belongs to has no id to hash yet: its links are written
/// just after the insert, in the same transaction (<see cref="ChainLinker"/>), so only creating a record costs an update.
/// Removing a decision from draft minutes relinks the decisions after it in that draft.
/// </summary>
public sealed class HashChainInterceptor : SaveChangesInterceptor
{
    private sealed class Deferred
    {
        /// <summary>The entries to link once the insert gave their owners ids; null when they were linked before the save.</summary>
        public ChainAppends? Appends { get; init; }
        public IDbContextTransaction? OwnTransaction { get; init; }
    }

    private static readonly ConditionalWeakTable<DbContext, Deferred> Pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is SecretariatDbContext db) BeforeSaveAsync(db, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is SecretariatDbContext db) await BeforeSaveAsync(db, ct);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSaveAsync(eventData.Context, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        await AfterSaveAsync(eventData.Context, ct);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private static async Task BeforeSaveAsync(SecretariatDbContext db, CancellationToken ct)
    {
        ChainLinker.RelinkAfterRemovedDecisions(db);
        var appends = ChainAppends.Collect(db);
        if (appends.IsEmpty) return;
        var own = db.Database.CurrentTransaction is null ? await db.BeginWriteAsync(ct) : null;
        try
        {
            if (!appends.NeedsIds) await ChainLinker.LinkAsync(db, appends, writeNow: false, ct);
        }
        catch
        {
            if (own is not null) await own.DisposeAsync();
            throw;
        }
        if (appends.NeedsIds || own is not null)
            Pending.AddOrUpdate(db, new Deferred { Appends = appends.NeedsIds ? appends : null, OwnTransaction = own });
    }

    private static async Task AfterSaveAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not SecretariatDbContext db || !Pending.TryGetValue(db, out var deferred)) return;
        Pending.Remove(db);
        try
        {
            if (deferred.Appends is { } appends) await ChainLinker.LinkAsync(db, appends, writeNow: true, ct);
            if (deferred.OwnTransaction is { } tx) await tx.CommitAsync(ct);
        }
        finally
        {
            if (deferred.OwnTransaction is { } tx) await tx.DisposeAsync();
        }
    }

    private static void Abandon(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var deferred)) return;
        Pending.Remove(context);
        deferred.OwnTransaction?.Dispose(); // rolls back
    }
}

/// <summary>The entries a save appends, per chain, in the order the domain appended them.</summary>
public sealed class ChainAppends
{
    public List<(EntityEntry Application, List<EntityEntry> Entries)> History { get; } = [];
    /// <summary>Per minutes version: its new decisions with the item each belongs to.</summary>
    public List<(EntityEntry Minutes, List<(EntityEntry Decision, MinutesItem Item)> Decisions)> Decisions { get; } = [];
    public List<EntityEntry> Approvals { get; } = [];

    public bool IsEmpty => History.Count == 0 && Decisions.Count == 0 && Approvals.Count == 0;

    /// <summary>True when some entry names a record saved in the same save: its id is known only after the insert.</summary>
    public bool NeedsIds =>
        History.Any(h => h.Entries.Any(e => Temporary(e, nameof(ApplicationHistoryEntry.MeetingId))))
        || Decisions.Any(d => Temporary(d.Minutes, nameof(Minutes.MeetingId)) || d.Decisions.Any(x => Temporary(x.Decision, nameof(MinutesDecision.ApplicationId))))
        || Approvals.Any(a => Temporary(a, nameof(Minutes.MeetingId)) || Temporary(a, nameof(Minutes.ApprovedAtMeetingId)));

    private static bool Temporary(EntityEntry entry, string property)
    {
        var p = entry.Property(property);
        return p.IsTemporary || p.CurrentValue is int and <= 0;
    }

    public static ChainAppends Collect(DbContext db)
    {
        var appends = new ChainAppends();
        foreach (var application in db.ChangeTracker.Entries<MembershipApplication>())
        {
            var added = application.Entity.History.Select(h => db.Entry(h)).Where(e => e.State == EntityState.Added).Cast<EntityEntry>().ToList();
            if (added.Count > 0) appends.History.Add((application, added));
        }
        foreach (var minutes in db.ChangeTracker.Entries<Minutes>().OrderBy(m => m.Entity.VersionNumber))
        {
            var added = minutes.Entity.Items.OrderBy(i => i.Position)
                .SelectMany(i => i.Decisions.Select(d => (Decision: (EntityEntry)db.Entry(d), Item: i)))
                .Where(x => x.Decision.State == EntityState.Added).ToList();
            if (added.Count > 0) appends.Decisions.Add((minutes, added));
            if (minutes.Entity.Status == MinutesStatus.Approved && minutes.Property(RecordChains.ApprovalHashProperty).CurrentValue is null)
                appends.Approvals.Add(minutes);
        }
        return appends;
    }
}
