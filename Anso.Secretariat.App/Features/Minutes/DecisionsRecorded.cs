using Anso.Secretariat.Domain.Meetings;
using Microsoft.Extensions.Localization;

namespace Anso.Secretariat.App.Features.Minutes;

/// <summary>The confirmation after a meeting's list is decided: how many applications moved, by outcome.</summary>
public static class DecisionsRecorded
{
    /// <summary>"Recorded 5 decisions: 3 endorsed, 1 not endorsed, 1 deferred." (outcomes in the vocabulary's order), in the screen's language.</summary>
    public static string Say(IEnumerable<DecisionOutcome> outcomes, IStringLocalizer<MinutesText> text)
    {
        var all = outcomes.ToList();
        var byOutcome = all.GroupBy(o => o).OrderBy(g => g.Key)
            .Select(g => text["OutcomeCount", g.Count(), Wording.Of(g.Key).ToLowerInvariant()].Value);
        var decisions = text[all.Count == 1 ? "Decisions_One" : "Decisions_Many", all.Count];
        return text["DecisionsRecorded", decisions, string.Join(text["ListSeparator"], byOutcome)];
    }
}
