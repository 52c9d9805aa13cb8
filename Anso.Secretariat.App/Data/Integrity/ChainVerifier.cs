using System.Globalization;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Data.Integrity;

/// <summary>The first entry of one chain that does not match: which table, whose chain, which entry, of what date, and how.</summary>
public sealed record ChainBreak(string Table, string Chain, long RowId, int? Position, DateOnly? Date, string Problem)
{
    public override string ToString() =>
        $"{Table}, {Chain}: entry {(Position is { } p ? $"#{p}" : "without a place")} (row {RowId}" +
        $"{(Date is { } d ? ", " + d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "")}) {Problem}.";
}

public sealed record IntegrityReport(int Chains, int Entries, IReadOnlyList<ChainBreak> Breaks)
{
    public bool IsIntact => Breaks.Count == 0;
}

/// <summary>
/// Walks every chain from its first entry (<see cref="RecordChains"/>) and reports, per chain, the first entry whose
/// content, place or link does not match: a row edited, removed, reordered or added in the database behind the
/// application's back. Reads only; the same definition of content as the appending side.
/// </summary>
public static class ChainVerifier
{
    public const string HistoryTable = "ApplicationHistory";
    public const string DecisionsTable = "MinutesDecision";
    public const string ApprovalsTable = "Minutes";

    public static async Task<IntegrityReport> VerifyAsync(SecretariatDbContext db, CancellationToken ct = default)
    {
        var breaks = new List<ChainBreak>();
        var (chains, entries) = (0, 0);
        var meetings = await db.Meetings.AsNoTracking().Select(m => new { m.Id, m.Body, m.Number, m.StartDate }).ToDictionaryAsync(m => m.Id, ct);
        string MeetingName(int id) => meetings.TryGetValue(id, out var m) ? $"meeting {id} ({Wording.MeetingTitle(m.Body, m.Number)})" : $"meeting {id}";
        DateOnly? MeetingDate(int id) => meetings.TryGetValue(id, out var m) ? m.StartDate : null;

        // History: one chain per application; its last entry must also say the state the application is in.
        var applications = await db.Applications.AsNoTracking().Select(a => new { a.Id, a.State, a.Organization.Name }).ToDictionaryAsync(a => a.Id, ct);
        var history = await db.ApplicationHistory.AsNoTracking()
            .Select(h => new { Row = h, Sequence = EF.Property<int?>(h, RecordChains.SequenceProperty),
                Previous = EF.Property<string?>(h, RecordChains.PreviousHashProperty), Hash = EF.Property<string?>(h, RecordChains.HashProperty) })
            .ToListAsync(ct);
        foreach (var chain in history.GroupBy(h => h.Row.ApplicationId).OrderBy(g => g.Key))
        {
            chains++;
            var name = applications.TryGetValue(chain.Key, out var a) ? $"application {chain.Key} ({a.Name})" : $"application {chain.Key}";
            var walk = new Walk(HistoryTable, name, gapless: true);
            foreach (var e in chain.OrderBy(e => e.Sequence ?? int.MaxValue).ThenBy(e => e.Row.Id))
            {
                entries++;
                var h = e.Row;
                var content = e.Sequence is { } s ? RecordChains.HistoryContent(s, h.FromState?.ToString(), h.ToState.ToString(),
                    h.Action?.ToString(), h.By, h.At, h.MeetingId, h.Note) : "";
                if (!walk.Next(h.Id, e.Sequence, DateOnly.FromDateTime(h.At.UtcDateTime), e.Previous, e.Hash, content)) break;
            }
            var last = chain.MaxBy(e => e.Sequence ?? int.MaxValue)!;
            if (walk.Break is null && a is not null && last.Row.ToState != a.State)
                walk.Fail(last.Row.Id, last.Sequence, DateOnly.FromDateTime(last.Row.At.UtcDateTime),
                    $"is the last of the history, but it leads to {last.Row.ToState} while the application is {a.State}: a later entry is missing");
            if (walk.Break is { } found) breaks.Add(found);
        }

        // Decisions: one chain per meeting, across the versions of its minutes.
        var decisions = await ChainLinker.DecisionsOf(db)
            .Select(x => new { x.Decision, x.MinutesId, x.MeetingId, x.VersionNumber, x.ItemNumber,
                Sequence = EF.Property<int?>(x.Decision, RecordChains.SequenceProperty),
                Previous = EF.Property<string?>(x.Decision, RecordChains.PreviousHashProperty), Hash = EF.Property<string?>(x.Decision, RecordChains.HashProperty) })
            .ToListAsync(ct);
        foreach (var chain in decisions.GroupBy(d => d.MeetingId).OrderBy(g => g.Key))
        {
            chains++;
            var walk = new Walk(DecisionsTable, MeetingName(chain.Key));
            foreach (var e in chain.OrderBy(e => e.Sequence ?? int.MaxValue).ThenBy(e => e.Decision.Id))
            {
                entries++;
                var content = e.Sequence is { } s ? RecordChains.DecisionContent(e.MeetingId, s, e.VersionNumber, e.ItemNumber, e.Decision.Text,
                    e.Decision.Outcome.ToString(), e.Decision.ApplicationId) : "";
                if (!walk.Next(e.Decision.Id, e.Sequence, MeetingDate(e.MeetingId), e.Previous, e.Hash, content)) break;
            }
            if (walk.Break is { } found) breaks.Add(found);
        }

        // Approvals: one chain per meeting, in version order; each seals the last decision of its version.
        var lastDecisionOf = decisions.Where(d => d.Sequence is not null).GroupBy(d => d.MinutesId)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Sequence)!.Hash);
        var minutes = await db.Minutes.AsNoTracking()
            .Select(m => new { Row = m, Previous = EF.Property<string?>(m, RecordChains.ApprovalPreviousHashProperty),
                Hash = EF.Property<string?>(m, RecordChains.ApprovalHashProperty) })
            .Where(m => m.Row.Status == MinutesStatus.Approved || m.Hash != null)
            .ToListAsync(ct);
        foreach (var chain in minutes.GroupBy(m => m.Row.MeetingId).OrderBy(g => g.Key))
        {
            chains++;
            var walk = new Walk(ApprovalsTable, MeetingName(chain.Key));
            foreach (var e in chain.OrderBy(e => e.Row.VersionNumber))
            {
                entries++;
                var m = e.Row;
                if (m.Status != MinutesStatus.Approved)
                {
                    walk.Fail(m.Id, m.VersionNumber, m.ApprovedOn, $"(version {m.VersionNumber}) was approved, but now says {m.Status}");
                    break;
                }
                var content = ChainLinker.ApprovalContent(m, lastDecisionOf.GetValueOrDefault(m.Id));
                if (!walk.Next(m.Id, m.VersionNumber, m.ApprovedOn, e.Previous, e.Hash, content)) break;
            }
            if (walk.Break is { } found) breaks.Add(found);
        }
        return new IntegrityReport(chains, entries, breaks);
    }

    /// <summary>
    /// One chain's walk: the place, the link and the content of each entry, in chain order. A history is gapless and
    /// stored in its order; the decisions of draft minutes can be removed (their successors are relinked), so a decision
    /// chain only has to keep its order; the approvals are placed by their version number.
    /// </summary>
    private sealed class Walk(string table, string chain, bool gapless = false)
    {
        private int _position;
        private long _lastRow = long.MinValue;
        private string? _previous;

        public ChainBreak? Break { get; private set; }

        public bool Next(long row, int? position, DateOnly? date, string? previous, string? hash, string content)
        {
            if (hash is null || position is null)
                return Fail(row, position, date, "has no hash: it was not written by the application");
            if (position <= _position || (gapless && row < _lastRow))
                return Fail(row, position, date, "is out of its place: the entries were reordered");
            if (gapless && position > _position + 1)
                return Fail(row, position, date, position == _position + 2
                    ? $"follows a gap: entry #{_position + 1} is missing"
                    : $"follows a gap: entries #{_position + 1} to #{position - 1} are missing");
            if (previous != _previous)
                return Fail(row, position, date, "does not link to the entry before it: an entry before it was removed, replaced or reordered");
            if (RecordChains.Link(previous, content) != hash)
                return Fail(row, position, date, "does not match its hash: its content was changed");
            _previous = hash;
            _lastRow = row;
            _position = position.Value;
            return true;
        }

        public bool Fail(long row, int? position, DateOnly? date, string problem)
        {
            Break ??= new ChainBreak(table, chain, row, position, date, problem);
            return false;
        }
    }
}
