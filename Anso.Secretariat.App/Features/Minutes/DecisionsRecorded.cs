using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App.Features.Minutes;

/// <summary>The confirmation after a meeting's list is decided: how many applications moved, by outcome.</summary>
public static class DecisionsRecorded
{
    /// <summary>"Recorded 5 decisions: 3 endorsed, 1 not endorsed, 1 deferred." (outcomes in the vocabulary's order).</summary>
    public static string Say(IEnumerable<DecisionOutcome> outcomes)
    {
        var all = outcomes.ToList();
        var byOutcome = all.GroupBy(o => o).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {Wording.Of(g.Key).ToLowerInvariant()}");
        return $"Recorded {Display.Count(all.Count, "decision")}: {string.Join(", ", byOutcome)}.";
    }
}
