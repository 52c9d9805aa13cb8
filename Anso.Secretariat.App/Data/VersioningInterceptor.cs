using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// Bumps the optimistic concurrency token of every changed aggregate. EF puts the old value in the UPDATE's WHERE
/// clause, so a save based on a stale copy updates no row and is refused. A change to a child (an agenda item or a
/// participant of a meeting, a paper of an item, an entry of the minutes, a representative of an organization) bumps the
/// aggregate it belongs to, so two people editing different parts of one meeting cannot overwrite each other unknowingly.
/// Each bumped aggregate is stamped with who changed it (<see cref="SecretariatDbContext.ChangedBy"/>), for the conflict
/// message (<see cref="StaleSaves"/>).
/// </summary>
public sealed class VersioningInterceptor : SaveChangesInterceptor
{
    public const string VersionProperty = "Version";
    public const string LastChangedByProperty = "LastChangedBy";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BumpVersions(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        BumpVersions(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void BumpVersions(DbContext? context)
    {
        if (context is null) return;
        var entries = context.ChangeTracker.Entries().ToList(); // detects changes first
        var aggregates = new HashSet<EntityEntry>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (AggregateOf(entry, entries, depth: 0) is { State: EntityState.Modified or EntityState.Unchanged } aggregate)
                aggregates.Add(aggregate);
        }
        var changedBy = (context as SecretariatDbContext)?.ChangedBy;
        foreach (var aggregate in aggregates)
        {
            var version = aggregate.Property(VersionProperty);
            version.CurrentValue = (int)version.OriginalValue! + 1;
            if (aggregate.Metadata.FindProperty(LastChangedByProperty) is not { } lastChangedBy) continue;
            // A save that does not say who made it leaves "who" unknown rather than naming the previous person (an
            // aggregate that keeps the name itself, as the minutes do, has already set it).
            if (changedBy is not null) aggregate.Property(LastChangedByProperty).CurrentValue = changedBy;
            else if (lastChangedBy.IsShadowProperty()) aggregate.Property(LastChangedByProperty).CurrentValue = null;
        }
    }

    /// <summary>The versioned entry that <paramref name="entry"/> is, or belongs to through its parent's collection; null when none is tracked.</summary>
    private static EntityEntry? AggregateOf(EntityEntry entry, IReadOnlyList<EntityEntry> tracked, int depth)
    {
        if (entry.Metadata.FindProperty(VersionProperty) is not null) return entry;
        if (depth > 4) return null;
        foreach (var key in entry.Metadata.GetForeignKeys())
        {
            // Only the parent that holds this entity in its own collection (or reference) is its aggregate.
            if (key.PrincipalToDependent is null) continue;
            var values = key.Properties.Select(p => entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue).ToList();
            if (values.Any(v => v is null)) continue;
            var parent = tracked.FirstOrDefault(e => key.PrincipalEntityType.IsAssignableFrom(e.Metadata)
                && key.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(values));
            if (parent is not null && AggregateOf(parent, tracked, depth + 1) is { } aggregate) return aggregate;
        }
        return null;
    }
}
