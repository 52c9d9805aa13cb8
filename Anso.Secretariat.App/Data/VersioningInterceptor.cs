using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// Bumps the optimistic concurrency token of every changed aggregate. EF puts the old value in the
/// UPDATE's WHERE clause, so a save based on a stale copy updates no row and is refused.
/// </summary>
public sealed class VersioningInterceptor : SaveChangesInterceptor
{
    public const string VersionProperty = "Version";

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
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified) continue;
            if (entry.Metadata.FindProperty(VersionProperty) is null) continue;
            var version = entry.Property(VersionProperty);
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
