using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Anso.Secretariat.Benchmarks;

/// <summary>
/// Runs one benchmark method in a loop for a while and prints the median, so that a sampling profiler can watch a warm
/// render without BenchmarkDotNet's own work in the samples:
/// DOTNET_PerfMapEnabled=1 perf record -F 499 -g dotnet bench/Anso.Secretariat.Benchmarks/bin/Release/net10.0/Anso.Secretariat.Benchmarks.dll loop MembersRegister50000 en 30
/// Further arguments NAME=VALUE set an int property of the benchmark before its set-up (MembersRegister50000's
/// Members=32868: the register at 50,000 applications). It prints the process's CPU time per run too, which a shared
/// machine's load inflates much less than the wall clock.
/// </summary>
internal static class Loop
{
    public static void Run(string method, string? language, double seconds, IEnumerable<string> settings)
    {
        var (type, benchmark) = typeof(Loop).Assembly.GetTypes()
            .Select(t => (t, m: t.GetMethod(method)))
            .Single(x => x.m?.GetCustomAttribute<BenchmarkAttribute>() is not null);
        var instance = Activator.CreateInstance(type)!;
        if (language is not null) type.GetProperty("Language")?.SetValue(instance, language);
        foreach (var setting in settings)
        {
            var (name, value) = (setting.Split('=')[0], setting.Split('=')[1]);
            (type.GetProperty(name) ?? throw new ArgumentException($"{type.Name} has no property {name}."))
                .SetValue(instance, int.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        }
        type.GetMethods().SingleOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null)?.Invoke(instance, null);

        var times = new List<double>();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds || times.Count < 3)
        {
            var watch = Stopwatch.StartNew();
            benchmark.Invoke(instance, null);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / times.Count;
        // The first runs, in order, show the JIT's tiers: a server that has rendered a document a few times runs these.
        Console.WriteLine($"first runs: {string.Join(", ", times.Take(6).Select(t => t.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))} ms");
        times.Sort();
        Console.WriteLine($"{method} ({language ?? "-"}): {times.Count} runs, median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms, CPU {cpu:F1} ms per run (all threads, the GC's included)");
    }
}
