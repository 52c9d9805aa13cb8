using System.Data.Common;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// The SQL a service runs, captured by a command interceptor on the contexts of its factory, and SQLite's plan for each
/// command (<c>EXPLAIN QUERY PLAN</c> with the same parameters). Reads the plan, never the clock.
/// </summary>
public sealed partial class QueryPlans(TestDatabase database) : DbCommandInterceptor, IDbContextFactory<SecretariatDbContext>
{
    private readonly List<(string Sql, (string Name, object? Value)[] Parameters)> _commands = [];

    public SecretariatDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<SecretariatDbContext>();
        DatabaseSetup.Configure(options, database.ConnectionString);
        options.AddInterceptors(this);
        return new SecretariatDbContext(options.Options);
    }

    public void Clear()
    {
        lock (_commands) _commands.Clear();
    }

    private readonly SemaphoreSlim _alone = new(1, 1);

    /// <summary>Runs <paramref name="run"/> with nobody else's commands in the capture, and returns what its plans show (<see cref="Problems"/>).</summary>
    public Task<IReadOnlyList<string>> ProblemsOfAsync(Func<Task> run, string[] largeTables, bool sortOfASearchedSubset = false) =>
        AloneAsync(run, () => Problems(largeTables, sortOfASearchedSubset));

    /// <summary>Runs <paramref name="run"/> with nobody else's commands in the capture, and returns its commands' plans.</summary>
    public Task<IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)>> ExplainAsync(Func<Task> run) => AloneAsync(run, Explain);

    /// <summary>
    /// The tests of one class share this capture and run in parallel: one at a time clears it, runs
    /// <paramref name="run"/> and reads what it captured with <paramref name="read"/>.
    /// </summary>
    public async Task<T> AloneAsync<T>(Func<Task> run, Func<T> read)
    {
        await _alone.WaitAsync();
        try
        {
            Clear();
            await run();
            return read();
        }
        finally
        {
            _alone.Release();
        }
    }

    /// <summary>Each captured command's SQL and its plan's lines.</summary>
    public IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)> Explain()
    {
        List<(string Sql, (string Name, object? Value)[] Parameters)> commands;
        lock (_commands) commands = [.. _commands];
        using var connection = SqliteConnectionSetup.Open(database.ConnectionString);
        return commands.Select(c =>
        {
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + c.Sql;
            foreach (var (name, value) in c.Parameters) explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            using var reader = explain.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read()) lines.Add(reader.GetString(3));
            return (c.Sql, (IReadOnlyList<string>)lines);
        }).ToList();
    }

    /// <summary>
    /// The plan lines that read a whole large table without an index ("SCAN a") or sort the rows in a temporary B-tree.
    /// Not counted: a scan of a small reference table (categories, meetings); a scan in the order asked for that stops at
    /// the page (a LIMIT and no sort: "ORDER BY Id" reads the table in rowid order); a sort of the last terms of the order
    /// only ("FOR LAST 2 TERMS OF ORDER BY": the few rows that tie on an indexed prefix); and, when
    /// <paramref name="sortOfASearchedSubset"/>, a sort of rows an index search found (a meeting's list, not the table);
    /// a sort of rows read from small tables only (the meetings in date order).
    /// </summary>
    public IReadOnlyList<string> Problems(string[] largeTables, bool sortOfASearchedSubset = false)
    {
        var problems = new List<string>();
        foreach (var (sql, plan) in Explain())
        {
            var tableOfAlias = TableAlias().Matches(sql).GroupBy(m => m.Groups[2].Value).ToDictionary(g => g.Key, g => g.First().Groups[1].Value);
            var sorts = plan.Any(l => l.StartsWith("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal) || l.StartsWith("USE TEMP B-TREE FOR GROUP BY", StringComparison.Ordinal));
            var orderedPage = !sorts && sql.Contains("LIMIT", StringComparison.Ordinal);
            var searched = plan.Any(l => l.StartsWith("SEARCH", StringComparison.Ordinal));
            var readsALargeTable = plan.Select(l => ReadTable().Match(l)).Any(m => m.Success
                && largeTables.Contains(tableOfAlias.GetValueOrDefault(m.Groups[1].Value, m.Groups[1].Value)));
            foreach (var line in plan)
            {
                var scan = FullScan().Match(line);
                var table = scan.Success ? tableOfAlias.GetValueOrDefault(scan.Groups[1].Value, scan.Groups[1].Value) : null;
                var fullScan = table is not null && largeTables.Contains(table) && !orderedPage;
                var fullSort = (line.StartsWith("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal) || line.StartsWith("USE TEMP B-TREE FOR GROUP BY", StringComparison.Ordinal))
                    && readsALargeTable && !(sortOfASearchedSubset && searched);
                if (fullScan || fullSort)
                    problems.Add($"{line}{Environment.NewLine}  in: {sql.ReplaceLineEndings(" ")}{Environment.NewLine}  plan: {string.Join(" | ", plan)}");
            }
        }
        return problems;
    }

    [GeneratedRegex("\"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex TableAlias();

    [GeneratedRegex("^SCAN (\\w+)$")]
    private static partial Regex FullScan();

    [GeneratedRegex("^(?:SCAN|SEARCH) (\\w+)")]
    private static partial Regex ReadTable();

    private void Capture(DbCommand command)
    {
        var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToArray();
        lock (_commands) _commands.Add((command.CommandText, parameters));
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Capture(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Capture(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return ValueTask.FromResult(result);
    }
}
