using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// What the model needs on one engine and not the other. The entity configurations (Data/Configurations) are the same on
/// both; each engine's migrations are generated from the model as built here (<see cref="ProviderMigrations"/>).
/// <list type="bullet">
/// <item>Names: on SQLite the <see cref="NameRules.Collation"/> collation is registered on every connection; on PostgreSQL
/// it is an ICU collation that ignores case and accents (<c>und-u-ks-level1</c>, nondeterministic), which the migration
/// creates (<c>HasCollation</c>).</item>
/// <item>Moments: PostgreSQL's <c>timestamptz</c> holds UTC only, so a <see cref="DateTimeOffset"/> is stored as its UTC
/// instant (the same moment; it reads back with offset 0). SQLite keeps the offset as written. <see cref="DateOnly"/> is
/// <c>date</c> on PostgreSQL and ISO text on SQLite.</item>
/// </list>
/// </summary>
public static class EngineDifferences
{
    public static void Apply(ModelBuilder builder, DatabaseFacade database)
    {
        if (database.IsNpgsql())
            builder.HasCollation(NameRules.Collation, locale: NameRules.PostgreSqlLocale, provider: "icu", deterministic: false);
    }

    public static void Apply(ModelConfigurationBuilder conventions, DatabaseFacade database)
    {
        if (!database.IsNpgsql()) return;
        conventions.Properties<DateTimeOffset>().HaveConversion<UtcInstant>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<UtcInstant>();
    }

    /// <summary>The same moment, at offset 0. Internal because the PostgreSQL compiled model (Data/CompiledModels) creates it.</summary>
    internal sealed class UtcInstant() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
