using System.Diagnostics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Anso.Secretariat.App.Diagnostics;

/// <summary>
/// Times every inbound activity of every circuit (a click, an input, a navigation, a JS interop reply, as Blazor
/// dispatches them) from its arrival until the work it started on the circuit has finished, and counts the open
/// circuits. Registered only when <c>Diagnostics:Interactions</c> is true (the load harness sets it).
/// </summary>
public sealed class InteractionTimer(InteractionStatistics statistics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        statistics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        statistics.CircuitClosed();
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                statistics.Record(Stopwatch.GetElapsedTime(started));
            }
        };
}

/// <summary>The last <see cref="Capacity"/> interaction times, and the percentiles the harness reads.</summary>
public sealed class InteractionStatistics
{
    public const int Capacity = 100_000;

    private readonly Lock gate = new();
    private readonly double[] samples = new double[Capacity];
    private long recorded;
    private int openCircuits;

    public int OpenCircuits => Volatile.Read(ref openCircuits);

    public void CircuitOpened() => Interlocked.Increment(ref openCircuits);

    public void CircuitClosed() => Interlocked.Decrement(ref openCircuits);

    public void Record(TimeSpan took)
    {
        lock (gate) samples[recorded++ % Capacity] = took.TotalMilliseconds;
    }

    public void Reset()
    {
        lock (gate) recorded = 0;
    }

    public InteractionSummary Summary()
    {
        double[] copy;
        long count;
        lock (gate)
        {
            count = recorded;
            copy = samples.AsSpan(0, (int)Math.Min(count, Capacity)).ToArray();
        }
        Array.Sort(copy);
        return new InteractionSummary(count, OpenCircuits, Percentile(copy, 0.50), Percentile(copy, 0.95), Percentile(copy, 0.99),
            copy.Length == 0 ? 0 : copy[^1]);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>Milliseconds.</summary>
public sealed record InteractionSummary(long Count, int OpenCircuits, double P50, double P95, double P99, double Max);
