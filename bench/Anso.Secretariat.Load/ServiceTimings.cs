using System.Diagnostics;
using System.Security.Claims;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Dashboard;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Generator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Load;

public sealed record ServiceTiming(string Name, double MedianMs, double MinMs, string Result);

public sealed record ServicesReport(string Database, int Cores, string LoadAverageBefore, string LoadAverageAfter, DateTimeOffset At, IReadOnlyList<ServiceTiming> Timings);

/// <summary>
/// The service calls behind /decisions, the dashboard and every click's account check, timed in this process on a copy of
/// a generated database (the copy gets the harness's account row; the generated file stays as it was). No HTTP, no circuit:
/// what the database and the service cost, the median of <c>runs</c> after one warm-up.
/// </summary>
public sealed class ServiceTimings(string database, int runs)
{
    private const string AccountId = "harness-services";

    public async Task<ServicesReport> RunAsync()
    {
        var before = File.ReadAllText("/proc/loadavg").Trim();
        var copy = Path.Combine(Path.GetTempPath(), "anso-harness", $"services-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        CopyDatabase(database, copy);
        try
        {
            var factory = new DataGenerator.FileContextFactory($"Data Source={copy};Pooling=True");
            await AddAccountAsync(factory);
            var changes = new AccountChanges(TimeSpan.FromSeconds(5));
            var held = User(factory, changes);
            var readEachTime = User(factory, null);
            var register = new DecisionRegisterService(factory, held);
            var dashboard = new DashboardService(factory, held);

            var all = await register.CountAsync(new());
            var filter = new DecisionFilter(Body: MeetingBody.GoverningBoard, Outcome: DecisionOutcome.Endorsed);
            var filtered = await register.CountAsync(filter);
            var timings = new List<ServiceTiming>
            {
                await TimeAsync("decisions: count, no filter", async () => $"{(await register.CountAsync(new())).Total:N0} decisions"),
                await TimeAsync("decisions: count, GB endorsements", async () => $"{(await register.CountAsync(filter)).Total:N0} decisions"),
                await TimeAsync("decisions: first page of 25", async () => $"{(await register.PageAsync(all, 0, 25)).Count} rows"),
                await TimeAsync("decisions: middle page of 25", async () => $"{(await register.PageAsync(all, all.Total / 2, 25)).Count} rows"),
                await TimeAsync("decisions: last page of 25", async () => $"{(await register.PageAsync(all, all.Total - 25, 25)).Count} rows"),
                await TimeAsync("decisions: first page, GB endorsements", async () => $"{(await register.PageAsync(filtered, 0, 25)).Count} rows"),
                await TimeAsync("decisions: the whole register (CSV export)", async () => $"{(await register.ListAsync(new())).Count:N0} rows"),
                await TimeAsync("dashboard", async () => $"{(await dashboard.LoadAsync()).Members.Count:N0} members"),
                await TimeAsync("account check, held by the circuit", async () => string.Join(",", (await held.RequireAsync(Operation.ReadRecords)).Roles)),
                await TimeAsync("account check, read from the database", async () => string.Join(",", (await readEachTime.RequireAsync(Operation.ReadRecords)).Roles)),
            };
            return new ServicesReport(database, Environment.ProcessorCount, before, File.ReadAllText("/proc/loadavg").Trim(), DateTimeOffset.Now, timings);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    private async Task<ServiceTiming> TimeAsync(string name, Func<Task<string>> call)
    {
        var result = await call(); // warm-up: EF's query compilation, SQLite's page cache
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await call();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new ServiceTiming(name, times[times.Count / 2], times[0], result);
    }

    private static CurrentUser User(DataGenerator.FileContextFactory factory, AccountChanges? changes)
    {
        var user = new CurrentUser(TimeProvider.System, new ServiceCollection().BuildServiceProvider(), factory, changes);
        user.UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, AccountId), new Claim(ClaimTypes.Name, AccountId), new Claim(ClaimTypes.Role, Roles.Secretariat)], "harness")));
        return user;
    }

    /// <summary>
    /// Copies through SQLite's backup API, not File.Copy: an app stopped without a checkpoint leaves its last writes
    /// (migrations included) in the -wal file beside the database, which a plain copy leaves behind.
    /// </summary>
    private static void CopyDatabase(string from, string to)
    {
        using var source = new SqliteConnection($"Data Source={from};Mode=ReadOnly;Pooling=False");
        using var target = new SqliteConnection($"Data Source={to};Pooling=False");
        source.Open();
        source.BackupDatabase(target);
    }

    private static async Task AddAccountAsync(DataGenerator.FileContextFactory factory)
    {
        await using var db = factory.CreateDbContext();
        var roleId = db.Roles.Where(r => r.Name == Roles.Secretariat).Select(r => r.Id).FirstOrDefault();
        if (roleId is null)
        {
            roleId = Guid.NewGuid().ToString();
            db.Roles.Add(new IdentityRole { Id = roleId, Name = Roles.Secretariat, NormalizedName = Roles.Secretariat.ToUpperInvariant() });
        }
        db.Users.Add(new AppUser { Id = AccountId, UserName = $"{AccountId}@anso.example", Email = $"{AccountId}@anso.example", DisplayName = "Harness" });
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = AccountId, RoleId = roleId });
        await db.SaveChangesAsync();
    }

    public static void Print(ServicesReport r, TextWriter o)
    {
        o.WriteLine();
        o.WriteLine($"Service calls on {r.Database}, {r.Cores} cores, load average {r.LoadAverageBefore} before, {r.LoadAverageAfter} after, {r.At:yyyy-MM-dd HH:mm}");
        o.WriteLine();
        o.WriteLine("| call | median | (min) | result |");
        o.WriteLine("|---|---|---|---|");
        foreach (var t in r.Timings) o.WriteLine($"| {t.Name} | {t.MedianMs:0.0} ms | {t.MinMs:0.0} ms | {t.Result} |");
    }
}
