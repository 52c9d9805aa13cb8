using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// What <c>dotnet ef</c> uses to build the model, so that adding a migration does not start the app (which would migrate,
/// seed and create <c>data/</c>). The connection is never opened for <c>migrations add</c>. SQLite unless the environment
/// says <c>Database__Provider=PostgreSql</c> (or the arguments after <c>--</c>, <c>--provider PostgreSql</c>): the README
/// gives the command for each migration set.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SecretariatDbContext>
{
    /// <summary>A connection string that is never opened: it only tells Npgsql which server version to write SQL for.</summary>
    public const string PostgreSqlDesignTimeConnectionString = "Host=localhost;Database=secretariat;Username=secretariat";

    public SecretariatDbContext CreateDbContext(string[] args)
    {
        var at = Array.FindIndex(args, a => a is "--provider" or "--Database:Provider");
        var provider = DatabaseTarget.ParseProvider(at >= 0 && at + 1 < args.Length ? args[at + 1] : Environment.GetEnvironmentVariable("Database__Provider"));
        var database = provider == DatabaseProvider.PostgreSql
            ? DatabaseTarget.PostgreSql(PostgreSqlDesignTimeConnectionString)
            : DatabaseTarget.Sqlite(DatabaseSetup.DefaultConnectionString);
        var options = new DbContextOptionsBuilder<SecretariatDbContext>();
        // The tools build the model from the configurations: a compiled model may be the one being regenerated, or behind a
        // change that a new migration is for.
        database.Configure(options, compiledModel: false);
        return new SecretariatDbContext(options.Options);
    }
}
