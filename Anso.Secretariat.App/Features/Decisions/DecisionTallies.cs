using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MeetingMinutes = Anso.Secretariat.Domain.Meetings.Minutes;

namespace Anso.Secretariat.App.Features.Decisions;

/// <summary>
/// Keeps the <see cref="DecisionTally"/> rows of every meeting a save touches: history steps that decide at a meeting,
/// minutes started, circulated, approved or corrected, decisions added or removed. <see cref="SecretariatDbContext"/>
/// collects the meetings before each save and counts their rows again from the base tables after it, in the same
/// transaction: whichever service writes, the tallies are what a count of the tables would give (one rule in one place).
/// Writes that bypass the context (raw SQL, as some tests' fixtures do) call <see cref="RefreshAsync"/> themselves.
/// </summary>
public static class DecisionTallies
{
    /// <summary>The meetings a save changes the tallies of; some known only once the save gave new rows their keys.</summary>
    public sealed class Touched
    {
        private readonly HashSet<int> _meetingIds = [];
        private readonly HashSet<object> _readAfterSave = new(ReferenceEqualityComparer.Instance);

        public bool IsEmpty => _meetingIds.Count == 0 && _readAfterSave.Count == 0;

        internal void Add(int? meetingId)
        {
            if (meetingId is > 0) _meetingIds.Add(meetingId.Value);
        }

        internal void AddAfterSave(MeetingMinutes minutes) => _readAfterSave.Add(minutes);
        internal void AddAfterSave(ApplicationHistoryEntry entry) => _readAfterSave.Add(entry);

        /// <summary>Call after the save: a new minutes or history step then carries its meeting's key.</summary>
        public IReadOnlyCollection<int> MeetingIds()
        {
            foreach (var o in _readAfterSave)
                Add(o switch { MeetingMinutes m => m.MeetingId, ApplicationHistoryEntry h => h.MeetingId, _ => null });
            return _meetingIds;
        }
    }

    /// <summary>Before a save: the meetings whose tallies its changes touch (detects changes first).</summary>
    public static async Task<Touched> TouchedByAsync(SecretariatDbContext db, CancellationToken ct)
    {
        var touched = new Touched();
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is ApplicationHistoryEntry or MeetingMinutes or MinutesItem or MinutesDecision)
            .ToList();
        if (changed.Count == 0) return touched;

        // A changed item or decision belongs to minutes the service loaded (the aggregate); a removed decision is no longer
        // in its item's list, but its item still is.
        var minutesOfItem = new Dictionary<int, MeetingMinutes>();
        var minutesOf = new Dictionary<object, MeetingMinutes>(ReferenceEqualityComparer.Instance);
        foreach (var minutes in db.ChangeTracker.Entries<MeetingMinutes>().Select(e => e.Entity))
            foreach (var item in minutes.Items)
            {
                minutesOf[item] = minutes;
                if (item.Id > 0) minutesOfItem[item.Id] = minutes;
                foreach (var decision in item.Decisions) minutesOf[decision] = minutes;
            }
        var minutesIds = new HashSet<int>();
        var itemIds = new HashSet<int>();
        foreach (var entry in changed)
        {
            switch (entry.Entity)
            {
                case ApplicationHistoryEntry h when Decides(entry):
                    if (entry.State == EntityState.Added) touched.AddAfterSave(h);
                    else touched.Add((int?)entry.Property(nameof(h.MeetingId)).OriginalValue);
                    touched.Add(h.MeetingId);
                    break;
                case MeetingMinutes m:
                    touched.AddAfterSave(m);
                    break;
                case MinutesItem or MinutesDecision when minutesOf.TryGetValue(entry.Entity, out var owner):
                    touched.AddAfterSave(owner);
                    break;
                case MinutesItem:
                    minutesIds.Add((int)entry.Property(nameof(MinutesItem.MinutesId)).OriginalValue!);
                    break;
                case MinutesDecision:
                    var itemId = (int)entry.Property(nameof(MinutesDecision.MinutesItemId)).OriginalValue!;
                    if (minutesOfItem.TryGetValue(itemId, out var minutesOfRemoved)) touched.AddAfterSave(minutesOfRemoved);
                    else itemIds.Add(itemId);
                    break;
            }
        }
        // Children saved without their minutes loaded: their meetings from the database (rows that exist: no temporary keys).
        if (itemIds.Count > 0)
            minutesIds.UnionWith(await db.Set<MinutesItem>().AsNoTracking().Where(i => itemIds.Contains(i.Id)).Select(i => i.MinutesId).ToListAsync(ct));
        if (minutesIds.Count > 0)
            foreach (var id in await db.Minutes.AsNoTracking().Where(m => minutesIds.Contains(m.Id)).Select(m => m.MeetingId).ToListAsync(ct))
                touched.Add(id);
        return touched;
    }

    private static bool Decides(EntityEntry entry)
    {
        var action = entry.Property(nameof(ApplicationHistoryEntry.Action));
        return IsDeciding(action.CurrentValue) || (entry.State != EntityState.Added && IsDeciding(action.OriginalValue));

        static bool IsDeciding(object? action) => action is ApplicationAction a && DecisionOutcomes.OfAction(a) is not null;
    }

    /// <summary>Counts the tallies of these meetings again from the minutes and the history (in the caller's transaction, if any).</summary>
    public static async Task RefreshAsync(SecretariatDbContext db, IReadOnlyCollection<int> meetingIds, CancellationToken ct = default)
    {
        if (meetingIds.Count == 0) return;
        // The ids are integers, written into the SQL as digits: nothing a user typed reaches it, and one statement serves any count.
        var inMeetings = $"IN ({string.Join(", ", meetingIds.Order())})";
        var delete = $"""DELETE FROM "DecisionTallies" WHERE "MeetingId" {inMeetings}""";
        await db.Database.ExecuteSqlRawAsync(delete, ct);
        await db.Database.ExecuteSqlRawAsync(CountSql(inMeetings), ct);
    }

    /// <summary>
    /// The INSERT that counts the tallies of the meetings whose id matches <paramref name="meetings"/> ("IN (1, 2)"). The
    /// same text runs on SQLite and PostgreSQL. A history step is carried by the minutes when a decision of the meeting's
    /// current minutes names its application, as the register pairs them.
    /// </summary>
    public static string CountSql(string meetings)
    {
        var outcomeOfAction = string.Join(" ", DecisionOutcomes.DecidingActions.Select(a => $"WHEN '{a}' THEN '{DecisionOutcomes.OfAction(a)}'"));
        var deciding = string.Join(", ", DecisionOutcomes.DecidingActions.Select(a => $"'{a}'"));
        const string draft = nameof(MinutesStatus.Draft);
        return $"""
            INSERT INTO "DecisionTallies" ("MeetingId", "Outcome", "InDraftMinutes", "InCirculatedMinutes", "OnlyInHistory", "NotInCirculatedMinutes")
            SELECT "MeetingId", "Outcome", SUM("InDraft"), SUM("InCirculated"), SUM("OnlyInHistory"), SUM("NotInCirculated")
            FROM (
                SELECT m."MeetingId", d."Outcome",
                    CASE WHEN m."Status" = '{draft}' THEN 1 ELSE 0 END AS "InDraft",
                    CASE WHEN m."Status" = '{draft}' THEN 0 ELSE 1 END AS "InCirculated",
                    0 AS "OnlyInHistory", 0 AS "NotInCirculated"
                FROM "Minutes" m
                JOIN "MinutesItem" i ON i."MinutesId" = m."Id"
                JOIN "MinutesDecision" d ON d."MinutesItemId" = i."Id"
                WHERE NOT m."IsSuperseded" AND m."MeetingId" {meetings}
                UNION ALL
                SELECT h."MeetingId", CASE h."Action" {outcomeOfAction} END, 0, 0,
                    CASE WHEN EXISTS ({CarriedBy("h", "")}) THEN 0 ELSE 1 END,
                    CASE WHEN EXISTS ({CarriedBy("h", $"""AND m."Status" <> '{draft}'""")}) THEN 0 ELSE 1 END
                FROM "ApplicationHistory" h
                WHERE h."MeetingId" {meetings} AND h."Action" IN ({deciding})
            ) x
            GROUP BY "MeetingId", "Outcome"
            """;
    }

    private static string CarriedBy(string history, string andMinutes) => $"""
        SELECT 1 FROM "Minutes" m
        JOIN "MinutesItem" i ON i."MinutesId" = m."Id"
        JOIN "MinutesDecision" d ON d."MinutesItemId" = i."Id"
        WHERE NOT m."IsSuperseded" {andMinutes} AND m."MeetingId" = {history}."MeetingId" AND d."ApplicationId" = {history}."ApplicationId"
        """;
}
