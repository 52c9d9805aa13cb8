using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Dashboard;

/// <summary>A number on the dashboard and the filtered list behind it.</summary>
public sealed record Figure(string Label, int Count, string Href);

public sealed record RegionFigure(string Region, int Count, string Href, IReadOnlyList<Figure> Countries);

/// <param name="Admitted">Current members whose membership started that year.</param>
/// <param name="Total">Current members whose membership started that year or before.</param>
public sealed record YearFigure(int Year, Figure Admitted, Figure Total);

public enum MeetingNeedKind { AgendaNotPublished, PreviousMinutesNotApproved, EndorsedNotListed }

/// <summary>Something a meeting still needs before it can take place, with where to do it; the screen words it.</summary>
/// <param name="Meeting">The previous meeting whose minutes wait ("9th GB").</param>
/// <param name="Count">The applications that wait.</param>
public sealed record MeetingNeed(MeetingNeedKind Kind, string Href, string? Meeting = null, int Count = 0);

public sealed record UpcomingMeeting(int Id, string Title, string Dates, string Venue, MeetingStatus Status,
    Figure? Listed, IReadOnlyList<MeetingNeed> Needs);

public sealed record DashboardFigures(
    Figure Members,
    Figure Countries,
    Figure OpenApplications,
    IReadOnlyList<Figure> ApplicationsByState,
    IReadOnlyList<Figure> MembersByCategory,
    IReadOnlyList<RegionFigure> MembersByRegion,
    IReadOnlyList<YearFigure> MembersOverTime,
    IReadOnlyList<UpcomingMeeting> UpcomingMeetings);

public sealed class DashboardService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user)
{
    private const string MembersList = "/organizations?status=Member";

    public async Task<DashboardFigures> LoadAsync()
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();

        var byState = await Visibility.Applications(reader, db.Applications.AsNoTracking())
            .GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var applicationsByState = Enum.GetValues<ApplicationState>()
            .Select(s => new Figure(Wording.Of(s), byState.GetValueOrDefault(s), $"/applications?state={s}"))
            .ToList();
        var open = byState.Where(kv => ApplicationWorkflow.IsOpen(kv.Key)).Sum(kv => kv.Value);

        // Every member figure is counted by the database (GROUP BY), never by loading the members, from an index on the
        // status and the figure's column (DashboardAndRegisterIndexes).
        var members = db.Organizations.AsNoTracking().Where(o => o.Status == OrganizationStatus.Member);
        var perCategory = await members.GroupBy(o => o.CategoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var perCountry = await members.GroupBy(o => o.CountryCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync();
        // By admission date, not year: the dates come in index order (IX_Organizations_Status_MemberSince), where the year
        // would be worked out on every member's row and sorted. There are few dates (a GA's), so the years add up here.
        var perYear = (await members.Where(o => o.MemberSince != null).GroupBy(o => o.MemberSince)
                .Select(g => new { Date = g.Key!.Value, Count = g.Count() }).ToListAsync())
            .GroupBy(d => d.Date.Year).ToDictionary(g => g.Key, g => g.Sum(d => d.Count));
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();

        var byCategory = categories
            .Select(c => new Figure(c.Name, perCategory.GetValueOrDefault(c.Id), $"{MembersList}&category={c.Id}"))
            .ToList();

        var byRegion = perCountry.GroupBy(c => Regions.Of(c.Code))
            .Select(g => (Region: g.Key, Count: g.Sum(c => c.Count), Countries: g))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Region)
            .Select(r => new RegionFigure(r.Region, r.Count, $"{MembersList}&region={r.Region}",
                r.Countries
                    .Select(c => new Figure(CountryNames.Of(c.Code), c.Count, $"{MembersList}&country={c.Code}"))
                    .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal).ToList()))
            .ToList();

        var overTime = perYear.Count == 0 ? [] : Enumerable.Range(perYear.Keys.Min(), perYear.Keys.Max() - perYear.Keys.Min() + 1)
            .Select(y => new YearFigure(y,
                new Figure($"Admitted in {y}", perYear.GetValueOrDefault(y), $"{MembersList}&admitted={y}"),
                new Figure($"Members by the end of {y}", perYear.Where(kv => kv.Key <= y).Sum(kv => kv.Value), $"{MembersList}&admittedBy={y}")))
            .ToList();

        return new DashboardFigures(
            new Figure("Members", perCountry.Sum(c => c.Count), MembersList),
            new Figure("Countries", perCountry.Count, MembersList),
            new Figure("Open applications", open, "/applications"),
            applicationsByState, byCategory, byRegion, overTime,
            await UpcomingMeetingsAsync(db, reader, byState.GetValueOrDefault(ApplicationState.Endorsed)));
    }

    /// <summary>
    /// Meetings not held yet, soonest first, each with what it still needs: a published agenda, the approval of the
    /// minutes of the previous meeting of its body (approved at the next one), and, for the next GA, the applications
    /// the GB endorsed that are not on a GA's list yet.
    /// </summary>
    private static async Task<IReadOnlyList<UpcomingMeeting>> UpcomingMeetingsAsync(SecretariatDbContext db, SignedInUser reader, int endorsed)
    {
        var meetings = await Visibility.Meetings(reader, db.Meetings.AsNoTracking()).OrderBy(m => m.StartDate).ToListAsync();
        var upcoming = meetings.Where(m => !m.HasBeenHeld).ToList();
        var ids = upcoming.Select(m => m.Id).ToList();
        var listed = await Visibility.Applications(reader, db.Applications.AsNoTracking())
            .Where(a => a.ListedAtMeetingId != null && ids.Contains(a.ListedAtMeetingId.Value))
            .GroupBy(a => a.ListedAtMeetingId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var nextAssembly = upcoming.FirstOrDefault(m => m.Body == MeetingBody.GeneralAssembly);

        return upcoming.Select(m =>
        {
            var needs = new List<MeetingNeed>();
            if (m.Status == MeetingStatus.Planned) needs.Add(new(MeetingNeedKind.AgendaNotPublished, $"/meetings/{m.Id}"));
            var previous = meetings.Where(p => p.Body == m.Body && p.Number < m.Number).MaxBy(p => p.Number);
            if (previous is { Status: MeetingStatus.Held })
                needs.Add(new(MeetingNeedKind.PreviousMinutesNotApproved, $"/meetings/{previous.Id}", previous.ShortName));
            if (m == nextAssembly && endorsed > 0)
                needs.Add(new(MeetingNeedKind.EndorsedNotListed, $"/applications?state={ApplicationState.Endorsed}", Count: endorsed));
            Figure? onList = m.Body is MeetingBody.GoverningBoard or MeetingBody.GeneralAssembly
                ? new Figure("On its list", listed.GetValueOrDefault(m.Id), $"/applications?meeting={m.Id}")
                : null;
            return new UpcomingMeeting(m.Id, m.Title, m.Dates, Wording.Where(m.Venue), m.Status, onList, needs);
        }).ToList();
    }
}
