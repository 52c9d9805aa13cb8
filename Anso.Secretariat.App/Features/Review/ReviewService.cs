using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Notifications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Review;

public sealed record ReviewItem(
    int ApplicationId, string OrganizationName, string? Acronym, string CountryCode, string Category,
    string? Summary, string? Recommendation, IReadOnlyList<SupportingDocument> Documents, ReviewPosition? MyPosition)
{
    public string CountryName => CountryNames.Of(CountryCode);
}

public sealed record ReviewList(Meeting Meeting, IReadOnlyList<ReviewItem> Items);

/// <summary>One GB member's position, as the secretariat sees it.</summary>
public sealed record PositionView(string ReviewerName, string? Organization, Position Position, string? Comment, DateTimeOffset RecordedAt);

/// <summary>The GB members' review of the endorsement lists before a GB meeting.</summary>
public sealed class ReviewService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user, TimeProvider clock, Notifier notifier)
{
    /// <summary>For a GB member: the lists of the GB meetings still to come, with their own positions.</summary>
    public async Task<IReadOnlyList<ReviewList>> UpcomingListsAsync()
    {
        var reviewer = await user.RequireAsync(Operation.RecordReviewPosition);
        await using var db = await dbFactory.CreateDbContextAsync();
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Body == MeetingBody.GoverningBoard && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished))
            .OrderBy(m => m.StartDate).ToListAsync();
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var applications = await db.Applications.AsNoTracking().AsSplitQuery()
            .Include(a => a.Organization).ThenInclude(o => o.Category).Include(a => a.Documents)
            .Where(a => a.State == ApplicationState.ListedForBoard && a.ListedAtMeetingId != null && meetingIds.Contains(a.ListedAtMeetingId.Value))
            .OrderBy(a => a.Organization.Category!.SortOrder).ThenBy(a => a.Organization.Name)
            .ToListAsync();
        var mine = await db.ReviewPositions.AsNoTracking()
            .Where(p => p.ReviewerId == reviewer.Id && meetingIds.Contains(p.MeetingId)).ToListAsync();
        return meetings.Select(m => new ReviewList(m, applications.Where(a => a.ListedAtMeetingId == m.Id)
            .Select(a => new ReviewItem(a.Id, a.Organization.Name, a.Organization.Acronym, a.Organization.CountryCode, a.Organization.Category!.Name,
                a.Summary, a.Recommendation, a.Documents, mine.FirstOrDefault(p => p.ApplicationId == a.Id && p.MeetingId == m.Id)))
            .ToList())).ToList();
    }

    /// <summary>
    /// Records or changes the signed-in GB member's position. Refused once the meeting has been held. Two saves of the same
    /// position at once (two tabs, a double click) both find none and both insert: the one that loses the race to the
    /// unique index loads the position that won and changes it, so neither sees a database error.
    /// </summary>
    public async Task RecordPositionAsync(int meetingId, int applicationId, Position position, string? comment)
    {
        var reviewer = await user.RequireAsync(Operation.RecordReviewPosition);
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SavePositionAsync(reviewer, meetingId, applicationId, position, comment);
                return;
            }
            catch (DbUpdateException ex) when (ex.IsUniqueKeyRace())
            {
                if (attempt == attempts)
                    throw new ConcurrencyConflictException(ServiceRefusal.PositionSavedTwice);
            }
        }
    }

    private async Task SavePositionAsync(SignedInUser reviewer, int meetingId, int applicationId, Position position, string? comment)
    {
        var at = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync();
        var meeting = await db.Meetings.FindAsync(meetingId) ?? throw new DomainException(ServiceRefusal.NoSuchMeeting, meetingId);
        var existing = await db.ReviewPositions.FirstOrDefaultAsync(p => p.MeetingId == meetingId && p.ApplicationId == applicationId && p.ReviewerId == reviewer.Id);
        var application = await db.Applications.Include(a => a.Organization).FirstOrDefaultAsync(a => a.Id == applicationId)
            ?? throw new DomainException(ServiceRefusal.NoSuchApplication, applicationId);
        var objectsNow = position == Position.Object && existing?.Position != Position.Object;
        if (existing is not null)
        {
            existing.Change(meeting, position, comment, at);
        }
        else
        {
            db.ReviewPositions.Add(ReviewPosition.Record(meeting, application, new Reviewer(reviewer.Id, reviewer.Name, reviewer.OrganizationId), position, comment, at));
        }
        if (objectsNow) await notifier.ObjectionRecordedAsync(db, meeting, application, reviewer.Name, comment);
        await db.SaveChangesAsync();
    }

    /// <summary>For the secretariat: every GB member's position on the applications of one GB meeting. A GB member sees only their own.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<PositionView>>> PositionsForMeetingAsync(int meetingId) =>
        await PositionsAsync(p => p.MeetingId == meetingId);

    public async Task<IReadOnlyList<PositionView>> PositionsForApplicationAsync(int applicationId) =>
        (await PositionsAsync(p => p.ApplicationId == applicationId)).GetValueOrDefault(applicationId) ?? [];

    private async Task<IReadOnlyDictionary<int, IReadOnlyList<PositionView>>> PositionsAsync(System.Linq.Expressions.Expression<Func<ReviewPosition, bool>> which)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = Visibility.Positions(reader, db.ReviewPositions.AsNoTracking()).Where(which);
        var rows = await (from p in query
                          join o in db.Organizations on p.ReviewerOrganizationId equals o.Id into orgs
                          from o in orgs.DefaultIfEmpty()
                          select new { p.ApplicationId, p.ReviewerName, Organization = o == null ? null : o.Name, p.Position, p.Comment, p.RecordedAt, p.Id })
            .ToListAsync();
        return rows.GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<PositionView>)g.OrderBy(r => r.Id).Select(r => new PositionView(r.ReviewerName, r.Organization, r.Position, r.Comment, r.RecordedAt)).ToList());
    }
}
