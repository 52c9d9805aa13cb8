using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.Domain.Applications;

/// <summary>
/// An application as the secretariat's earlier records (a spreadsheet) give it: where it ended up, and the GB and GA
/// meetings that listed or decided it.
/// </summary>
public sealed record EarlierApplicationRecord(
    DateOnly ReceivedOn,
    ApplicationState State,
    Meeting? BoardMeeting = null,
    Meeting? AssemblyMeeting = null,
    MembershipType? AdmittedAs = null,
    string? Summary = null,
    string? Recommendation = null);

public partial class MembershipApplication
{
    /// <summary>
    /// Records an application that went through the process before this system, for imports. Its history is built
    /// step by step through the same transition table as live work (received, review, GB listing and decision, GA
    /// listing and decision), each step dated on its meeting's day and carrying <paramref name="note"/>. Only the
    /// checks that belong to live work are left out: a past meeting can be the one that listed the application.
    /// Admission makes the organization a member from the GA's date, unless it already is a full member.
    /// </summary>
    /// <exception cref="DomainException">The record is not a path the process allows, such as a decision by a meeting not held yet.</exception>
    public static MembershipApplication FromEarlierRecords(Organization organization, EarlierApplicationRecord record, Actor recordedBy, string note)
    {
        var board = record.BoardMeeting;
        var assembly = record.AssemblyMeeting;
        CheckMeetings(record);

        var received = new Actor(recordedBy.Name, Noon(record.ReceivedOn));
        var application = new MembershipApplication(organization, record.ReceivedOn, received, record.Summary);
        application.EditDetails(record.ReceivedOn, record.Summary, record.Recommendation);

        foreach (var action in StepsTo(record))
        {
            var meeting = ApplicationWorkflowMeetings.IsBoardStep(action) ? board
                : ApplicationWorkflowMeetings.IsAssemblyStep(action) ? assembly
                : null;
            var day = meeting?.StartDate ?? LatestDay(record);
            if (action is ApplicationAction.StartReview) day = record.ReceivedOn;
            application.Move(action, new Actor(recordedBy.Name, Noon(day)), note, meeting);
            application.ApplyEarlierStep(action, meeting, record.AdmittedAs);
        }
        return application;
    }

    private void ApplyEarlierStep(ApplicationAction action, Meeting? meeting, MembershipType? admittedAs)
    {
        switch (action)
        {
            case ApplicationAction.ListForBoard or ApplicationAction.ListForAssembly:
                ListedAtMeetingId = meeting?.Id;
                ListedAtMeeting = meeting;
                break;
            case ApplicationAction.Endorse:
                EndorsedAtMeetingId = meeting?.Id;
                DecidedAtMeetingId = meeting?.Id;
                ClearListing();
                break;
            case ApplicationAction.AdmitAsFullMember or ApplicationAction.AdmitAsProvisionalMember:
                DecidedAtMeetingId = meeting!.Id;
                ClearListing();
                var type = admittedAs ?? MembershipType.Full;
                if (!(Organization.IsMember && Organization.MembershipType == MembershipType.Full))
                    Organization.AdmitAsMember(type, meeting.StartDate);
                break;
            case ApplicationAction.DeclineEndorsement or ApplicationAction.DeferAtBoard
                or ApplicationAction.Reject or ApplicationAction.DeferAtAssembly:
                DecidedAtMeetingId = meeting?.Id;
                ClearListing();
                break;
        }
    }

    /// <summary>The shortest path through the workflow table that the record's state and meetings describe.</summary>
    private static List<ApplicationAction> StepsTo(EarlierApplicationRecord r)
    {
        List<ApplicationAction> listedForBoard = [ApplicationAction.StartReview, ApplicationAction.ListForBoard];
        List<ApplicationAction> endorsed = [.. listedForBoard, ApplicationAction.Endorse];
        List<ApplicationAction> listedForAssembly = [.. endorsed, ApplicationAction.ListForAssembly];
        return r.State switch
        {
            ApplicationState.Received => [],
            ApplicationState.UnderReview => [ApplicationAction.StartReview],
            ApplicationState.AwaitingInformation => [ApplicationAction.StartReview, ApplicationAction.RequestInformation],
            ApplicationState.Closed => [ApplicationAction.StartReview, ApplicationAction.Close],
            // Still listed for a GB that has met: it deferred the application, which waits for a later GB's list.
            ApplicationState.ListedForBoard => r.BoardMeeting!.HasBeenHeld ? [.. listedForBoard, ApplicationAction.DeferAtBoard] : listedForBoard,
            ApplicationState.Endorsed => endorsed,
            ApplicationState.NotEndorsed => [.. listedForBoard, ApplicationAction.DeclineEndorsement],
            ApplicationState.ListedForAssembly => listedForAssembly,
            ApplicationState.Admitted => [.. listedForAssembly,
                r.AdmittedAs == MembershipType.Provisional ? ApplicationAction.AdmitAsProvisionalMember : ApplicationAction.AdmitAsFullMember],
            ApplicationState.Rejected => [.. listedForAssembly, ApplicationAction.Reject],
            ApplicationState.Withdrawn =>
                [.. r.AssemblyMeeting is not null ? listedForAssembly : r.BoardMeeting is not null ? listedForBoard : [], ApplicationAction.Withdraw],
            _ => throw new DomainException(Refusal.UnknownState, r.State.ToString()),
        };
    }

    private static void CheckMeetings(EarlierApplicationRecord r)
    {
        if (r.BoardMeeting is { } gb && gb.Body != MeetingBody.GoverningBoard)
            throw new DomainException(Refusal.NotABoardMeeting, gb);
        if (r.AssemblyMeeting is { } ga && ga.Body != MeetingBody.GeneralAssembly)
            throw new DomainException(Refusal.NotAnAssembly, ga);

        var boardStates = new[] { ApplicationState.ListedForBoard, ApplicationState.Endorsed, ApplicationState.NotEndorsed };
        var assemblyStates = new[] { ApplicationState.ListedForAssembly, ApplicationState.Admitted, ApplicationState.Rejected };
        if (boardStates.Contains(r.State) && r.BoardMeeting is null)
            throw new DomainException(Refusal.StateNeedsBoardMeeting, r.State);
        if (assemblyStates.Contains(r.State) && r.AssemblyMeeting is null)
            throw new DomainException(Refusal.StateNeedsAssembly, r.State);
        var usesBoard = boardStates.Contains(r.State) || assemblyStates.Contains(r.State) || r.State == ApplicationState.Withdrawn;
        var usesAssembly = assemblyStates.Contains(r.State) || r.State == ApplicationState.Withdrawn;
        if (!usesBoard && r.BoardMeeting is not null)
            throw new DomainException(Refusal.StateHasNoBoardMeeting, r.State);
        if (!usesAssembly && r.AssemblyMeeting is not null)
            throw new DomainException(Refusal.StateHasNoAssembly, r.State);
        if (r.AdmittedAs is not null && r.State != ApplicationState.Admitted)
            throw new DomainException(Refusal.OnlyAdmittedHasType);

        if (r.BoardMeeting is { } board)
        {
            if (board.EndDate < r.ReceivedOn)
                throw new DomainException(Refusal.MetBeforeReceived, board, r.ReceivedOn);
            if ((r.State is ApplicationState.Endorsed or ApplicationState.NotEndorsed || assemblyStates.Contains(r.State)) && !board.HasBeenHeld)
                throw new DomainException(Refusal.NotHeldSoNotDecided, board);
        }
        if (r.AssemblyMeeting is { } assembly)
        {
            if (assembly.EndDate < r.ReceivedOn)
                throw new DomainException(Refusal.MetBeforeReceived, assembly, r.ReceivedOn);
            if (r.BoardMeeting is { } endorsing && assembly.StartDate < endorsing.StartDate)
                throw new DomainException(Refusal.AssemblyBeforeBoard, assembly, endorsing);
            if (r.State is ApplicationState.Admitted or ApplicationState.Rejected && !assembly.HasBeenHeld)
                throw new DomainException(Refusal.NotHeldSoNotDecided, assembly);
            if (r.State == ApplicationState.ListedForAssembly && assembly.HasBeenHeld)
                throw new DomainException(Refusal.GiveTheAssemblysDecision, assembly);
        }
    }

    private static DateOnly LatestDay(EarlierApplicationRecord r) =>
        new[] { r.ReceivedOn, r.BoardMeeting?.StartDate ?? r.ReceivedOn, r.AssemblyMeeting?.StartDate ?? r.ReceivedOn }.Max();

    private static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}

/// <summary>Which workflow steps happen at a GB meeting and which at a GA.</summary>
public static class ApplicationWorkflowMeetings
{
    public static bool IsBoardStep(ApplicationAction action) => action is ApplicationAction.ListForBoard or ApplicationAction.Endorse
        or ApplicationAction.DeclineEndorsement or ApplicationAction.DeferAtBoard;

    public static bool IsAssemblyStep(ApplicationAction action) => action is ApplicationAction.ListForAssembly
        or ApplicationAction.AdmitAsFullMember or ApplicationAction.AdmitAsProvisionalMember
        or ApplicationAction.Reject or ApplicationAction.DeferAtAssembly;

    /// <summary>The decisions a GB or a GA takes on an application.</summary>
    public static bool IsDecision(ApplicationAction action) => action is ApplicationAction.Endorse or ApplicationAction.DeclineEndorsement
        or ApplicationAction.DeferAtBoard or ApplicationAction.AdmitAsFullMember or ApplicationAction.AdmitAsProvisionalMember
        or ApplicationAction.Reject or ApplicationAction.DeferAtAssembly;
}
