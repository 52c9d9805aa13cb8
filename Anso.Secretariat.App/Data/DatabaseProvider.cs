using Anso.Secretariat.App.Data.Integrity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Anso.Secretariat.App.Data;

/// <summary>The database engines the app runs on: <c>Database:Provider</c>, SQLite unless configured otherwise.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Which engine and which database (<c>Database:Provider</c> and <c>ConnectionStrings:Secretariat</c>), and how EF is set up
/// for it: the one place the app, the design-time factory, the backup verbs and the tests choose an engine.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderSetting = "Database:Provider";
    public const string DefaultSqliteConnectionString = "Data Source=data/secretariat.db";

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    public static DatabaseTarget Sqlite(string connectionString) => new(DatabaseProvider.Sqlite, connectionString);

    public static DatabaseTarget PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString);

    /// <summary>
    /// Reads the settings. SQLite: turns foreign keys on and creates the file's folder when missing. PostgreSQL: the
    /// connection string as given (Host=...;Database=...;Username=...), which is required.
    /// </summary>
    public static DatabaseTarget FromConfiguration(IConfiguration configuration)
    {
        var provider = ParseProvider(configuration[ProviderSetting]);
        var configured = configuration.GetConnectionString("Secretariat");
        if (provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(configured))
                throw new DatabaseUnavailableException(
                    "Database:Provider is PostgreSql but ConnectionStrings:Secretariat is not set: give it as Host=...;Database=...;Username=...");
            try
            {
                return PostgreSql(new NpgsqlConnectionStringBuilder(configured).ConnectionString);
            }
            catch (ArgumentException e)
            {
                throw new DatabaseUnavailableException($"ConnectionStrings:Secretariat is not a PostgreSQL connection string ({e.Message}).");
            }
        }
        var builder = new SqliteConnectionStringBuilder(configured ?? DefaultSqliteConnectionString) { ForeignKeys = true };
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        try
        {
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DatabaseProblems.FolderCannotBeCreated(folder!, e);
        }
        return Sqlite(builder.ToString());
    }

    public static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        _ => throw new DatabaseUnavailableException($"Database:Provider '{value}' is not known: use Sqlite (the default) or PostgreSql."),
    };

    /// <summary>
    /// The folder the data lives in, under which uploads go unless <c>Storage:Uploads</c> says otherwise: the SQLite file's
    /// folder, or <c>data/</c> in the working folder on PostgreSQL (whose data is on its server).
    /// </summary>
    public string DataFolder => IsSqlite
        ? Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource))!
        : Path.GetFullPath("data");

    /// <summary>A name for the database in messages: the SQLite file's path, or the PostgreSQL host and database.</summary>
    public string Describe() => IsSqlite
        ? Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource)
        : new NpgsqlConnectionStringBuilder(ConnectionString) is var pg ? $"PostgreSQL database {pg.Database} on {pg.Host}:{pg.Port}" : "";

    /// <summary>
    /// EF on this engine, with this engine's migrations, the app's interceptors and, unless <paramref name="compiledModel"/>
    /// is false, this engine's compiled model (<see cref="CompiledModel"/>): EF then does not build the model from the
    /// configurations at start-up.
    /// </summary>
    public void Configure(DbContextOptionsBuilder options) => Configure(options, compiledModel: true);

    /// <inheritdoc cref="Configure(DbContextOptionsBuilder)"/>
    public void Configure(DbContextOptionsBuilder options, bool compiledModel)
    {
        if (IsSqlite)
            options.UseSqlite(ConnectionString).AddInterceptors(SqliteConnectionSetup.Instance);
        else
            options.UseNpgsql(ConnectionString);
        if (compiledModel && CompiledModel.For(Provider) is { } model)
        {
            options.UseModel(model);
            // Migrating a database would first build the model again from the configurations, with the design-time
            // conventions, to compare it with the last migration's snapshot (about 0.2 s of CPU on a new database).
            // Data/MigrationsTests makes that comparison once; the design-time factory (no compiled model) still makes it.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        }
        options.ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly, ProviderMigrations>()
            .AddInterceptors(new VersioningInterceptor(), new TextLimitInterceptor(), new HashChainInterceptor());
    }
}
