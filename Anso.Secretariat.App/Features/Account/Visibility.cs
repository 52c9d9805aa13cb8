using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.App.Features.Account;

/// <summary>
/// What a reader may see, in one place. Every service query of applications, organizations, meetings, minutes and
/// review positions starts from one of these filters. The secretariat, administrators and viewers see everything; a GB
/// member sees what concerns GB meetings:
/// <list type="bullet">
/// <item>applications that are, or were, on a GB meeting's list;</item>
/// <item>organizations that are or were members, and applicants with such an application;</item>
/// <item>GB meetings, and their minutes once circulated;</item>
/// <item>their own review positions, no tally of the others'.</item>
/// </list>
/// </summary>
public static class Visibility
{
    /// <summary>Whether the reader sees only what concerns GB meetings.</summary>
    public static bool SeesOnlyBoardBusiness(SignedInUser reader) => reader.IsBoardMember;

    /// <summary>Whether the reader sees the tally of every GB member's positions (a GB member sees only their own).</summary>
    public static bool SeesPositionTallies(SignedInUser reader) => !SeesOnlyBoardBusiness(reader);

    public static IQueryable<MembershipApplication> Applications(SignedInUser reader, IQueryable<MembershipApplication> query) =>
        SeesOnlyBoardBusiness(reader)
            ? query.Where(a => (a.ListedAtMeeting != null && a.ListedAtMeeting.Body == MeetingBody.GoverningBoard)
                || a.History.Any(h => h.Meeting != null && h.Meeting.Body == MeetingBody.GoverningBoard))
            : query;

    /// <param name="applications">The applications set of the same context (an applicant is visible through its applications).</param>
    public static IQueryable<Organization> Organizations(
        SignedInUser reader, IQueryable<Organization> query, IQueryable<MembershipApplication> applications)
    {
        if (!SeesOnlyBoardBusiness(reader)) return query;
        var visible = Applications(reader, applications);
        return query.Where(o => o.Status != OrganizationStatus.Applicant || visible.Any(a => a.OrganizationId == o.Id));
    }

    public static IQueryable<Meeting> Meetings(SignedInUser reader, IQueryable<Meeting> query) =>
        SeesOnlyBoardBusiness(reader) ? query.Where(m => m.Body == MeetingBody.GoverningBoard) : query;

    /// <param name="meetings">The meetings set of the same context.</param>
    public static IQueryable<Domain.Meetings.Minutes> Minutes(SignedInUser reader, IQueryable<Domain.Meetings.Minutes> query, IQueryable<Meeting> meetings)
    {
        if (!SeesOnlyBoardBusiness(reader)) return query;
        var visible = Meetings(reader, meetings);
        return query.Where(m => m.Status != MinutesStatus.Draft && visible.Any(x => x.Id == m.MeetingId));
    }

    public static IQueryable<ReviewPosition> Positions(SignedInUser reader, IQueryable<ReviewPosition> query) =>
        SeesOnlyBoardBusiness(reader) ? query.Where(p => p.ReviewerId == reader.Id) : query;
}
