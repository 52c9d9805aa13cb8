using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Generator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Load;

public sealed record HarnessOptions(
    string Database, int Applications, int[] Sessions, int Seconds, string? Json, string App, string Gc, int Port, bool ColdStart, int Runs,
    string? GcDump = null, string GcDumpTool = "dotnet-gcdump", string? ServerLog = null);

public sealed record HttpMeasure(string Name, string Path, double MedianMs, double MinMs, long Bytes);

public sealed record SessionMeasure(int Sessions, int Interactions, int Errors, double ClientP50Ms, double ClientP95Ms, double ServerP50Ms,
    double ServerP95Ms, long ServerActivities, double StartP50Ms, double HeapPerCircuitMb, double WorkingSetPerCircuitMb, double BatchKbPerInteraction,
    double ServerCpuSeconds, double ClientCpuSeconds, double HeapPerOpenedCircuitMb, double HeapMb);

public sealed record HarnessReport(DateTimeOffset At, string LoadAverage, int Cores, string Gc, string Database, int Applications,
    double? ColdStartExistingMs, double? ColdStartNewMs, List<HttpMeasure> Http, List<SessionMeasure> Sessions, double BaselineHeapMb,
    double HeapBeforeWarmUpMb);

/// <summary>Starts the app on a generated database, times pages over HTTP, then drives N interactive sessions.</summary>
public sealed partial class Harness(HarnessOptions options)
{
    private const string Email = "secretariat@anso.example";
    private const string Password = "Harness-Pass-2026";

    public async Task<HarnessReport> RunAsync()
    {
        var ids = await ReadIdsAsync();
        double? coldNew = null;
        if (options.ColdStart)
        {
            var fresh = Path.Combine(Path.GetTempPath(), $"anso-harness-new-{Guid.NewGuid():N}.db");
            await using (var app = await AppProcess.StartAsync(options, fresh, options.Port + 1, demo: true))
                coldNew = app.ReadyAfter.TotalMilliseconds;
            foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(fresh) + "*")) File.Delete(f);
            Console.WriteLine($"cold start, new database with demo data: {coldNew:0} ms");
        }
        await using var server = await AppProcess.StartAsync(options, options.Database, options.Port, demo: false);
        Console.WriteLine($"cold start, existing database: {server.ReadyAfter.TotalMilliseconds:0} ms (server pid {server.Id}, {options.Gc} GC)");
        var baseUri = new Uri($"http://127.0.0.1:{options.Port}/");
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(5) };
        await SignInAsync(http);

        var measures = new List<HttpMeasure>();
        foreach (var (name, path) in new[]
        {
            ("applications of the planned GB", $"/applications?meeting={ids.PlannedBoard}"),
            ("applications decided at the last GB", $"/applications?meeting={ids.LastBoard}"),
            ("applications list", "/applications"),
            ("decisions", "/decisions"),
            ("applications CSV", "/export/applications.csv"),
            ("dashboard", "/"),
            ("organizations", "/organizations"),
            ("search", "/search?q=academy"),
            ("applications-list PDF (planned GB)", $"/meetings/{ids.PlannedBoard}/applications.pdf"),
            ("members.pdf", "/members.pdf"),
        })
        {
            measures.Add(await TimeAsync(http, name, path));
            var m = measures[^1];
            Console.WriteLine($"  {name,-40} {m.MedianMs,8:0} ms  ({m.Bytes / 1024.0:0} KB)");
        }

        // The first circuits fill the process's one-time caches (EF's compiled queries of the interactive calls, Blazor's and
        // MudBlazor's per-type caches, the pools): a warm-up opens circuits, visits every page with them and closes them as a
        // browser closes its tabs, so that the baseline holds those caches and the figure per circuit does not.
        var beforeWarmUp = await MemoryAsync(http);
        await WarmUpAsync(baseUri, http, cookies, ids);
        await Task.Delay(1000);
        var baseline = await MemoryAsync(http);
        Console.WriteLine($"heap {Mb(beforeWarmUp.ManagedHeapBytes):0.0} MB after the page timings, {Mb(baseline.ManagedHeapBytes):0.0} MB after " +
                          $"{WarmUpCircuits} circuits were used on every page and closed (the baseline; {baseline.OpenCircuits} circuits open)");
        await GcDumpAsync(server, 0);
        var sessions = new List<SessionMeasure>();
        var clients = new List<CircuitClient>();
        var starts = new List<double>();
        try
        {
            foreach (var n in options.Sessions.Order())
            {
                var before = await MemoryAsync(http);
                var opening = n - clients.Count;
                while (clients.Count < n) // ten people opening the list at once, until there are n
                {
                    var group = Enumerable.Range(0, Math.Min(10, n - clients.Count)).Select(_ => new CircuitClient(baseUri, http, cookies)).ToList();
                    clients.AddRange(group);
                    starts.AddRange((await Task.WhenAll(group.Select(c => c.StartAsync("/applications", CancellationToken.None)))).Select(t => t.TotalMilliseconds));
                }
                await Task.Delay(1000);
                var opened = await MemoryAsync(http);
                var measure = await DriveAsync(http, server, clients, ids, starts);
                // Every circuit back on the list it opened with: each N is read with its circuits on the same page, after use.
                await Task.WhenAll(clients.Select(async c =>
                {
                    try { await c.NavigateAsync("/applications", CancellationToken.None); }
                    catch (Exception e) when (e is TimeoutException or InvalidOperationException) { }
                }));
                await Task.Delay(1000);
                var used = await MemoryAsync(http);
                await GcDumpAsync(server, n);
                sessions.Add(measure with
                {
                    HeapPerCircuitMb = Mb(used.ManagedHeapBytes - baseline.ManagedHeapBytes) / n,
                    WorkingSetPerCircuitMb = Mb(used.WorkingSetBytes - baseline.WorkingSetBytes) / n,
                    HeapPerOpenedCircuitMb = opening == 0 ? 0 : Mb(opened.ManagedHeapBytes - before.ManagedHeapBytes) / opening,
                    HeapMb = Mb(used.ManagedHeapBytes),
                });
                var s = sessions[^1];
                Console.WriteLine($"  {n,3} sessions: {s.Interactions} interactions, client p50 {s.ClientP50Ms:0} / p95 {s.ClientP95Ms:0} ms, " +
                                  $"server p50 {s.ServerP50Ms:0.0} / p95 {s.ServerP95Ms:0.0} ms, heap per circuit {s.HeapPerCircuitMb:0.00} MB after use " +
                                  $"({s.HeapPerOpenedCircuitMb:0.00} MB per circuit just opened), errors {s.Errors}, CPU server {s.ServerCpuSeconds:0.0} s / client {s.ClientCpuSeconds:0.0} s");
            }
        }
        finally
        {
            foreach (var c in clients) await c.DisposeAsync();
        }
        if (!string.IsNullOrEmpty(options.ServerLog))
        {
            await File.WriteAllTextAsync(options.ServerLog, server.Output);
            Console.WriteLine($"server log: {options.ServerLog}");
        }
        return new HarnessReport(DateTimeOffset.Now, File.ReadAllText("/proc/loadavg").Trim(), Environment.ProcessorCount, options.Gc,
            options.Database, options.Applications, server.ReadyAfter.TotalMilliseconds, coldNew, measures, sessions, Mb(baseline.ManagedHeapBytes),
            Mb(beforeWarmUp.ManagedHeapBytes));
    }

    /// <summary>Cold starts to the sign-in page, <see cref="HarnessOptions.Runs"/> times each: on a copy of the database, and on a new one with demo data.</summary>
    public async Task<(List<double> Existing, List<double> New)> ColdStartsAsync()
    {
        var existing = new List<double>();
        var created = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            var fresh = Path.Combine(Path.GetTempPath(), $"anso-harness-new-{Guid.NewGuid():N}.db");
            await using (var app = await AppProcess.StartAsync(options, fresh, options.Port + 1, demo: true))
                created.Add(app.ReadyAfter.TotalMilliseconds);
            foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(fresh) + "*")) File.Delete(f);
            await using (var app = await AppProcess.StartAsync(options, options.Database, options.Port, demo: false))
                existing.Add(app.ReadyAfter.TotalMilliseconds);
            Console.WriteLine($"  run {run + 1}: existing database {existing[^1]:0} ms, new database with demo data {created[^1]:0} ms");
        }
        return (existing, created);
    }

    private const int WarmUpCircuits = 10;

    /// <summary>The addresses a session visits: the lists' filters (they live in the address), the register, decisions, and more.</summary>
    private static string[] Paths(Ids ids) =>
    [
        "/applications?state=UnderReview", "/applications?state=Endorsed", "/applications", $"/applications?meeting={ids.PlannedBoard}",
        "/applications?search=university", "/applications?category=4", "/organizations", "/organizations?status=Member",
        "/decisions", "/", "/meetings", "/search?q=academy", "/applications?country=CN",
    ];

    /// <summary><see cref="WarmUpCircuits"/> circuits, each visiting every address once, then closed as a browser tab is.</summary>
    private static async Task WarmUpAsync(Uri baseUri, HttpClient http, CookieContainer cookies, Ids ids)
    {
        var warm = Enumerable.Range(0, WarmUpCircuits).Select(_ => new CircuitClient(baseUri, http, cookies)).ToList();
        try
        {
            await Task.WhenAll(warm.Select(async (c, i) =>
            {
                await c.StartAsync("/applications", CancellationToken.None);
                var paths = Paths(ids);
                for (var k = 0; k < paths.Length; k++)
                {
                    try { await c.NavigateAsync(paths[(k + i) % paths.Length], CancellationToken.None); }
                    catch (Exception e) when (e is TimeoutException or InvalidOperationException) { }
                }
            }));
        }
        finally
        {
            Console.WriteLine($"warm-up: {WarmUpCircuits} circuits, {warm.Sum(c => c.Batches)} render batches, {warm.Sum(c => Interlocked.Read(ref c.JsCalls))} JS calls answered" +
                              (warm.FirstOrDefault(c => c.Error is not null)?.Error is { } error ? $", error: {error}" : ""));
            foreach (var c in warm) await c.DisposeAsync();
        }
    }

    /// <summary>With <c>--gcdump DIR</c>: a heap dump of the server (dotnet-gcdump) with <paramref name="circuits"/> circuits open.</summary>
    private async Task GcDumpAsync(AppProcess server, int circuits)
    {
        if (string.IsNullOrEmpty(options.GcDump)) return;
        Directory.CreateDirectory(options.GcDump);
        var file = Path.Combine(options.GcDump, $"circuits-{circuits}.gcdump");
        var info = new ProcessStartInfo(options.GcDumpTool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "collect", "-p", server.Id.ToString(), "-o", file }) info.ArgumentList.Add(a);
        using var tool = Process.Start(info)!;
        var output = await tool.StandardOutput.ReadToEndAsync() + await tool.StandardError.ReadToEndAsync();
        await tool.WaitForExitAsync();
        Console.WriteLine(tool.ExitCode == 0 ? $"  heap dump: {file}" : $"  heap dump failed ({tool.ExitCode}): {output.Trim()}");
    }

    private static double Mb(long bytes) => bytes / 1048576.0;

    private async Task<SessionMeasure> DriveAsync(HttpClient http, AppProcess server, List<CircuitClient> clients, Ids ids, List<double> starts)
    {
        var paths = Paths(ids);
        (await http.PostAsync("/diagnostics/interactions/reset", null)).EnsureSuccessStatusCode();
        var serverCpu = server.CpuSeconds();
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var bytes = clients.Sum(c => Interlocked.Read(ref c.BatchBytes));
        var times = new List<double>();
        var errors = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        await Task.WhenAll(clients.Select(async (client, i) =>
        {
            var random = new Random(i);
            await Task.Delay(random.Next(2000));
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var took = await client.NavigateAsync(paths[random.Next(paths.Length)], CancellationToken.None);
                    lock (times) times.Add(took.TotalMilliseconds);
                }
                catch (Exception e) when (e is TimeoutException or InvalidOperationException or HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                // Think time: a person reads the page before the next click.
                try { await Task.Delay(1000 + random.Next(2000), stop.Token); } catch (OperationCanceledException) { }
            }
        }));
        var summary = (await http.GetFromJsonAsync<InteractionSummary>("/diagnostics/interactions"))!;
        times.Sort();
        var sortedStarts = starts.Order().ToList();
        return new SessionMeasure(clients.Count, times.Count, errors, Percentile(times, 0.5), Percentile(times, 0.95), summary.P50, summary.P95, summary.Count,
            Percentile(sortedStarts, 0.5), 0, 0,
            times.Count == 0 ? 0 : (clients.Sum(c => Interlocked.Read(ref c.BatchBytes)) - bytes) / 1024.0 / times.Count,
            server.CpuSeconds() - serverCpu, (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds, 0, 0);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private async Task<HttpMeasure> TimeAsync(HttpClient http, string name, string path)
    {
        var times = new List<double>();
        long bytes = 0;
        for (var run = 0; run <= options.Runs; run++) // the first run warms up and is not counted
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            bytes = await CountAsync(body);
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
            if (run > 0) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new HttpMeasure(name, path, Percentile(times, 0.5), times[0], bytes);
    }

    private static async Task<long> CountAsync(Stream body)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0) total += read;
        return total;
    }

    private static async Task<MemoryReading> MemoryAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<MemoryReading>("/diagnostics/memory"))!;

    private static async Task SignInAsync(HttpClient http)
    {
        var page = await http.GetStringAsync("/account/login");
        var token = Token().Match(page).Groups[1].Value;
        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = token, ["Input.Email"] = Email, ["Input.Password"] = Password,
        }));
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
            throw new InvalidOperationException($"Sign-in refused: {(int)response.StatusCode}");
        using var check = await http.GetAsync("/applications");
        if (check.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Signed in, but /applications answers {(int)check.StatusCode}");
    }

    private sealed record Ids(int PlannedBoard, int LastBoard);

    private async Task<Ids> ReadIdsAsync()
    {
        var factory = new DataGenerator.FileContextFactory(new SqliteConnectionStringBuilder { DataSource = options.Database, Pooling = false }.ToString());
        await using var db = factory.CreateDbContext();
        var boards = await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard).OrderBy(m => m.StartDate).Select(m => new { m.Id, m.Status }).ToListAsync();
        return new Ids(boards.Last(m => m.Status != MeetingStatus.Held && m.Status != MeetingStatus.MinutesApproved).Id,
            boards.Last(m => m.Status is MeetingStatus.Held or MeetingStatus.MinutesApproved).Id);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>The app as its own process, as an operator starts it, on a port of this machine.</summary>
    private sealed class AppProcess : IAsyncDisposable
    {
        private readonly Process process;
        private readonly System.Text.StringBuilder output;

        private AppProcess(Process process, System.Text.StringBuilder output, TimeSpan readyAfter)
        {
            this.process = process;
            this.output = output;
            ReadyAfter = readyAfter;
        }

        /// <summary>What the app wrote to its console so far (warnings and errors: the harness starts it at Warning).</summary>
        public string Output
        {
            get { lock (output) return output.ToString(); }
        }

        public TimeSpan ReadyAfter { get; }
        public int Id => process.Id;

        private static bool Listening(int port)
        {
            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                return probe.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromSeconds(1)) && probe.Connected;
            }
            catch (AggregateException) { return false; } // refused: nothing listens
        }

        public static async Task<AppProcess> StartAsync(HarnessOptions options, string database, int port, bool demo)
        {
            // Another app on the port would answer the readiness probe and every request: its figures, not this app's.
            if (Listening(port))
                throw new InvalidOperationException($"Port {port} is already in use on 127.0.0.1: stop what listens there, or pass another --port.");
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(options.App)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var a in new[]
            {
                options.App, "--urls", $"http://127.0.0.1:{port}", $"--ConnectionStrings:Secretariat=Data Source={database}",
                $"--Seed:Demo={demo}", $"--Seed:Passwords:Secretariat={Password}", "--Diagnostics:Interactions=true",
                "--Logging:LogLevel:Default=Warning", "--Security:SignInAttemptsPerAccount=1000", "--Security:SignInAttemptsPerClient=1000",
            }) info.ArgumentList.Add(a);
            if (options.Gc != "default") info.Environment["DOTNET_gcServer"] = options.Gc == "server" ? "1" : "0";
            var watch = Stopwatch.StartNew();
            var process = Process.Start(info)!;
            var output = new System.Text.StringBuilder();
            process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            while (watch.Elapsed < TimeSpan.FromMinutes(5))
            {
                if (process.HasExited) throw new InvalidOperationException($"The app stopped: {output}");
                try
                {
                    using var r = await probe.GetAsync($"http://127.0.0.1:{port}/account/login");
                    if (r.StatusCode == HttpStatusCode.OK) return new AppProcess(process, output, watch.Elapsed);
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(20);
            }
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The app did not answer within 5 minutes.");
        }

        /// <summary>User and system CPU time of the server process, from /proc.</summary>
        public double CpuSeconds()
        {
            var fields = File.ReadAllText($"/proc/{process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
        }
    }
}

public sealed record InteractionSummary(long Count, int OpenCircuits, double P50, double P95, double P99, double Max);

public sealed record MemoryReading(long ManagedHeapBytes, long WorkingSetBytes, int OpenCircuits, string GC);
