using Anso.Secretariat.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Data;

public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/secretariat.db";

    /// <summary>Reads ConnectionStrings:Secretariat, turns foreign keys on and creates the database's folder when missing.</summary>
    public static string ResolveConnectionString(IConfiguration configuration)
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Secretariat") ?? DefaultConnectionString)
        {
            ForeignKeys = true,
        };
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        try
        {
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DatabaseProblems.FolderCannotBeCreated(folder!, e);
        }
        return builder.ToString();
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString)
            .AddInterceptors(SqliteConnectionSetup.Instance, new VersioningInterceptor(), new TextLimitInterceptor());

    public static IServiceCollection AddSecretariatDatabase(this IServiceCollection services, string connectionString) =>
        services.AddDbContextFactory<SecretariatDbContext>(o => Configure(o, connectionString));

    /// <summary>
    /// Checks that the file is a sound SQLite database the app can write, brings the schema up to date and, on an empty
    /// database, loads the demo data when asked to. A file that cannot be used throws <see cref="DatabaseUnavailableException"/>.
    /// </summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, bool seedDemoData)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        try
        {
            // On a plain connection first, so that a bad file is reported in one line and EF logs no failed command.
            DatabaseProblems.EnsureUsable(db.Database.GetConnectionString()!, path);
            await db.Database.MigrateAsync();
        }
        catch (Exception e) when (DatabaseProblems.Describe(e, path) is { } problem)
        {
            throw problem;
        }
        await ReferenceData.EnsureCategoriesAsync(db);
        if (seedDemoData && !await db.Organizations.AnyAsync())
            await DemoData.SeedAsync(db, services.GetRequiredService<SecretariatTime>());
        await QueryStatistics.RefreshAsync(db);
    }
}
