using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anso.Secretariat.App.Data;

/// <summary>What a stale save was about, as the conflict message names it ("this meeting").</summary>
public enum StaleRecord { Application, Meeting, Organization, Minutes }

/// <summary>
/// Optimistic concurrency for the services, in one place: compare against the version the user saw, and turn a stale
/// save into the one conflict message, which names who changed the record and asks for Reload (RefusalAlert offers it).
/// </summary>
public static class StaleSaves
{
    /// <summary>Makes the save compare the aggregate's Version with the one the user loaded, not the one just read.</summary>
    public static void ExpectVersion(this SecretariatDbContext db, object aggregate, int versionSeen) =>
        db.Entry(aggregate).Property(VersioningInterceptor.VersionProperty).OriginalValue = versionSeen;

    /// <summary>
    /// Saves the changes <paramref name="by"/> made, or refuses with the conflict message when someone else saved
    /// <paramref name="what"/> first.
    /// </summary>
    public static async Task SaveOrRefuseStaleAsync(this SecretariatDbContext db, StaleRecord what, string by, CancellationToken ct = default)
    {
        db.ChangedBy = by;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var entry = ex.Entries.FirstOrDefault(e => e.Metadata.FindProperty(VersioningInterceptor.VersionProperty) is not null)
                ?? ex.Entries.FirstOrDefault();
            var now = entry is null ? null : await entry.GetDatabaseValuesAsync(ct);
            if (entry is not null && now is null) throw new ConcurrencyConflictException(ServiceRefusal.RemovedMeanwhile, what);
            var who = entry?.Metadata.FindProperty(VersioningInterceptor.LastChangedByProperty) is { } p ? now![p] as string : null;
            throw Conflict(what, who);
        }
    }

    /// <summary>The conflict: who changed what, and that Reload shows their change.</summary>
    public static ConcurrencyConflictException Conflict(StaleRecord what, string? who) => string.IsNullOrWhiteSpace(who)
        ? new(ServiceRefusal.ChangedBySomeoneElse, what)
        : new(ServiceRefusal.ChangedMeanwhile, who, what);

    /// <summary>
    /// Whether a save lost a race to another that inserted the same unique key first (SQLite: SQLITE_CONSTRAINT_UNIQUE or
    /// _PRIMARYKEY; PostgreSQL: unique_violation, 23505). The service then loads what won and changes it, instead of showing
    /// the database's error.
    /// </summary>
    public static bool IsUniqueKeyRace(this DbUpdateException ex) =>
        ex.InnerException is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 }
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
