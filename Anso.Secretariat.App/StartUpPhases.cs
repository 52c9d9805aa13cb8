using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anso.Secretariat.App;

/// <summary>
/// Times the phases of a start (building the host, migrating, seeding, the key ring) and logs each at Debug level under
/// <see cref="Category"/>, so that a slow start shows where it goes:
/// <c>--Logging:LogLevel:Anso.Secretariat.App.StartUp=Debug</c> (README, Performance).
/// </summary>
public sealed class StartUpPhases
{
    public const string Category = "Anso.Secretariat.App.StartUp";

    private readonly ILogger logger;
    private long last = Stopwatch.GetTimestamp();
    private TimeSpan lastCpu = Process.GetCurrentProcess().TotalProcessorTime;

    public StartUpPhases(IServiceProvider services) =>
        logger = services.GetService<ILoggerFactory>()?.CreateLogger(Category) ?? NullLogger.Instance;

    /// <summary>
    /// Logs the time since the previous phase ended (or since this was made), then starts the next. The process's CPU time
    /// beside it says what the phase cost on a machine too busy for the wall clock to mean much.
    /// </summary>
    public void Done(string phase)
    {
        if (!logger.IsEnabled(LogLevel.Debug)) return;
        var now = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        logger.LogDebug("{Phase}: {Milliseconds:0} ms ({Cpu:0} ms of CPU)", phase, Stopwatch.GetElapsedTime(last, now).TotalMilliseconds, (cpu - lastCpu).TotalMilliseconds);
        last = now;
        lastCpu = cpu;
    }
}
