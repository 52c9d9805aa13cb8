using Anso.Secretariat.Domain.Applications;

namespace Anso.Secretariat.Domain.Meetings;

/// <summary>
/// What a meeting decided: the one vocabulary of outcomes, for the decisions typed into the minutes and for the
/// decisions on the applications of a GB or GA list (stored as the value; a sentence is made from it when shown).
/// The order is the order in which documents group them.
/// </summary>
public enum DecisionOutcome
{
    Noted, Endorsed, Approved, ApprovedAsFullMember, ApprovedAsProvisionalMember, NotEndorsed, Rejected, Deferred, Agreed,
}

public static class DecisionOutcomes
{
    /// <summary>The outcomes a decision typed into the minutes can have (the membership ones belong to an application).</summary>
    public static readonly IReadOnlyList<DecisionOutcome> ForMinutesText =
    [
        DecisionOutcome.Noted, DecisionOutcome.Endorsed, DecisionOutcome.Approved, DecisionOutcome.NotEndorsed,
        DecisionOutcome.Rejected, DecisionOutcome.Deferred, DecisionOutcome.Agreed,
    ];

    /// <summary>The decisions a GB or GA takes on an application on its list; none for other meetings.</summary>
    public static IReadOnlyList<DecisionOutcome> OnApplicationsAt(MeetingBody body) => body switch
    {
        MeetingBody.GoverningBoard => [DecisionOutcome.Endorsed, DecisionOutcome.NotEndorsed, DecisionOutcome.Deferred],
        MeetingBody.GeneralAssembly => [DecisionOutcome.ApprovedAsFullMember, DecisionOutcome.ApprovedAsProvisionalMember, DecisionOutcome.Rejected, DecisionOutcome.Deferred],
        _ => [],
    };

    /// <summary>True for an outcome that only a decision on a membership application can have.</summary>
    public static bool IsOnApplicationOnly(DecisionOutcome outcome) =>
        outcome is DecisionOutcome.ApprovedAsFullMember or DecisionOutcome.ApprovedAsProvisionalMember;

    /// <summary>The outcome in English, for the domain's own messages; screens and documents use the App's Wording.</summary>
    internal static string Describe(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.NotEndorsed => "Not endorsed",
        DecisionOutcome.ApprovedAsFullMember => "Approved as full member",
        DecisionOutcome.ApprovedAsProvisionalMember => "Approved as provisional member",
        _ => outcome.ToString(),
    };

    /// <summary>The outcome of a meeting's decision as an application's history records it, or null for other acts.</summary>
    public static DecisionOutcome? OfAction(ApplicationAction action) => action switch
    {
        ApplicationAction.Endorse => DecisionOutcome.Endorsed,
        ApplicationAction.DeclineEndorsement => DecisionOutcome.NotEndorsed,
        ApplicationAction.DeferAtBoard or ApplicationAction.DeferAtAssembly => DecisionOutcome.Deferred,
        ApplicationAction.AdmitAsFullMember => DecisionOutcome.ApprovedAsFullMember,
        ApplicationAction.AdmitAsProvisionalMember => DecisionOutcome.ApprovedAsProvisionalMember,
        ApplicationAction.Reject => DecisionOutcome.Rejected,
        _ => null,
    };

    /// <summary>The history actions that are a meeting's decision on an application.</summary>
    public static readonly IReadOnlyList<ApplicationAction> DecidingActions =
        Enum.GetValues<ApplicationAction>().Where(a => OfAction(a) is not null).ToList();
}
