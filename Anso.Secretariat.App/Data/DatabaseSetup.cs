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
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        return builder.ToString();
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString)
            .AddInterceptors(new VersioningInterceptor(), new TextLimitInterceptor());

    public static IServiceCollection AddSecretariatDatabase(this IServiceCollection services, string connectionString) =>
        services.AddDbContextFactory<SecretariatDbContext>(o => Configure(o, connectionString));

    /// <summary>Brings the schema up to date and, on an empty database, loads the demo data when asked to.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, bool seedDemoData)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        await ReferenceData.EnsureCategoriesAsync(db);
        if (seedDemoData && !await db.Organizations.AnyAsync())
            await DemoData.SeedAsync(db, services.GetRequiredService<SecretariatTime>());
    }
}
