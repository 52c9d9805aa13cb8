using Anso.Secretariat.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Data;

/// <summary>Optimistic concurrency for the services: compare against the version the user saw, refuse a stale save.</summary>
public static class StaleSaves
{
    /// <summary>Makes the save compare the aggregate's Version with the one the user loaded, not the one just read.</summary>
    public static void ExpectVersion(this SecretariatDbContext db, object aggregate, int versionSeen) =>
        db.Entry(aggregate).Property(VersioningInterceptor.VersionProperty).OriginalValue = versionSeen;

    /// <summary>Saves, or refuses with a message for the user when someone else saved <paramref name="what"/> first.</summary>
    public static async Task SaveOrRefuseStaleAsync(this SecretariatDbContext db, string what)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(
                $"Someone else changed {what} after you opened it, so your change was not saved. Reload to see their change, then try again.");
        }
    }
}
