using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.Domain.Applications;

public enum Position { Support, Object, Abstain }

/// <summary>A GB member, as the review records them.</summary>
public sealed record Reviewer(string UserId, string Name, int? OrganizationId);

/// <summary>
/// A GB member's position on one application on an upcoming GB meeting's list, recorded before the meeting.
/// It can be changed until the meeting is held; it never moves the application.
/// </summary>
public class ReviewPosition
{
    private ReviewPosition() { } // EF

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public int ApplicationId { get; private set; }
    public string ReviewerId { get; private set; } = "";
    public string ReviewerName { get; private set; } = "";
    public int? ReviewerOrganizationId { get; private set; }
    public Position Position { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static ReviewPosition Record(Meeting meeting, MembershipApplication application, Reviewer reviewer, Position position, string? comment, DateTimeOffset at)
    {
        EnsureOpen(meeting);
        if (application.State != ApplicationState.ListedForBoard || application.ListedAtMeetingId != meeting.Id)
            throw application.Organization is { } organization
                ? new DomainException(Refusal.NotOnTheListToReview, organization.Name, meeting)
                : new DomainException(Refusal.ApplicationNotOnTheListToReview, meeting);
        var recorded = new ReviewPosition
        {
            MeetingId = meeting.Id,
            ApplicationId = application.Id,
            ReviewerId = reviewer.UserId,
            ReviewerName = reviewer.Name,
            ReviewerOrganizationId = reviewer.OrganizationId,
        };
        recorded.Set(position, comment, at);
        return recorded;
    }

    public void Change(Meeting meeting, Position position, string? comment, DateTimeOffset at)
    {
        if (meeting.Id != MeetingId) throw new DomainException(Refusal.PositionOfAnotherMeeting);
        EnsureOpen(meeting);
        Set(position, comment, at);
    }

    private void Set(Position position, string? comment, DateTimeOffset at)
    {
        Position = position;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        RecordedAt = at;
    }

    private static void EnsureOpen(Meeting meeting)
    {
        if (meeting.Body != MeetingBody.GoverningBoard)
            throw new DomainException(Refusal.PositionsOnlyForBoard);
        if (meeting.HasBeenHeld)
            throw new DomainException(Refusal.PositionsClosed, meeting);
    }
}

/// <summary>How the GB members' positions on one application add up.</summary>
public sealed record PositionTally(int Support, int Object, int Abstain)
{
    public static readonly PositionTally None = new(0, 0, 0);
    public int Total => Support + Object + Abstain;
    public override string ToString() => Total == 0 ? "no positions yet" : $"{Support} support, {Object} object, {Abstain} abstain";

    public static PositionTally Of(IEnumerable<Position> positions)
    {
        var list = positions.ToList();
        return new(list.Count(p => p == Position.Support), list.Count(p => p == Position.Object), list.Count(p => p == Position.Abstain));
    }
}
