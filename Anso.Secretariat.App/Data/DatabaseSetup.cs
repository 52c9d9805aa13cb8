using Anso.Secretariat.App.Data.Integrity;
using Anso.Secretariat.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anso.Secretariat.App.Data;

public static class DatabaseSetup
{
    public const string DefaultConnectionString = DatabaseTarget.DefaultSqliteConnectionString;

    /// <summary>The SQLite database of a connection string (tests, benchmarks): see <see cref="DatabaseTarget.Configure"/>.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        DatabaseTarget.Sqlite(connectionString).Configure(options);

    public static IServiceCollection AddSecretariatDatabase(this IServiceCollection services, DatabaseTarget database) =>
        services.AddSingleton(database).AddDbContextFactory<SecretariatDbContext>(database.Configure);

    /// <summary>
    /// Checks that the database is one the app can use (on SQLite: a sound file it can write), brings the schema up to date
    /// and, on an empty database, loads the demo data when asked to. A database that cannot be used throws
    /// <see cref="DatabaseUnavailableException"/>.
    /// </summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, bool seedDemoData)
    {
        var phases = new StartUpPhases(services);
        var factory = services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        phases.Done("context");
        if (db.Database.IsSqlite())
        {
            var path = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
            try
            {
                // On a plain connection first, so that a bad file is reported in one line and EF logs no failed command.
                DatabaseProblems.EnsureUsable(db.Database.GetConnectionString()!, path);
                phases.Done("usable check");
                await MigrateAndLinkChainsAsync(db, phases);
            }
            catch (Exception e) when (DatabaseProblems.Describe(e, path) is { } problem)
            {
                throw problem;
            }
        }
        else
        {
            try
            {
                await MigrateAndLinkChainsAsync(db, phases);
            }
            catch (NpgsqlException e)
            {
                throw DatabaseProblems.PostgreSqlUnavailable(DatabaseTarget.PostgreSql(db.Database.GetConnectionString()!), e);
            }
        }
        // A database in use has organizations, and they have their categories: one query, and nothing to seed.
        var inUse = await db.Organizations.AnyAsync();
        phases.Done("seed check (first query)");
        if (inUse)
        {
            await QueryStatistics.RefreshAsync(db);
            phases.Done("optimize");
            return;
        }
        await ReferenceData.EnsureCategoriesAsync(db);
        phases.Done("categories");
        if (seedDemoData) await DemoData.SeedAsync(db, services.GetRequiredService<SecretariatTime>());
        phases.Done("demo data");
        await QueryStatistics.RefreshAsync(db);
        phases.Done("optimize");
    }

    /// <summary>
    /// Brings the schema up to date; the migration that adds the hash chains also links the records already there, and the
    /// one that changed how names are normalized works out the stored keys again. A database already up to date is not
    /// given to <c>MigrateAsync</c>: besides reading the history, it builds the model a second time with the design-time
    /// conventions, and the last migration's snapshot, to compare them (about half a second of CPU on every start, for a
    /// check that <c>Data/MigrationsTests</c> makes once).
    /// </summary>
    private static async Task MigrateAndLinkChainsAsync(SecretariatDbContext db, StartUpPhases phases)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        phases.Done("pending migrations");
        if (pending.Count == 0) return;
        var linkOlderRecords = ChainBackfill.IsPending(pending);
        var refreshNameKeys = pending.Any(m => m.EndsWith("_" + NameRules.KeysChangedInMigration, StringComparison.Ordinal));
        await db.Database.MigrateAsync();
        phases.Done($"migrate ({pending.Count} to apply)");
        if (linkOlderRecords) await ChainBackfill.RunAsync(db);
        if (refreshNameKeys) await NameRules.RefreshKeysAsync(db);
    }
}
