using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Anso.Secretariat.Tests.Operations;

/// <summary>Reading and damaging SQLite files on plain connections, and running the built app as a process.</summary>
internal static class SqliteFiles
{
    public static SqliteConnection OpenPlain(string path, bool readOnly = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Pooling = false, Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        }.ToString());
        connection.Open();
        // The app's name collation: integrity_check and some counts read the indexes on name columns.
        Anso.Secretariat.App.Data.NameRules.Register(connection);
        return connection;
    }

    public static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar())!;
    }

    /// <summary>Every row of every table, each value with its SQLite type and blobs in hex: equal dumps mean equal tables, byte for byte.</summary>
    public static SortedDictionary<string, List<string>> Dump(string path)
    {
        using var connection = OpenPlain(path, readOnly: true);
        var tables = new List<(string Name, bool HasRowId)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name;";
            using var reader = list.ExecuteReader();
            // The name search's FTS5 tables include WITHOUT ROWID ones and a virtual one: their rows are sorted here instead.
            while (reader.Read())
            {
                var sql = reader.IsDBNull(1) ? "" : reader.GetString(1);
                tables.Add((reader.GetString(0), !sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase) && !sql.StartsWith("CREATE VIRTUAL", StringComparison.OrdinalIgnoreCase)));
            }
        }
        var dump = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (table, hasRowId) in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = hasRowId ? $"SELECT * FROM \"{table}\" ORDER BY rowid;" : $"SELECT * FROM \"{table}\";";
            using var reader = select.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                    row.Append(reader.IsDBNull(i) ? "null" : reader.GetValue(i) switch
                    {
                        byte[] blob => "blob:" + Convert.ToHexString(blob),
                        var value => $"{value.GetType().Name}:{value}",
                    }).Append('|');
                rows.Add(row.ToString());
            }
            if (!hasRowId) rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }
        return dump;
    }

    /// <summary>A database file with a table large enough to span about a hundred pages.</summary>
    public static void MakeFilled(string path)
    {
        using (var connection = OpenPlain(path))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE; CREATE TABLE Filler (Id INTEGER PRIMARY KEY, Text TEXT);" +
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) " +
                                  "INSERT INTO Filler SELECT i, printf('%.200c', 'x') FROM n;";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>A filled database one of whose pages is then overwritten.</summary>
    public static void MakeCorrupt(string path)
    {
        MakeFilled(path);
        CorruptPage(path, 40);
    }

    /// <summary>Overwrites one page of the file (1-based) with a pattern no b-tree page has.</summary>
    public static void CorruptPage(string path, int page)
    {
        int pageSize;
        using (var connection = OpenPlain(path, readOnly: true)) pageSize = int.Parse(Scalar(connection, "PRAGMA page_size;"));
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Position = (long)(page - 1) * pageSize;
        file.Write(Enumerable.Repeat((byte)0xA5, pageSize).ToArray());
    }

    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>Runs the app's built binary (next to the tests) with <paramref name="args"/>, as an operator would.</summary>
    public static async Task<Run> RunAppAsync(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Anso.Secretariat.App.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The app did not stop within 2 minutes: {string.Join(' ', args)}");
        }
        return new Run(process.ExitCode, await output, await error);
    }
}
