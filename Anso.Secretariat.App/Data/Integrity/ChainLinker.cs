using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anso.Secretariat.App.Data.Integrity;

/// <summary>
/// Computes the links of appended entries from the head of their chain. <c>writeNow: false</c> sets them on the
/// entries about to be inserted (the usual path: the insert carries them); <c>writeNow: true</c> also writes them to
/// rows already stored (entries saved with their new owner, and the start-up backfill of rows older than the chains).
/// </summary>
public static class ChainLinker
{
    private const string Seq = RecordChains.SequenceProperty;
    private const string Prev = RecordChains.PreviousHashProperty;
    private const string Hash = RecordChains.HashProperty;

    public static async Task LinkAsync(SecretariatDbContext db, ChainAppends appends, bool writeNow, CancellationToken ct)
    {
        await LinkHistoryAsync(db, appends, writeNow, ct);
        await LinkDecisionsAsync(db, appends, writeNow, ct);
        await LinkApprovalsAsync(db, appends, writeNow, ct);
    }

    private static async Task LinkHistoryAsync(SecretariatDbContext db, ChainAppends appends, bool writeNow, CancellationToken ct)
    {
        if (appends.History.Count == 0) return;
        var ids = appends.History.Select(h => (int)h.Application.Property("Id").CurrentValue!).Where(id => id > 0).ToList();
        var history = db.ApplicationHistory.AsNoTracking();
        var heads = ids.Count == 0 ? [] : await history
            .Where(h => ids.Contains(h.ApplicationId) && EF.Property<string?>(h, Hash) != null && EF.Property<int?>(h, Seq) == history
                .Where(x => x.ApplicationId == h.ApplicationId && EF.Property<string?>(x, Hash) != null).Max(x => EF.Property<int?>(x, Seq)))
            .Select(h => new { h.ApplicationId, Sequence = EF.Property<int?>(h, Seq), Hash = EF.Property<string?>(h, Hash) })
            .ToListAsync(ct);
        var headOf = heads.ToDictionary(h => h.ApplicationId);
        foreach (var (application, entries) in appends.History)
        {
            var applicationId = (int)application.Property("Id").CurrentValue!;
            var sequence = headOf.TryGetValue(applicationId, out var head) ? head.Sequence ?? 0 : 0;
            var previous = head?.Hash;
            foreach (var entry in entries)
            {
                var h = (ApplicationHistoryEntry)entry.Entity;
                sequence++;
                var hash = RecordChains.Link(previous, RecordChains.HistoryContent(sequence, h.FromState?.ToString(),
                    h.ToState.ToString(), h.Action?.ToString(), h.By, h.At, (int?)entry.Property(nameof(h.MeetingId)).CurrentValue, h.Note));
                Set(entry, writeNow, (Seq, sequence), (Prev, previous), (Hash, hash));
                if (writeNow)
                    await db.ApplicationHistory.Where(x => x.Id == h.Id).ExecuteUpdateAsync(s => s
                        .SetProperty(x => EF.Property<int?>(x, Seq), sequence)
                        .SetProperty(x => EF.Property<string?>(x, Prev), previous)
                        .SetProperty(x => EF.Property<string?>(x, Hash), hash), ct);
                previous = hash;
            }
        }
    }

    private static async Task LinkDecisionsAsync(SecretariatDbContext db, ChainAppends appends, bool writeNow, CancellationToken ct)
    {
        foreach (var meeting in appends.Decisions.GroupBy(d => ((Minutes)d.Minutes.Entity).MeetingId))
        {
            var head = await DecisionsOf(db, meeting.Key).Where(x => EF.Property<string?>(x.Decision, Hash) != null)
                .OrderByDescending(x => EF.Property<int?>(x.Decision, Seq))
                .Select(x => new { Sequence = EF.Property<int?>(x.Decision, Seq), Hash = EF.Property<string?>(x.Decision, Hash) })
                .FirstOrDefaultAsync(ct);
            var sequence = head?.Sequence ?? 0;
            var previous = head?.Hash;
            foreach (var (minutesEntry, decisions) in meeting)
            {
                var minutes = (Minutes)minutesEntry.Entity;
                foreach (var (entry, item) in decisions)
                {
                    var d = (MinutesDecision)entry.Entity;
                    sequence++;
                    var hash = RecordChains.Link(previous, DecisionContent(minutes, item, d, sequence));
                    Set(entry, writeNow, (Seq, sequence), (Prev, previous), (Hash, hash));
                    if (writeNow) await WriteDecisionAsync(db, d.Id, sequence, previous, hash, ct);
                    previous = hash;
                }
            }
        }
    }

    private static async Task LinkApprovalsAsync(SecretariatDbContext db, ChainAppends appends, bool writeNow, CancellationToken ct)
    {
        foreach (var entry in appends.Approvals)
        {
            var minutes = (Minutes)entry.Entity;
            var previous = await db.Minutes.AsNoTracking()
                .Where(m => m.MeetingId == minutes.MeetingId && m.VersionNumber < minutes.VersionNumber && EF.Property<string?>(m, RecordChains.ApprovalHashProperty) != null)
                .OrderByDescending(m => m.VersionNumber).Select(m => EF.Property<string?>(m, RecordChains.ApprovalHashProperty)).FirstOrDefaultAsync(ct);
            var hash = RecordChains.Link(previous, ApprovalContent(minutes, await LastDecisionHashAsync(db, minutes, ct)));
            Set(entry, writeNow, (RecordChains.ApprovalPreviousHashProperty, previous), (RecordChains.ApprovalHashProperty, hash));
            if (writeNow)
                await db.Minutes.Where(m => m.Id == minutes.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => EF.Property<string?>(m, RecordChains.ApprovalPreviousHashProperty), previous)
                    .SetProperty(m => EF.Property<string?>(m, RecordChains.ApprovalHashProperty), hash), ct);
        }
    }

    /// <summary>The seal of an approval: the hash of the last decision of that version, stored or being saved now.</summary>
    private static async Task<string?> LastDecisionHashAsync(SecretariatDbContext db, Minutes minutes, CancellationToken ct)
    {
        var tracked = minutes.Items.SelectMany(i => i.Decisions).Select(d => db.Entry(d))
            .Select(e => (Sequence: (int?)e.Property(Seq).CurrentValue, Hash: (string?)e.Property(Hash).CurrentValue))
            .Where(x => x.Hash is not null);
        var stored = minutes.Id <= 0 ? [] : await DecisionsOf(db, minutes.MeetingId).Where(x => x.MinutesId == minutes.Id)
            .Select(x => new { Sequence = EF.Property<int?>(x.Decision, Seq), Hash = EF.Property<string?>(x.Decision, Hash) })
            .ToListAsync(ct);
        return tracked.Concat(stored.Select(s => (s.Sequence, s.Hash))).Where(x => x.Hash is not null).MaxBy(x => x.Sequence).Hash;
    }

    /// <summary>
    /// A decision removed from draft minutes (the only removal the domain allows) takes its place in the chain with it:
    /// the decisions after it, all in the same draft, are linked again from the entry before it.
    /// </summary>
    public static void RelinkAfterRemovedDecisions(SecretariatDbContext db)
    {
        var removed = db.ChangeTracker.Entries<MinutesDecision>().Where(e => e.State == EntityState.Deleted)
            .Where(e => e.Property(Seq).OriginalValue is not null).ToList();
        if (removed.Count == 0) return;
        foreach (var minutesEntry in db.ChangeTracker.Entries<Minutes>().ToList())
        {
            var minutes = minutesEntry.Entity;
            var itemIds = minutes.Items.Select(i => i.Id).ToHashSet();
            var gone = removed.Where(r => itemIds.Contains(r.Entity.MinutesItemId)).ToList();
            if (gone.Count == 0) continue;
            var first = gone.MinBy(g => (int)g.Property(Seq).OriginalValue!)!;
            var from = (int)first.Property(Seq).OriginalValue!;
            var previous = (string?)first.Property(Prev).OriginalValue;
            var after = minutes.Items.SelectMany(i => i.Decisions.Select(d => (Entry: db.Entry(d), Item: i)))
                .Where(x => x.Entry.State != EntityState.Deleted && x.Entry.Property(Seq).CurrentValue is int s && s > from)
                .OrderBy(x => (int)x.Entry.Property(Seq).CurrentValue!);
            foreach (var (entry, item) in after)
            {
                var hash = RecordChains.Link(previous, DecisionContent(minutes, item, entry.Entity, (int)entry.Property(Seq).CurrentValue!));
                Set(entry, false, (Prev, previous), (Hash, hash));
                previous = hash;
            }
        }
    }

    internal static string DecisionContent(Minutes minutes, MinutesItem item, MinutesDecision d, int sequence) =>
        RecordChains.DecisionContent(minutes.MeetingId, sequence, minutes.VersionNumber, item.Number, d.Text, d.Outcome.ToString(), d.ApplicationId);

    internal static string ApprovalContent(Minutes minutes, string? lastDecisionHash) =>
        RecordChains.ApprovalContent(minutes.MeetingId, minutes.VersionNumber, minutes.ApprovedOn ?? default, minutes.ApprovedBy,
            minutes.ApprovedAtMeetingId, lastDecisionHash);

    /// <summary>A meeting's decisions with the minutes version and item each sits in (the chain's owner is the meeting).</summary>
    internal static IQueryable<DecisionRow> DecisionsOf(SecretariatDbContext db, int? meetingId = null) =>
        from d in db.Set<MinutesDecision>().AsNoTracking()
        join i in db.Set<MinutesItem>() on d.MinutesItemId equals i.Id
        join m in db.Minutes on i.MinutesId equals m.Id
        where meetingId == null || m.MeetingId == meetingId
        select new DecisionRow { Decision = d, MinutesId = m.Id, MeetingId = m.MeetingId, VersionNumber = m.VersionNumber, ItemNumber = i.Number };

    private static Task WriteDecisionAsync(SecretariatDbContext db, int id, int sequence, string? previous, string hash, CancellationToken ct) =>
        db.Set<MinutesDecision>().Where(x => x.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => EF.Property<int?>(x, Seq), sequence)
            .SetProperty(x => EF.Property<string?>(x, Prev), previous)
            .SetProperty(x => EF.Property<string?>(x, Hash), hash), ct);

    /// <summary>Sets the links on the tracked entry; when <paramref name="written"/>, they are already stored and leave nothing to save.</summary>
    private static void Set(EntityEntry entry, bool written, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            var p = entry.Property(name);
            p.CurrentValue = value;
            if (!written) continue;
            p.OriginalValue = value;
            p.IsModified = false;
        }
    }
}

public sealed class DecisionRow
{
    public MinutesDecision Decision { get; init; } = null!;
    public int MinutesId { get; init; }
    public int MeetingId { get; init; }
    public int VersionNumber { get; init; }
    public string ItemNumber { get; init; } = "";
}
