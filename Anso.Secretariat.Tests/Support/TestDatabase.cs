using Anso.Secretariat.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Support;

/// <summary>A real SQLite file in a temporary folder, migrated like production. Deleted on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase(bool migrate = true)
    {
        Folder = Path.Combine(Path.GetTempPath(), "anso-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        ConnectionString = $"Data Source={Path.Combine(Folder, "secretariat.db")};Foreign Keys=True;Pooling=False";
        if (migrate)
        {
            using var db = CreateContext();
            db.Database.Migrate();
            ReferenceData.EnsureCategoriesAsync(db).GetAwaiter().GetResult();
        }
    }

    /// <summary>A database holding the newsletters' demo data, loaded as the app does on its first start.</summary>
    public static TestDatabase WithDemoData(TimeProvider? clock = null)
    {
        var database = new TestDatabase();
        using var db = database.CreateContext();
        DemoData.SeedAsync(db, FakeTime.Secretariat(clock)).GetAwaiter().GetResult();
        return database;
    }

    public string Folder { get; }
    public string ConnectionString { get; }

    public SecretariatDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<SecretariatDbContext>();
        DatabaseSetup.Configure(options, ConnectionString);
        return new SecretariatDbContext(options.Options);
    }

    public IDbContextFactory<SecretariatDbContext> Factory => new Factory_(this);

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private sealed class Factory_(TestDatabase db) : IDbContextFactory<SecretariatDbContext>
    {
        public SecretariatDbContext CreateDbContext() => db.CreateContext();
    }
}
