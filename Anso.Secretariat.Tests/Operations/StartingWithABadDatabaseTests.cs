using Anso.Secretariat.App.Data;
using Anso.Secretariat.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using System.Diagnostics;

namespace Anso.Secretariat.Tests.Operations;

/// <summary>
/// A database the app cannot use stops the app with one line (what, where, what to do), exit code 1 and no stack trace;
/// /healthz reports a damaged database.
/// </summary>
public sealed class StartingWithABadDatabaseTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "anso-tests", Guid.NewGuid().ToString("N"));

    public StartingWithABadDatabaseTests() => Directory.CreateDirectory(folder);

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private async Task<string> StartAndExpectOneLineAsync(string databasePath)
    {
        var run = await SqliteFiles.RunAppAsync(folder, "--urls", "http://127.0.0.1:0", $"--ConnectionStrings:Secretariat=Data Source={databasePath}");
        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}; output: {run.Output} {run.Error}");
        Assert.DoesNotContain("   at ", run.Output + run.Error);
        Assert.DoesNotContain("Exception", run.Output + run.Error);
        return Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_the_app_with_one_line()
    {
        var path = Path.Combine(folder, "notes.db");
        await File.WriteAllTextAsync(path, new string('x', 5000));

        var line = await StartAndExpectOneLineAsync(path);

        Assert.Contains($"{path} is not a SQLite database", line);
        Assert.Contains("ConnectionStrings:Secretariat", line);
    }

    [Fact]
    public async Task A_corrupt_database_stops_the_app_with_one_line_that_says_to_restore_a_backup()
    {
        var path = Path.Combine(folder, "corrupt.db");
        SqliteFiles.MakeCorrupt(path);

        var line = await StartAndExpectOneLineAsync(path);

        Assert.Contains($"The database {path} is damaged", line);
        Assert.Contains("restore --from", line);
    }

    [Fact]
    public async Task A_database_in_a_folder_that_cannot_be_created_stops_the_app_with_one_line()
    {
        var blocker = Path.Combine(folder, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");

        var line = await StartAndExpectOneLineAsync(Path.Combine(blocker, "data", "secretariat.db"));

        Assert.Contains($"Cannot create the database folder {Path.Combine(blocker, "data")}", line);
    }

    [Fact]
    public async Task A_read_only_database_stops_the_app_with_one_line()
    {
        var path = Path.Combine(folder, "readonly.db");
        using (var connection = SqliteFiles.OpenPlain(path)) SqliteFiles.Scalar(connection, "CREATE TABLE Something (Id INTEGER PRIMARY KEY);");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // root ignores permission bits; the immutable attribute binds it too.
        var root = Environment.UserName == "root";
        if (root) Chattr("+i", path);
        else File.SetUnixFileMode(path, UnixFileMode.UserRead);
        try
        {
            var line = await StartAndExpectOneLineAsync(path);
            Assert.Contains($"The database {path} is read-only", line);
        }
        finally
        {
            if (root) Chattr("-i", path);
        }
    }

    private static void Chattr(string flag, string path)
    {
        using var process = Process.Start("chattr", [flag, path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Health_reports_a_damaged_page_as_unhealthy_once_the_minute_of_the_last_answer_is_over()
    {
        var path = Path.Combine(folder, "health.db");
        SqliteFiles.MakeFilled(path);
        var clock = new FakeTime();
        var health = new DatabaseHealthCheck($"Data Source={path};Pooling=False", clock);

        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
        SqliteFiles.CorruptPage(path, 40);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status); // the cached answer
        clock.Advance(DatabaseHealthCheck.CacheFor + TimeSpan.FromSeconds(1));
        var damaged = await health.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, damaged.Status);
        Assert.Contains("damaged", damaged.Description);
    }
}
