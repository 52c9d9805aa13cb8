using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Decisions;

public sealed record DecisionFilter(MeetingBody? Body = null, int? MeetingId = null, DecisionOutcome? Outcome = null, int? Year = null);

public sealed record DecisionRow(
    DateOnly Date, int MeetingId, string Meeting, MeetingBody Body, string Item, string Decision, DecisionOutcome Outcome, int? ApplicationId);

/// <summary>A meeting's share of the register under a filter: its minutes' decisions, then those only its history records.</summary>
public sealed record MeetingDecisionCount(int MeetingId, DateOnly Date, string Meeting, MeetingBody Body, int InMinutes, int FromHistory)
{
    public int Count => InMinutes + FromHistory;
}

/// <summary>
/// The register's counts under one filter, newest meeting first. The page keeps them while the filter stays, so paging
/// and sorting by date count nothing again.
/// </summary>
public sealed record DecisionCounts(DecisionFilter Filter, IReadOnlyList<MeetingDecisionCount> Meetings)
{
    public int Total => Meetings.Sum(m => m.Count);
}

/// <summary>
/// Every decision of every meeting: what the minutes record, and the membership decisions in the applications' history.
/// The register is ordered by meeting first (few rows: the meetings), so the counts are read from each meeting's tallies
/// (<see cref="DecisionTally"/>), and a page reads only the decisions of the one or two meetings it falls on, in the minutes' order.
/// </summary>
public sealed class DecisionRegisterService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user)
{

    /// <summary>The whole register under a filter (the CSV export, and the tests that read it all).</summary>
    public async Task<IReadOnlyList<DecisionRow>> ListAsync(DecisionFilter filter)
    {
        var counts = await CountAsync(filter);
        return await PageAsync(counts, 0, counts.Total);
    }

    public async Task<DecisionCounts> CountAsync(DecisionFilter filter)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var meetings = Visibility.Meetings(reader, db.Meetings.AsNoTracking());
        if (filter.Body is { } body) meetings = meetings.Where(m => m.Body == body);
        if (filter.MeetingId is { } id) meetings = meetings.Where(m => m.Id == id);
        var chosen = (await meetings.Select(m => new { m.Id, m.Body, m.Number, m.StartDate }).ToListAsync())
            .Where(m => filter.Year is null || m.StartDate.Year == filter.Year)
            .OrderByDescending(m => m.StartDate).ThenByDescending(m => m.Id)
            .ToList();

        // The tallies (DecisionTallies) hold a few rows per meeting. A reader who sees only circulated minutes
        // (Visibility.Minutes) counts a draft's decisions from the history, as the page then lists them.
        var seesDrafts = !Visibility.SeesOnlyBoardBusiness(reader);
        var tallies = await db.DecisionTallies.AsNoTracking()
            .Where(t => filter.Outcome == null || t.Outcome == filter.Outcome)
            .GroupBy(t => t.MeetingId)
            .Select(g => new
            {
                MeetingId = g.Key,
                InMinutes = g.Sum(t => seesDrafts ? t.InDraftMinutes + t.InCirculatedMinutes : t.InCirculatedMinutes),
                FromHistory = g.Sum(t => seesDrafts ? t.OnlyInHistory : t.NotInCirculatedMinutes),
            })
            .ToDictionaryAsync(t => t.MeetingId);

        return new(filter, chosen
            .Select(m => new MeetingDecisionCount(m.Id, m.StartDate, Wording.MeetingTitle(m.Body, m.Number), m.Body,
                tallies.GetValueOrDefault(m.Id)?.InMinutes ?? 0, tallies.GetValueOrDefault(m.Id)?.FromHistory ?? 0))
            .Where(m => m.Count > 0)
            .ToList());
    }

    /// <summary>
    /// The rows from <paramref name="skip"/>, newest meeting first (or oldest first); within a meeting, the minutes' decisions
    /// in the minutes' order, then the history's by organization.
    /// </summary>
    public async Task<IReadOnlyList<DecisionRow>> PageAsync(DecisionCounts counts, int skip, int take, bool oldestFirst = false)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var outcome = counts.Filter.Outcome;
        var rows = new List<DecisionRow>();
        foreach (var meeting in oldestFirst ? counts.Meetings.Reverse() : counts.Meetings)
        {
            if (rows.Count >= take) break;
            if (skip >= meeting.Count)
            {
                skip -= meeting.Count;
                continue;
            }
            if (skip < meeting.InMinutes)
            {
                var recorded = await MinutesDecisions(db, reader, outcome).Where(d => d.MeetingId == meeting.MeetingId)
                    .OrderBy(d => d.Position).ThenBy(d => d.Id)
                    .Skip(skip).Take(take - rows.Count)
                    .ToListAsync();
                rows.AddRange(recorded.Select(d => Row(meeting, $"{d.Number}. {d.Title}", d.Text, d.Outcome, d.ApplicationId)));
            }
            var historySkip = Math.Max(0, skip - meeting.InMinutes);
            if (rows.Count < take && historySkip < meeting.FromHistory)
            {
                var recorded = await HistoryDecisions(db, reader, outcome).Where(h => h.MeetingId == meeting.MeetingId)
                    .Join(db.Applications, h => h.ApplicationId, a => a.Id,
                        (h, a) => new { h.Id, h.ApplicationId, Action = h.Action!.Value, a.Organization.Name, a.Organization.CountryCode })
                    .OrderBy(h => h.Name).ThenBy(h => h.Id)
                    .Skip(historySkip).Take(take - rows.Count)
                    .ToListAsync();
                rows.AddRange(recorded.Select(h =>
                {
                    var decided = DecisionOutcomes.OfAction(h.Action)!.Value;
                    var text = $"{Wording.Of(decided)}: {h.Name} ({Domain.Common.Countries.NameOf(h.CountryCode)})";
                    return Row(meeting, Wording.Of(AgendaItemKind.MembershipApplications), text, decided, h.ApplicationId);
                }));
            }
            skip = 0;
        }
        return rows;
    }

    // Set by member initializers, so that EF translates the filters and orders on its members.
    private sealed class RecordedDecision
    {
        public int Id { get; init; }
        public int MeetingId { get; init; }
        public int Position { get; init; }
        public string Number { get; init; } = "";
        public string Title { get; init; } = "";
        public string Text { get; init; } = "";
        public DecisionOutcome Outcome { get; init; }
        public int? ApplicationId { get; init; }
    }

    /// <summary>The decisions in the current version of each meeting's minutes; a GB member sees GB minutes once circulated.</summary>
    private static IQueryable<RecordedDecision> MinutesDecisions(SecretariatDbContext db, SignedInUser reader, DecisionOutcome? outcome)
    {
        var decisions =
            from m in Visibility.Minutes(reader, db.Minutes, db.Meetings)
            where !m.IsSuperseded
            join i in db.Set<MinutesItem>() on m.Id equals i.MinutesId
            join d in db.Set<MinutesDecision>() on i.Id equals d.MinutesItemId
            select new RecordedDecision
            {
                Id = d.Id, MeetingId = m.MeetingId, Position = i.Position, Number = i.Number, Title = i.Title,
                Text = d.Text, Outcome = d.Outcome, ApplicationId = d.ApplicationId,
            };
        return outcome is { } o ? decisions.Where(d => d.Outcome == o) : decisions;
    }

    /// <summary>
    /// Membership decisions taken at meetings whose minutes do not carry them (older meetings, imports). The meeting's
    /// visibility is the page's (<see cref="CountAsync"/> lists only meetings the reader sees), and an application decided
    /// at a meeting the reader sees is one the reader sees (<see cref="Visibility.Applications"/>).
    /// </summary>
    private static IQueryable<ApplicationHistoryEntry> HistoryDecisions(SecretariatDbContext db, SignedInUser reader, DecisionOutcome? outcome)
    {
        var actions = DecisionOutcomes.DecidingActions.Where(a => outcome is null || DecisionOutcomes.OfAction(a) == outcome).ToList();
        var inMinutes = MinutesDecisions(db, reader, null);
        return db.ApplicationHistory
            .Where(h => h.MeetingId != null && h.Action != null && actions.Contains(h.Action.Value))
            .Where(h => !inMinutes.Any(d => d.MeetingId == h.MeetingId && d.ApplicationId == h.ApplicationId));
    }

    private static DecisionRow Row(MeetingDecisionCount meeting, string item, string text, DecisionOutcome outcome, int? applicationId) =>
        new(meeting.Date, meeting.MeetingId, meeting.Meeting, meeting.Body, item, text, outcome, applicationId);
}
