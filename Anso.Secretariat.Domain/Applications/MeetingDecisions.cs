using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.Domain.Applications;

/// <summary>What a GB or GA decides on one application on its list.</summary>
public enum ListDecision { Endorsed, NotEndorsed, Deferred, ApprovedAsFullMember, ApprovedAsProvisionalMember, Rejected }

public static class MeetingDecisions
{
    public static IReadOnlyList<ListDecision> AvailableAt(MeetingBody body) => body switch
    {
        MeetingBody.GoverningBoard => [ListDecision.Endorsed, ListDecision.NotEndorsed, ListDecision.Deferred],
        MeetingBody.GeneralAssembly => [ListDecision.ApprovedAsFullMember, ListDecision.ApprovedAsProvisionalMember, ListDecision.Rejected, ListDecision.Deferred],
        _ => [],
    };

    public static string Describe(ListDecision decision) => decision switch
    {
        ListDecision.NotEndorsed => "Not endorsed",
        ListDecision.ApprovedAsFullMember => "Approved as full member",
        ListDecision.ApprovedAsProvisionalMember => "Approved as provisional member",
        _ => decision.ToString(),
    };

    /// <summary>
    /// The meeting decides its list: every application moves, and the minutes' membership item records one decision each.
    /// If any one cannot move, this throws naming it, and the caller saves nothing: all of it happens or none of it.
    /// </summary>
    public static void Record(Meeting meeting, Minutes minutes, IReadOnlyList<(MembershipApplication Application, ListDecision Decision)> decisions, Actor by)
    {
        if (decisions.Count == 0) throw new DomainException($"There is no decision to record for the {meeting.Title}.");
        var item = minutes.Items.FirstOrDefault(i => i.IsMembershipApplications)
            ?? minutes.AddItem((minutes.Items.Count + 1).ToString(), "Membership applications", isMembershipApplications: true);
        foreach (var (application, decision) in decisions)
        {
            try
            {
                Move(meeting, application, decision, by);
            }
            catch (DomainException ex)
            {
                throw new DomainException($"Nothing was recorded: {application.Organization.Name} cannot be decided. {ex.Message}");
            }
            minutes.RecordDecision(item, $"{Describe(decision)}: {application.Organization.Name} ({application.Organization.CountryName})",
                OutcomeOf(decision), by.Name, by.At, application.Id);
        }
    }

    private static void Move(Meeting meeting, MembershipApplication application, ListDecision decision, Actor by)
    {
        if (!AvailableAt(meeting.Body).Contains(decision))
            throw new DomainException($"'{Describe(decision)}' is not a decision the {meeting.Title} can take.");
        switch (decision)
        {
            case ListDecision.Endorsed: application.RecordBoardDecision(meeting, BoardDecision.Endorsed, by); break;
            case ListDecision.NotEndorsed: application.RecordBoardDecision(meeting, BoardDecision.NotEndorsed, by); break;
            case ListDecision.Deferred when meeting.Body == MeetingBody.GoverningBoard: application.RecordBoardDecision(meeting, BoardDecision.Deferred, by); break;
            case ListDecision.Deferred: application.RecordAssemblyDecision(meeting, AssemblyDecision.Deferred, by); break;
            case ListDecision.ApprovedAsFullMember: application.RecordAssemblyDecision(meeting, AssemblyDecision.AdmittedAsFullMember, by); break;
            case ListDecision.ApprovedAsProvisionalMember: application.RecordAssemblyDecision(meeting, AssemblyDecision.AdmittedAsProvisionalMember, by); break;
            case ListDecision.Rejected: application.RecordAssemblyDecision(meeting, AssemblyDecision.Rejected, by); break;
        }
    }

    private static DecisionOutcome OutcomeOf(ListDecision decision) => decision switch
    {
        ListDecision.Endorsed => DecisionOutcome.Endorsed,
        ListDecision.NotEndorsed => DecisionOutcome.NotEndorsed,
        ListDecision.Deferred => DecisionOutcome.Deferred,
        ListDecision.Rejected => DecisionOutcome.Rejected,
        _ => DecisionOutcome.Approved,
    };
}
