using Anso.Secretariat.App;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Anso.Secretariat.Tests.Operations;

/// <summary>
/// A start on a database already up to date leaves EF's migrator alone: it would build the model a second time to compare
/// it with the last migration (README, Start-up). A database with migrations to apply still gets them.
/// </summary>
public sealed class StartingOnAnUpToDateDatabaseTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "anso-tests", Guid.NewGuid().ToString("N"));

    public StartingOnAnUpToDateDatabaseTests() => Directory.CreateDirectory(folder);

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_new_database_is_migrated_and_the_next_start_does_not_run_the_migrator()
    {
        var connectionString = $"Data Source={Path.Combine(folder, "secretariat.db")};Pooling=False";

        Assert.Equal(1, await MigratorRunsAtStartAsync(connectionString));
        Assert.Equal(0, await MigratorRunsAtStartAsync(connectionString));
    }

    /// <summary>Prepares the database as the app's start does, and counts EF's "Migrating using database" events.</summary>
    private static async Task<int> MigratorRunsAtStartAsync(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Secretariat"] = connectionString,
            ["Seed:Demo"] = "false",
        }).Build();
        var events = new EventCounter(RelationalEventId.MigrateUsingConnection.Id);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(events))
            .AddSingleton<IConfiguration>(configuration);
        services.AddSecretariatServices(configuration);
        await using (var provider = services.BuildServiceProvider())
            await SecretariatApp.PrepareDatabaseAsync(provider, configuration);
        return events.Count;
    }

    private sealed class EventCounter(int eventId) : ILoggerProvider, ILogger
    {
        private int count;

        public int Count => count;

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (id.Id == eventId) Interlocked.Increment(ref count);
        }

        public void Dispose() { }
    }
}
