using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// How the database compares organization names, and the one place that knows it is SQLite. SQLite compares text by
/// bytes, so names are sorted with a collation that compares as <see cref="TextMatching.CompareAsRead"/> does, and the
/// normalized name (<see cref="OrganizationNames.Key"/>) is a function the <c>NormalizedNames</c> migration fills the
/// column with. Both are registered on every connection the app opens (<see cref="SqliteConnectionSetup"/>); a tool that
/// opens the file without them can read it, but cannot sort by name or VACUUM: call <see cref="Register"/> first.
/// On PostgreSQL the collation of the same name is ICU's root collation at primary strength (<see cref="PostgreSqlLocale"/>:
/// case and accents ignored, "İstanbul" sorts under I), created by the PostgreSQL migrations (<see cref="EngineDifferences"/>).
/// It is nondeterministic, and PostgreSQL 15 cannot LIKE on such a column: searches use the normalized name
/// (<c>NameKey</c>), computed in C#, on both engines.
/// </summary>
public static class NameRules
{
    /// <summary>The collation of organization names (Data/Configurations: <c>UseCollation</c>).</summary>
    public const string Collation = "NAME_AS_READ";

    /// <summary>The SQL function that gives a name's normalized form, for the migration that fills existing rows.</summary>
    public const string KeyFunction = "organization_name_key";

    /// <summary>The ICU locale of the collation on PostgreSQL: the root collation, comparing base letters only.</summary>
    public const string PostgreSqlLocale = "und-u-ks-level1";

    /// <summary>The unique index on the normalized name and country.</summary>
    public const string UniqueNameIndex = "IX_Organizations_NameKey_CountryCode";

    /// <summary>The unique index on the normalized name in the organization's own script and country.</summary>
    public const string UniqueNativeNameIndex = "IX_Organizations_NativeNameKey_CountryCode";

    public static void Register(SqliteConnection connection)
    {
        connection.CreateCollation(Collation, (x, y) => TextMatching.CompareAsRead(x, y));
        connection.CreateFunction(KeyFunction, (string? name) => OrganizationNames.Key(name), isDeterministic: true);
    }

    /// <summary>The migration after which the stored normalized names are worked out again (<see cref="RefreshKeysAsync"/>).</summary>
    public const string KeysChangedInMigration = "NamesInOwnScript";

    /// <summary>
    /// Works out the stored normalized names again after the normalization changed (the marks of non-Latin scripts are now
    /// kept): once, at the start-up that applies <see cref="KeysChangedInMigration"/>, in C# so that both engines get the
    /// domain's own keys. Keys that only changed form, not meaning, so no two organizations come to share one. A copy kept
    /// by the NormalizedNames migration (its key ends in " #id") keeps its key.
    /// </summary>
    public static async Task RefreshKeysAsync(SecretariatDbContext db, CancellationToken ct = default)
    {
        var stored = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name, o.NameKey }).ToListAsync(ct);
        foreach (var o in stored.Where(o => !o.NameKey.Contains(" #", StringComparison.Ordinal)))
        {
            var key = OrganizationNames.Key(o.Name);
            if (key != o.NameKey)
                await db.Organizations.Where(x => x.Id == o.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.NameKey, key), ct);
        }
    }

    /// <summary>A save refused by a unique index on a normalized name and country (another organization has that name).</summary>
    public static bool IsDuplicateOrganizationName(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19 } sqlite => sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal)
            && (sqlite.Message.Contains("Organizations.NameKey", StringComparison.Ordinal)
                || sqlite.Message.Contains("Organizations.NativeNameKey", StringComparison.Ordinal)),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg => pg.ConstraintName is UniqueNameIndex or UniqueNativeNameIndex,
        _ => false,
    };
}
