using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Operations;

/// <summary>Every connection runs in WAL mode and waits for a busy database, even on a file made by an older release.</summary>
public sealed class ConnectionSettingsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "anso-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private static string Pragma(string connectionString, string pragma)
    {
        // A plain connection, without the app's interceptor: what the file itself says.
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(command.ExecuteScalar())!;
    }

    [Fact]
    public async Task A_database_in_rollback_journal_mode_is_in_WAL_after_start_and_factory_connections_have_a_busy_timeout()
    {
        Directory.CreateDirectory(folder);
        var connectionString = $"Data Source={Path.Combine(folder, "old.db")};Pooling=False";
        using (var old = new SqliteConnection(connectionString))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE; CREATE TABLE Leftover (Id INTEGER PRIMARY KEY);";
            command.ExecuteNonQuery();
        }
        Assert.Equal("delete", Pragma(connectionString, "journal_mode"));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Secretariat"] = connectionString,
            ["Seed:Demo"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddSecretariatServices(configuration);
        await using var provider = services.BuildServiceProvider();
        await SecretariatApp.PrepareDatabaseAsync(provider, configuration);

        Assert.Equal("wal", Pragma(connectionString, "journal_mode"));
        await using var db = await provider.GetRequiredService<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var check = db.Database.GetDbConnection().CreateCommand();
        check.CommandText = "PRAGMA busy_timeout;";
        Assert.Equal((long)SqliteConnectionSetup.BusyTimeoutMilliseconds, await check.ExecuteScalarAsync());
        check.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await check.ExecuteScalarAsync());
    }

    [Fact]
    public void A_save_that_finds_the_database_locked_past_the_timeout_is_refused_with_a_message_for_the_user()
    {
        var busy = new SqliteException("database is locked", 5);
        var refusal = StorageFailures.Describe(new DbUpdateException("save failed", busy));

        Assert.NotNull(refusal);
        Assert.Equal(StorageFailures.BusyMessage, refusal.Message);
        Assert.IsAssignableFrom<Anso.Secretariat.Domain.Common.DomainException>(refusal);
        Assert.Null(StorageFailures.Describe(new SqliteException("constraint failed", 19)));
    }
}
