using Anso.Secretariat.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using System.Globalization;

// loop METHOD [LANGUAGE] [SECONDS] [NAME=VALUE…]: one benchmark in a loop, for a profiler (Loop.cs).
if (args is ["loop", var method, ..])
{
    Loop.Run(method, args.Length > 2 ? args[2] : null, args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 20, args.Skip(4));
    return;
}

// layout FOLDER: where every box of the documents lands, to compare two versions of the engine (LayoutDump.cs).
if (args is ["layout", var folder])
{
    LayoutDump.Run(folder);
    return;
}

// In-process: the app is self-contained on the .NET 9 runtime packs, which a separately generated project would not find.
// dotnet run -c Release --project bench/Anso.Secretariat.Benchmarks            -- --filter '*'
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .AddColumn(StatisticColumn.Median);
BenchmarkSwitcher.FromAssembly(typeof(MeetingDocumentBenchmarks).Assembly).Run(args, config);
