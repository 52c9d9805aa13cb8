using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.Domain.Applications;

/// <summary>One application's decision (one of <see cref="DecisionOutcomes.OnApplicationsAt"/>), with an optional note that goes into its history and the minutes.</summary>
public sealed record DecisionOnList(MembershipApplication Application, DecisionOutcome Decision, string? Note = null);

public static class MeetingDecisions
{
    public static IReadOnlyList<DecisionOutcome> AvailableAt(MeetingBody body) => DecisionOutcomes.OnApplicationsAt(body);

    /// <summary>
    /// The meeting decides its list: every application moves, and the minutes' membership item records one decision each
    /// (its outcome and the application, as data). A meeting decides only once it has begun (<paramref name="today"/> in
    /// the secretariat's time zone): recording marks it held; before its first day nothing is recorded.
    /// If any one cannot move, this throws naming it, and the caller saves nothing: all of it happens or none of it.
    /// </summary>
    public static void Record(Meeting meeting, Minutes minutes, IReadOnlyList<DecisionOnList> decisions, Actor by, DateOnly today)
    {
        if (decisions.Count == 0) throw new DomainException(Refusal.NoDecisionToRecord, meeting);
        meeting.TakeDecisions(today);
        var item = minutes.Items.FirstOrDefault(i => i.IsMembershipApplications)
            ?? minutes.AddItem((minutes.Items.Count + 1).ToString(), "Membership applications", isMembershipApplications: true);
        foreach (var (application, decision, note) in decisions)
        {
            try
            {
                Move(meeting, application, decision, by, note);
            }
            catch (DomainException ex)
            {
                throw new DomainException(Refusal.NothingRecorded, application.Organization.Name, ex);
            }
            // The minutes' own text names the organization as it was; the outcome is the stored value, never read back from it.
            var text = $"{DecisionOutcomes.Describe(decision)}: {application.Organization.Name} ({application.Organization.CountryName})";
            minutes.RecordDecision(meeting, item, string.IsNullOrWhiteSpace(note) ? text : $"{text}. {note.Trim()}",
                decision, today, by.Name, by.At, application.Id);
        }
    }

    private static void Move(Meeting meeting, MembershipApplication application, DecisionOutcome decision, Actor by, string? note)
    {
        if (!AvailableAt(meeting.Body).Contains(decision))
            throw new DomainException(Refusal.NotADecisionOfThisMeeting, decision, meeting);
        switch (decision)
        {
            case DecisionOutcome.Endorsed: application.RecordBoardDecision(meeting, BoardDecision.Endorsed, by, note); break;
            case DecisionOutcome.NotEndorsed: application.RecordBoardDecision(meeting, BoardDecision.NotEndorsed, by, note); break;
            case DecisionOutcome.Deferred when meeting.Body == MeetingBody.GoverningBoard: application.RecordBoardDecision(meeting, BoardDecision.Deferred, by, note); break;
            case DecisionOutcome.Deferred: application.RecordAssemblyDecision(meeting, AssemblyDecision.Deferred, by, note); break;
            case DecisionOutcome.ApprovedAsFullMember: application.RecordAssemblyDecision(meeting, AssemblyDecision.AdmittedAsFullMember, by, note); break;
            case DecisionOutcome.ApprovedAsProvisionalMember: application.RecordAssemblyDecision(meeting, AssemblyDecision.AdmittedAsProvisionalMember, by, note); break;
            case DecisionOutcome.Rejected: application.RecordAssemblyDecision(meeting, AssemblyDecision.Rejected, by, note); break;
        }
    }
}
