using Anso.Secretariat.App.Diagnostics;

namespace Anso.Secretariat.Tests.Operations;

/// <summary>The server's own measure of each interaction, which the load harness reads (bench/Anso.Secretariat.Load).</summary>
public class TimingCircuitInteractionsTests
{
    [Fact]
    public async Task Each_inbound_circuit_activity_is_recorded_once_it_has_finished()
    {
        var statistics = new InteractionStatistics();
        var finished = false;
        var handler = new InteractionTimer(statistics).CreateInboundActivityHandler(async _ =>
        {
            await Task.Yield();
            Assert.Equal(0, statistics.Summary().Count); // not before the work is done
            finished = true;
        });

        await handler(null!); // the context is Blazor's (internal constructor); the timer does not read it

        Assert.True(finished);
        var summary = statistics.Summary();
        Assert.Equal(1, summary.Count);
        Assert.Equal(summary.Max, summary.P50);
    }

    [Fact]
    public async Task An_activity_that_fails_is_recorded_too_and_the_failure_goes_on_to_Blazor()
    {
        var statistics = new InteractionStatistics();
        var handler = new InteractionTimer(statistics).CreateInboundActivityHandler(_ => throw new InvalidOperationException("refused"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => handler(null!));

        Assert.Equal(1, statistics.Summary().Count);
    }

    [Fact]
    public void Reset_starts_the_count_again_and_open_circuits_are_counted()
    {
        var statistics = new InteractionStatistics();
        statistics.Record(TimeSpan.FromMilliseconds(3));
        statistics.CircuitOpened();
        statistics.CircuitOpened();
        statistics.CircuitClosed();

        statistics.Reset();

        Assert.Equal(0, statistics.Summary().Count);
        Assert.Equal(1, statistics.Summary().OpenCircuits);
    }
}
