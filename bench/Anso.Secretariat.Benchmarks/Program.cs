using Anso.Secretariat.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the app is self-contained on the .NET 9 runtime packs, which a separately generated project would not find.
// dotnet run -c Release --project bench/Anso.Secretariat.Benchmarks            -- --filter '*'
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .AddColumn(StatisticColumn.Median);
BenchmarkSwitcher.FromAssembly(typeof(MeetingDocumentBenchmarks).Assembly).Run(args, config);
