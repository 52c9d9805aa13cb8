using System.Text.Json;
using Anso.Secretariat.Generator;
using Anso.Secretariat.Load;

// dotnet run -c Release --project bench/Anso.Secretariat.Load -- generate --applications 50000 --to /tmp/anso-50k.db
// dotnet run -c Release --project bench/Anso.Secretariat.Load -- run [--applications 10000 | --db FILE] [--sessions 10,25,50,100]
//     [--seconds 30] [--gc default|workstation|server] [--json FILE] [--app PATH/Anso.Secretariat.App.dll] [--no-cold-start]
//     [--gcdump DIR [--gcdump-tool PATH/dotnet-gcdump]] [--server-log FILE]
var verb = args.FirstOrDefault();
switch (verb)
{
    case "generate":
    {
        var count = Arguments.Int(args, "--applications", 10_000);
        var file = Arguments.String(args, "--to", $"anso-{count / 1000}k.db");
        Console.WriteLine($"Generating {count:N0} applications into {Path.GetFullPath(file)}...");
        var result = await DataGenerator.CreateDatabaseAsync(file, new GeneratorOptions(count, DateOnly.FromDateTime(DateTime.UtcNow)), Console.Out);
        Console.WriteLine($"{result.Organizations:N0} organizations, {result.Applications:N0} applications, {result.Meetings} meetings, " +
                          $"{result.Decisions:N0} decisions in {result.Took.TotalSeconds:0} s");
        return 0;
    }
    case "run":
    {
        var count = Arguments.Int(args, "--applications", 10_000);
        var database = Path.GetFullPath(Arguments.String(args, "--db", Path.Combine(Path.GetTempPath(), "anso-harness", $"anso-{count}.db")));
        if (!File.Exists(database))
        {
            Console.WriteLine($"Generating {count:N0} applications into {database} (once; later runs reuse it)...");
            await DataGenerator.CreateDatabaseAsync(database, new GeneratorOptions(count, DateOnly.FromDateTime(DateTime.UtcNow)));
        }
        var root = Arguments.RepositoryRoot();
        var app = Path.GetFullPath(Arguments.String(args, "--app", Path.Combine(root, "Anso.Secretariat.App", "bin", "Release", "net10.0", "Anso.Secretariat.App.dll")));
        var options = new HarnessOptions(database, count,
            Arguments.String(args, "--sessions", "10,25,50,100").Split(',').Select(int.Parse).ToArray(),
            Arguments.Int(args, "--seconds", 30), Arguments.String(args, "--json", ""), app, Arguments.String(args, "--gc", "default"),
            Arguments.Int(args, "--port", 5790), !args.Contains("--no-cold-start"), Arguments.Int(args, "--runs", 5),
            Arguments.String(args, "--gcdump", ""), Arguments.String(args, "--gcdump-tool", "dotnet-gcdump"), Arguments.String(args, "--server-log", ""));
        Console.WriteLine($"Load average before: {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores; app {app}");
        var report = await new Harness(options).RunAsync();
        Report.Print(report, Console.Out);
        var json = string.IsNullOrEmpty(options.Json) ? Path.Combine(Path.GetTempPath(), "anso-harness", $"run-{DateTime.Now:yyyyMMdd-HHmmss}.json") : options.Json;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(json))!);
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"JSON: {json}");
        return 0;
    }
    case "startup":
    {
        // dotnet run -c Release --project bench/Anso.Secretariat.Load -- startup --db FILE [--app DLL] [--runs 3]
        var database = Path.GetFullPath(Arguments.String(args, "--db", Path.Combine(Path.GetTempPath(), "anso-harness", "anso-10000.db")));
        var app = Path.GetFullPath(Arguments.String(args, "--app", Path.Combine(Arguments.RepositoryRoot(), "Anso.Secretariat.App", "bin", "Release", "net10.0", "Anso.Secretariat.App.dll")));
        var options = new HarnessOptions(database, 0, [], 0, null, app, Arguments.String(args, "--gc", "default"), Arguments.Int(args, "--port", 5790), true, Arguments.Int(args, "--runs", 3));
        Console.WriteLine($"Cold starts of {app}, load average {File.ReadAllText("/proc/loadavg").Trim()}");
        var (existing, created) = await new Harness(options).ColdStartsAsync();
        Console.WriteLine($"median: existing database {existing.Order().ElementAt(existing.Count / 2):0} ms, new database with demo data {created.Order().ElementAt(created.Count / 2):0} ms; " +
                          $"load average after {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }
    case "services":
    {
        // dotnet run -c Release --project bench/Anso.Secretariat.Load -- services [--db FILE] [--runs 5] [--json FILE]
        var database = Path.GetFullPath(Arguments.String(args, "--db", Path.Combine(Path.GetTempPath(), "anso-harness", "anso-10000.db")));
        if (!File.Exists(database))
        {
            Console.WriteLine($"Generating 10,000 applications into {database} (once; later runs reuse it)...");
            await DataGenerator.CreateDatabaseAsync(database, new GeneratorOptions(10_000, DateOnly.FromDateTime(DateTime.UtcNow)));
        }
        var report = await new ServiceTimings(database, Arguments.Int(args, "--runs", 5)).RunAsync();
        ServiceTimings.Print(report, Console.Out);
        var json = Arguments.String(args, "--json", Path.Combine(Path.GetTempPath(), "anso-harness", $"services-{DateTime.Now:yyyyMMdd-HHmmss}.json"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(json))!);
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"JSON: {json}");
        return 0;
    }
    default:
        Console.Error.WriteLine("Usage: generate --applications N --to FILE | services [--db FILE] | run [--applications N | --db FILE] [--sessions 10,25,50,100] ...; see README.md, Performance.");
        return 2;
}

static class Arguments
{
    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(String(args, name, ""), out var v) ? v : fallback;

    public static string String(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Anso.Secretariat.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Anso.Secretariat.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from the repository (Anso.Secretariat.sln not found), or give --app.");
    }
}

static class Report
{
    public static void Print(HarnessReport r, TextWriter o)
    {
        o.WriteLine();
        o.WriteLine($"{r.Applications:N0} applications ({r.Database}), {r.Cores} cores, GC {r.Gc}, load average {r.LoadAverage}, {r.At:yyyy-MM-dd HH:mm}");
        o.WriteLine();
        o.WriteLine("| measure | median | (min) | size |");
        o.WriteLine("|---|---|---|---|");
        if (r.ColdStartExistingMs is { } e) o.WriteLine($"| cold start to the sign-in page, existing database | {e:0} ms | | |");
        if (r.ColdStartNewMs is { } n) o.WriteLine($"| cold start to the sign-in page, new database with demo data | {n:0} ms | | |");
        foreach (var m in r.Http) o.WriteLine($"| `{m.Path}` ({m.Name}) | {m.MedianMs:0} ms | {m.MinMs:0} ms | {m.Bytes / 1024.0:0} KB |");
        o.WriteLine();
        o.WriteLine($"Heap after a full GC: {r.HeapBeforeWarmUpMb:0.0} MB after the page timings, {r.BaselineHeapMb:0.0} MB after the warm-up circuits " +
                    "(the baseline). Per circuit: (heap with N circuits, after use, each back on /applications - baseline) / N; " +
                    "just opened: (heap after opening - heap before) / circuits opened.");
        o.WriteLine();
        o.WriteLine("| sessions | interactions | client p50 | client p95 | server p50 | server p95 | circuit start p50 | heap per circuit (just opened) | working set per circuit | KB of batches per interaction | CPU server / client | errors |");
        o.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in r.Sessions)
            o.WriteLine($"| {s.Sessions} | {s.Interactions} | {s.ClientP50Ms:0} ms | {s.ClientP95Ms:0} ms | {s.ServerP50Ms:0.0} ms | {s.ServerP95Ms:0.0} ms | " +
                        $"{s.StartP50Ms:0} ms | {s.HeapPerCircuitMb:0.00} MB ({s.HeapPerOpenedCircuitMb:0.00} MB) | {s.WorkingSetPerCircuitMb:0.00} MB | {s.BatchKbPerInteraction:0.0} | " +
                        $"{s.ServerCpuSeconds:0.0} s / {s.ClientCpuSeconds:0.0} s | {s.Errors} |");
    }
}
