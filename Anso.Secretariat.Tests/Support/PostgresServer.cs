using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// One real PostgreSQL server for the whole test run: Debian's binaries (/usr/lib/postgresql/*/bin), a cluster made by
/// <c>initdb</c> in a temporary folder, listening on a free loopback port only. <see cref="Shared"/> starts it on first
/// use; every test or fixture then takes a fresh database of its own (<see cref="CreateDatabase"/>) and drops it when
/// done (<see cref="DropDatabase"/>). The server stops when the test process exits, and a run that was killed leaves
/// nothing behind for long: the next run stops any cluster whose test process is gone (<see cref="StopOrphans"/>).
/// As root (initdb refuses root) the binaries run as the <c>postgres</c> user, which owns the folder.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    /// <summary>Where the clusters live: one folder per test process, <c>anso-pg/&lt;pid&gt;-&lt;guid&gt;</c>.</summary>
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "anso-pg");

    public const string User = "postgres";

    private static readonly Lazy<PostgresServer> shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private int stopped;

    private PostgresServer(string folder, int port, string bin)
    {
        Folder = folder;
        Port = port;
        Bin = bin;
    }

    /// <summary>The server of this test run, started on first use and stopped when the process exits.</summary>
    public static PostgresServer Shared => shared.Value;

    /// <summary>Whether Debian's PostgreSQL is installed (<c>apt-get install postgresql</c>; .ci/run does it).</summary>
    public static bool IsInstalled => FindBin() is not null;

    /// <summary>The cluster's folder (data, socket and log).</summary>
    public string Folder { get; }

    public int Port { get; }

    /// <summary>The folder of initdb, pg_ctl, pg_dump, psql...</summary>
    public string Bin { get; }

    private string DataFolder => Path.Combine(Folder, "data");

    /// <summary>A connection string to <paramref name="database"/> on this server, over TCP on loopback, as the superuser.</summary>
    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = User,
        Database = database,
        // Each test database has its own pool; idle connections close soon so that many databases fit in max_connections.
        ConnectionIdleLifetime = 10,
        ConnectionPruningInterval = 5,
        Timeout = 30,
        CommandTimeout = 60,
    }.ConnectionString;

    /// <summary>
    /// Creates a new, empty database (or a copy of <paramref name="template"/>, which nobody may be connected to) and gives its
    /// connection string.
    /// </summary>
    public string CreateDatabase(string? template = null, string prefix = "test")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""));
        return ConnectionStringFor(name);
    }

    /// <summary>Creates the database <paramref name="name"/> when it does not exist yet; true when it was created.</summary>
    public bool EnsureDatabase(string name)
    {
        using var connection = OpenAdmin();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (exists.ExecuteScalar() is not null) return false;
        Execute($"CREATE DATABASE \"{name}\"");
        return true;
    }

    /// <summary>The database a connection string names.</summary>
    public static string DatabaseName(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

    /// <summary>Closes the pooled connections to the database of <paramref name="connectionString"/>.</summary>
    public void ClosePool(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, closing whatever is still connected to it.</summary>
    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>Runs one statement on the <c>postgres</c> database (CREATE DATABASE cannot run in a transaction).</summary>
    public void Execute(string sql)
    {
        using var connection = OpenAdmin();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private NpgsqlConnection OpenAdmin()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionStringFor("postgres")) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Stops the server (fast shutdown) and deletes its folder. Safe to call more than once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref stopped, 1) != 0) return;
        NpgsqlConnection.ClearAllPools();
        try { Run(Path.Combine(Bin, "pg_ctl"), ["-D", DataFolder, "-m", "fast", "-w", "-t", "30", "stop"], TimeSpan.FromSeconds(40)); }
        catch (InvalidOperationException) { /* already stopped */ }
        // What cannot be deleted now (the process may be ending) is deleted by the next run's StopOrphans.
        try { Directory.Delete(Folder, recursive: true); } catch (Exception) { }
    }

    private static PostgresServer Start()
    {
        var bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: apt-get install postgresql (.ci/run installs it when missing).");
        StopOrphans(bin);
        var folder = Path.Combine(Root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        GiveToPostgresUser(Root, folder);
        var data = Path.Combine(folder, "data");
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", User, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
            TimeSpan.FromSeconds(120));
        // A test server: no durability needed, so nothing waits for the disk.
        var options = $"-p {{0}} -k {folder} -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off " +
                      "-c max_connections=300 -c shared_buffers=32MB";
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                Run(Path.Combine(bin, "pg_ctl"),
                    ["-D", data, "-l", Path.Combine(folder, "server.log"), "-o", string.Format(options, port), "-w", "-t", "60", "start"],
                    TimeSpan.FromSeconds(90));
                var server = new PostgresServer(folder, port, bin);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // The port was taken between choosing and binding it: try another.
            }
        }
    }

    /// <summary>Stops the clusters of earlier test runs whose process is gone (a run killed before its exit hook ran).</summary>
    public static void StopOrphans(string bin)
    {
        if (!Directory.Exists(Root)) return;
        foreach (var folder in Directory.GetDirectories(Root))
        {
            var owner = Path.GetFileName(folder).Split('-')[0];
            if (!int.TryParse(owner, out var pid) || IsAlive(pid)) continue;
            var data = Path.Combine(folder, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                try { Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(30)); }
                catch (InvalidOperationException) { /* not running */ }
            }
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? FindBin()
    {
        const string debian = "/usr/lib/postgresql";
        if (!Directory.Exists(debian)) return null;
        return Directory.GetDirectories(debian)
            .Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "pg_ctl")) && File.Exists(Path.Combine(b, "initdb")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static void GiveToPostgresUser(params string[] folders)
    {
        if (!IsRoot) return;
        foreach (var folder in folders) Run("chown", [$"{User}:{User}", folder], TimeSpan.FromSeconds(10));
    }

    /// <summary>Runs a PostgreSQL program (as the postgres user when we are root) and waits for it; throws when it fails.</summary>
    private static void Run(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot && program.StartsWith('/'))
        {
            start.FileName = "runuser";
            foreach (var a in (string[])["-u", User, "--", program]) start.ArgumentList.Add(a);
        }
        else
        {
            start.FileName = program;
        }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        // pg_ctl start leaves the server running with our pipes; read to the end only what the program itself writes.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish in {timeout.TotalSeconds} s.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed ({process.ExitCode}): " +
                $"{(output.Wait(1000) ? output.Result : "")} {(error.Wait(1000) ? error.Result : "")}".Trim());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
