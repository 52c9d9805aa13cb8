using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Anso.Secretariat.Benchmarks;

/// <summary>
/// Runs one benchmark method in a loop for a while and prints the median, so that a sampling profiler can watch a warm
/// render without BenchmarkDotNet's own work in the samples:
/// DOTNET_PerfMapEnabled=1 perf record -F 499 -g dotnet bench/Anso.Secretariat.Benchmarks/bin/Release/net10.0/Anso.Secretariat.Benchmarks.dll loop MembersRegister50000 en 30
/// </summary>
internal static class Loop
{
    public static void Run(string method, string? language, double seconds)
    {
        var (type, benchmark) = typeof(Loop).Assembly.GetTypes()
            .Select(t => (t, m: t.GetMethod(method)))
            .Single(x => x.m?.GetCustomAttribute<BenchmarkAttribute>() is not null);
        var instance = Activator.CreateInstance(type)!;
        if (language is not null) type.GetProperty("Language")?.SetValue(instance, language);
        type.GetMethods().SingleOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null)?.Invoke(instance, null);

        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds || times.Count < 3)
        {
            var watch = Stopwatch.StartNew();
            benchmark.Invoke(instance, null);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{method} ({language ?? "-"}): {times.Count} runs, median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms");
    }
}
