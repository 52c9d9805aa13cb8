using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// How the database compares organization names, and the one place that knows it is SQLite. SQLite compares text by
/// bytes, so names are sorted with a collation that compares as <see cref="TextMatching.CompareAsRead"/> does, and the
/// normalized name (<see cref="OrganizationNames.Key"/>) is a function the <c>NormalizedNames</c> migration fills the
/// column with. Both are registered on every connection the app opens (<see cref="SqliteConnectionSetup"/>); a tool that
/// opens the file without them can read it, but cannot sort by name or VACUUM: call <see cref="Register"/> first.
/// </summary>
public static class NameRules
{
    /// <summary>The collation of organization names (Data/Configurations: <c>UseCollation</c>).</summary>
    public const string Collation = "NAME_AS_READ";

    /// <summary>The SQL function that gives a name's normalized form, for the migration that fills existing rows.</summary>
    public const string KeyFunction = "organization_name_key";

    public static void Register(SqliteConnection connection)
    {
        connection.CreateCollation(Collation, (x, y) => TextMatching.CompareAsRead(x, y));
        connection.CreateFunction(KeyFunction, (string? name) => OrganizationNames.Key(name), isDeterministic: true);
    }

    /// <summary>A save refused by the unique index on the normalized name and country (another organization has that name).</summary>
    public static bool IsDuplicateOrganizationName(this DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 19 } sqlite
        && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal)
        && sqlite.Message.Contains("Organizations.NameKey", StringComparison.Ordinal);
}
