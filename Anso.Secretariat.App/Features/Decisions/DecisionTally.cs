using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App.Features.Decisions;

/// <summary>
/// How many decisions of one outcome a meeting has in the register: a summary of its minutes and its applications'
/// history, so that the register counts a few rows per meeting instead of every decision. Kept by every save that
/// changes what it sums (<see cref="DecisionTallies"/>), in that save's transaction.
/// </summary>
public sealed class DecisionTally
{
    public int MeetingId { get; init; }
    public DecisionOutcome Outcome { get; init; }

    /// <summary>Decisions in the meeting's current minutes while they are a draft.</summary>
    public int InDraftMinutes { get; init; }

    /// <summary>Decisions in the meeting's current minutes once circulated (or approved).</summary>
    public int InCirculatedMinutes { get; init; }

    /// <summary>Decisions the applications' history records at the meeting that no current minutes carry.</summary>
    public int OnlyInHistory { get; init; }

    /// <summary>Decisions the history records at the meeting that no circulated current minutes carry (what a reader of circulated minutes only sees from the history).</summary>
    public int NotInCirculatedMinutes { get; init; }
}
