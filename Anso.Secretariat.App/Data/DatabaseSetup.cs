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
    /// <remarks>
    /// On SQLite the check (<c>quick_check</c> reads the whole file) runs on its own connection beside EF's first reads
    /// (the migrations history, the seed check), which write nothing: on 2 cores the two take the time of the longer.
    /// Nothing is written (migrations, seeding, statistics, accounts, keys) until the check has passed, and a problem it
    /// finds is the one reported, whatever the reads ran into.
    /// </remarks>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, bool seedDemoData)
    {
        var phases = new StartUpPhases(services);
        var factory = services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        phases.Done("context");
        bool inUse;
        if (db.Database.IsSqlite())
        {
            var connectionString = db.Database.GetConnectionString()!;
            var path = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
            try
            {
                // On a plain connection, so that a bad file is reported in one line and EF logs no failed command.
                var usable = Task.Run(() => DatabaseProblems.EnsureUsable(connectionString, path));
                inUse = await PrepareSchemaAsync(db, phases, beforeWriting: usable);
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
                inUse = await PrepareSchemaAsync(db, phases, beforeWriting: Task.CompletedTask);
            }
            catch (NpgsqlException e)
            {
                throw DatabaseProblems.PostgreSqlUnavailable(DatabaseTarget.PostgreSql(db.Database.GetConnectionString()!), e);
            }
        }
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
    /// Reads what the schema lacks and whether the database is in use, waits for <paramref name="beforeWriting"/> (the
    /// usable check), then migrates if needed. Returns whether the database is in use: a database in use has
    /// organizations, and they have their categories, so one query says there is nothing to seed.
    /// </summary>
    private static async Task<bool> PrepareSchemaAsync(SecretariatDbContext db, StartUpPhases phases, Task beforeWriting)
    {
        List<string> pending;
        bool inUse;
        try
        {
            pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            phases.Done("pending migrations");
            inUse = pending.Count == 0 && await db.Organizations.AnyAsync();
            phases.Done("seed check (first query)");
        }
        finally
        {
            // Awaited even when a read failed: a damaged file is then reported as such, not by the read that met it.
            await beforeWriting;
            phases.Done("usable check (beside the reads)");
        }
        if (pending.Count == 0) return inUse;
        await MigrateAndLinkChainsAsync(db, pending);
        phases.Done($"migrate ({pending.Count} to apply)");
        inUse = await db.Organizations.AnyAsync();
        phases.Done("seed check (first query)");
        return inUse;
    }

    /// <summary>
    /// Brings the schema up to date; the migration that adds the hash chains also links the records already there, and the
    /// one that changed how names are normalized works out the stored keys again. A database already up to date is not
    /// given to <c>MigrateAsync</c>, which would take the migrations lock and read the history again; the comparison of
    /// the model with the last migration's snapshot that it would also make is switched off
    /// (<see cref="DatabaseTarget.Configure(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder)"/>): <c>Data/MigrationsTests</c> makes it once.
    /// </summary>
    private static async Task MigrateAndLinkChainsAsync(SecretariatDbContext db, List<string> pending)
    {
        var linkOlderRecords = ChainBackfill.IsPending(pending);
        var refreshNameKeys = pending.Any(m => m.EndsWith("_" + NameRules.KeysChangedInMigration, StringComparison.Ordinal));
        await db.Database.MigrateAsync();
        if (linkOlderRecords) await ChainBackfill.RunAsync(db);
        if (refreshNameKeys) await NameRules.RefreshKeysAsync(db);
    }
}
