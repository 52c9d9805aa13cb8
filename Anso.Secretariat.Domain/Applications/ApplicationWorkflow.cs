namespace Anso.Secretariat.Domain.Applications;

public enum ApplicationState
{
    Received, UnderReview, AwaitingInformation, ListedForBoard, Endorsed, ListedForAssembly,
    Admitted, NotEndorsed, Rejected, Withdrawn, Closed,
}

/// <summary>The business acts that move an application. Each is one method on <see cref="MembershipApplication"/>.</summary>
public enum ApplicationAction
{
    StartReview, RequestInformation, ReceiveInformation, Close, ListForBoard,
    Endorse, DeclineEndorsement, DeferAtBoard, ListForAssembly,
    AdmitAsFullMember, AdmitAsProvisionalMember, Reject, DeferAtAssembly, Withdraw,
}

/// <summary>
/// The one table that says which step is legal from which state, and where it leads.
/// Everything else (the aggregate's guards, the buttons on screen) asks this table.
/// </summary>
public static class ApplicationWorkflow
{
    public static readonly IReadOnlyList<(ApplicationState From, ApplicationAction Action, ApplicationState To)> Transitions =
    [
        (ApplicationState.Received, ApplicationAction.StartReview, ApplicationState.UnderReview),
        (ApplicationState.Received, ApplicationAction.Withdraw, ApplicationState.Withdrawn),

        (ApplicationState.UnderReview, ApplicationAction.RequestInformation, ApplicationState.AwaitingInformation),
        (ApplicationState.UnderReview, ApplicationAction.ListForBoard, ApplicationState.ListedForBoard),
        (ApplicationState.UnderReview, ApplicationAction.Withdraw, ApplicationState.Withdrawn),
        (ApplicationState.UnderReview, ApplicationAction.Close, ApplicationState.Closed),

        (ApplicationState.AwaitingInformation, ApplicationAction.ReceiveInformation, ApplicationState.UnderReview),
        (ApplicationState.AwaitingInformation, ApplicationAction.Withdraw, ApplicationState.Withdrawn),

        (ApplicationState.ListedForBoard, ApplicationAction.Endorse, ApplicationState.Endorsed),
        (ApplicationState.ListedForBoard, ApplicationAction.DeclineEndorsement, ApplicationState.NotEndorsed),
        (ApplicationState.ListedForBoard, ApplicationAction.DeferAtBoard, ApplicationState.ListedForBoard),
        // Moving to another GB meeting's list: after a deferral, or when the meeting is rescheduled.
        (ApplicationState.ListedForBoard, ApplicationAction.ListForBoard, ApplicationState.ListedForBoard),
        (ApplicationState.ListedForBoard, ApplicationAction.Withdraw, ApplicationState.Withdrawn),

        (ApplicationState.Endorsed, ApplicationAction.ListForAssembly, ApplicationState.ListedForAssembly),
        (ApplicationState.Endorsed, ApplicationAction.Withdraw, ApplicationState.Withdrawn),

        (ApplicationState.ListedForAssembly, ApplicationAction.AdmitAsFullMember, ApplicationState.Admitted),
        (ApplicationState.ListedForAssembly, ApplicationAction.AdmitAsProvisionalMember, ApplicationState.Admitted),
        (ApplicationState.ListedForAssembly, ApplicationAction.Reject, ApplicationState.Rejected),
        (ApplicationState.ListedForAssembly, ApplicationAction.DeferAtAssembly, ApplicationState.Endorsed),
        (ApplicationState.ListedForAssembly, ApplicationAction.Withdraw, ApplicationState.Withdrawn),
    ];

    public static IReadOnlyList<ApplicationAction> AllowedFrom(ApplicationState state) =>
        Transitions.Where(t => t.From == state).Select(t => t.Action).ToList();

    public static bool IsFinal(ApplicationState state) => !Transitions.Any(t => t.From == state);

    public static bool IsOpen(ApplicationState state) => !IsFinal(state);

    /// <summary>The state the action leads to, or null when the table does not allow it from <paramref name="from"/>.</summary>
    public static ApplicationState? Target(ApplicationState from, ApplicationAction action) =>
        Transitions.Where(t => t.From == from && t.Action == action).Select(t => (ApplicationState?)t.To).FirstOrDefault();

    internal static string Describe(ApplicationState state) => state switch
    {
        ApplicationState.UnderReview => "Under review",
        ApplicationState.AwaitingInformation => "Awaiting information",
        ApplicationState.ListedForBoard => "Listed for GB",
        ApplicationState.ListedForAssembly => "Listed for GA",
        ApplicationState.NotEndorsed => "Not endorsed",
        ApplicationState.Closed => "Closed (ineligible)",
        _ => state.ToString(),
    };

    /// <summary>The state inside a sentence: "listed for GB", "closed (ineligible)".</summary>
    internal static string DescribeInSentence(ApplicationState state)
    {
        var text = Describe(state);
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    internal static string Describe(ApplicationAction action) => action switch
    {
        ApplicationAction.StartReview => "Start review",
        ApplicationAction.RequestInformation => "Request information",
        ApplicationAction.ReceiveInformation => "Information received",
        ApplicationAction.Close => "Close as ineligible",
        ApplicationAction.ListForBoard => "List for GB meeting",
        ApplicationAction.Endorse => "Record GB endorsement",
        ApplicationAction.DeclineEndorsement => "Record GB non-endorsement",
        ApplicationAction.DeferAtBoard => "Record GB deferral",
        ApplicationAction.ListForAssembly => "List for GA meeting",
        ApplicationAction.AdmitAsFullMember => "Record GA admission (full member)",
        ApplicationAction.AdmitAsProvisionalMember => "Record GA admission (provisional member)",
        ApplicationAction.Reject => "Record GA rejection",
        ApplicationAction.DeferAtAssembly => "Record GA deferral",
        ApplicationAction.Withdraw => "Withdraw",
        _ => action.ToString(),
    };
}
