using Anso.Secretariat.App.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// A real database, migrated like production, deleted on dispose: a SQLite file in a temporary folder, or a fresh database
/// on the test run's PostgreSQL server (<see cref="PostgresServer"/>), copied from a migrated template. The engine is the
/// test's (<see cref="TestEngine"/>): SQLite unless the test class runs its suite on PostgreSQL.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly Lazy<string> PostgreSqlTemplate = new(MigratedPostgreSqlTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    public TestDatabase(bool migrate = true) : this(TestEngine.Current, migrate) { }

    public TestDatabase(DatabaseProvider provider, bool migrate = true)
    {
        Provider = provider;
        Folder = Path.Combine(Path.GetTempPath(), "anso-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (provider == DatabaseProvider.PostgreSql)
        {
            // A copy of a database migrated once per run: CREATE DATABASE ... TEMPLATE is much faster than migrating.
            ConnectionString = migrate ? PostgresServer.Shared.CreateDatabase(PostgreSqlTemplate.Value) : PostgresServer.Shared.CreateDatabase();
            return;
        }
        ConnectionString = $"Data Source={Path.Combine(Folder, "secretariat.db")};Foreign Keys=True;Pooling=False";
        if (migrate) Migrate(this);
    }

    /// <summary>A database holding the newsletters' demo data, loaded as the app does on its first start.</summary>
    public static TestDatabase WithDemoData(TimeProvider? clock = null)
    {
        var database = new TestDatabase();
        using var db = database.CreateContext();
        DemoData.SeedAsync(db, FakeTime.Secretariat(clock)).GetAwaiter().GetResult();
        return database;
    }

    public DatabaseProvider Provider { get; }
    public string Folder { get; }
    public string ConnectionString { get; }

    /// <summary>The engine and connection, as the app's settings would give them.</summary>
    public DatabaseTarget Target => new(Provider, ConnectionString);

    /// <summary>Where the tests' uploads go: beside the SQLite file, and in the same temporary folder on PostgreSQL.</summary>
    public string UploadsFolder => Path.Combine(Folder, "uploads");

    /// <summary>The app's settings for this database (provider, connection string, uploads folder).</summary>
    public Dictionary<string, string?> Settings => new()
    {
        [DatabaseTarget.ProviderSetting] = Provider.ToString(),
        ["ConnectionStrings:Secretariat"] = ConnectionString,
        ["Storage:Uploads"] = UploadsFolder,
    };

    public DocumentStore Documents() => new(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build(), Target);

    public SecretariatDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<SecretariatDbContext>();
        Target.Configure(options);
        return new SecretariatDbContext(options.Options);
    }

    public IDbContextFactory<SecretariatDbContext> Factory => new Factory_(this);

    public void Dispose()
    {
        if (Provider == DatabaseProvider.PostgreSql) PostgresServer.Shared.DropDatabase(ConnectionString);
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private static void Migrate(TestDatabase database)
    {
        using var db = database.CreateContext();
        db.Database.Migrate();
        ReferenceData.EnsureCategoriesAsync(db).GetAwaiter().GetResult();
    }

    private static string MigratedPostgreSqlTemplate()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase(prefix: "template");
        var template = new TestDatabase(DatabaseProvider.PostgreSql, connectionString);
        Migrate(template);
        PostgresServer.Shared.ClosePool(connectionString); // a template cannot be copied while someone is connected to it
        return PostgresServer.DatabaseName(connectionString);
    }

    private TestDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        Folder = Path.GetTempPath();
        ConnectionString = connectionString;
    }

    private sealed class Factory_(TestDatabase db) : IDbContextFactory<SecretariatDbContext>
    {
        public SecretariatDbContext CreateDbContext() => db.CreateContext();
    }
}

/// <summary>
/// The database engine of the running test: SQLite, or PostgreSQL in a suite's PostgreSQL variant, a class derived from
/// the suite that starts with <c>private readonly IDisposable engine = TestEngine.Use(DatabaseProvider.PostgreSql);</c>
/// (a field initializer, so it runs before the suite's constructor creates its databases).
/// </summary>
public static class TestEngine
{
    private static readonly AsyncLocal<DatabaseProvider?> current = new();

    public static DatabaseProvider Current => current.Value ?? DatabaseProvider.Sqlite;

    public static IDisposable Use(DatabaseProvider provider)
    {
        current.Value = provider;
        return new Reset();
    }

    private sealed class Reset : IDisposable
    {
        public void Dispose() { }
    }
}
