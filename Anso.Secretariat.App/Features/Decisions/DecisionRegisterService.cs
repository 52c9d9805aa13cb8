using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Decisions;

public sealed record DecisionFilter(MeetingBody? Body = null, int? MeetingId = null, DecisionOutcome? Outcome = null, int? Year = null);

public sealed record DecisionRow(
    DateOnly Date, int MeetingId, string Meeting, MeetingBody Body, string Item, string Decision, DecisionOutcome Outcome, int? ApplicationId);

/// <summary>Every decision of every meeting: what the minutes record, and the membership decisions in the applications' history.</summary>
public sealed class DecisionRegisterService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user)
{
    public async Task<IReadOnlyList<DecisionRow>> ListAsync(DecisionFilter filter)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var meetings = await Visibility.Meetings(reader, db.Meetings).AsNoTracking().ToDictionaryAsync(m => m.Id);

        // The current version of each meeting's minutes; a GB member sees GB minutes once circulated.
        var minutes = await Visibility.Minutes(reader, db.Minutes, db.Meetings).AsNoTracking().AsSplitQuery()
            .Include(m => m.Items).ThenInclude(i => i.Decisions)
            .Where(m => !m.IsSuperseded)
            .ToListAsync();
        var rows = minutes.SelectMany(m => m.Items.SelectMany(i => i.Decisions.Select(d =>
            Row(meetings[m.MeetingId], $"{i.Number}. {i.Title}", d.Text, d.Outcome, d.ApplicationId)))).ToList();

        // Membership decisions taken at meetings whose minutes do not carry them (older meetings, imports).
        var inMinutes = rows.Where(r => r.ApplicationId is not null).Select(r => (r.MeetingId, r.ApplicationId!.Value)).ToHashSet();
        var actions = DecisionOutcomes.DecidingActions.ToList();
        var meetingIds = meetings.Keys.ToList();
        var history = await db.ApplicationHistory.AsNoTracking()
            .Where(h => h.MeetingId != null && h.Action != null && actions.Contains(h.Action.Value) && meetingIds.Contains(h.MeetingId.Value))
            .Join(Visibility.Applications(reader, db.Applications), h => h.ApplicationId, a => a.Id, (h, a) => new { h.ApplicationId, h.MeetingId, h.Action, a.Organization.Name, a.Organization.CountryCode })
            .ToListAsync();
        rows.AddRange(history
            .Where(h => !inMinutes.Contains((h.MeetingId!.Value, h.ApplicationId)))
            .Select(h => (h, Outcome: DecisionOutcomes.OfAction(h.Action!.Value)!.Value))
            .Select(x => Row(meetings[x.h.MeetingId!.Value], Wording.Of(AgendaItemKind.MembershipApplications),
                $"{Wording.Of(x.Outcome)}: {x.h.Name} ({Domain.Common.Countries.NameOf(x.h.CountryCode)})",
                x.Outcome, x.h.ApplicationId)));

        return rows
            .Where(r => filter.Body is null || r.Body == filter.Body)
            .Where(r => filter.MeetingId is null || r.MeetingId == filter.MeetingId)
            .Where(r => filter.Outcome is null || r.Outcome == filter.Outcome)
            .Where(r => filter.Year is null || r.Date.Year == filter.Year)
            .OrderByDescending(r => r.Date).ThenBy(r => r.Item).ThenBy(r => r.Decision)
            .ToList();
    }

    private static DecisionRow Row(Meeting meeting, string item, string text, DecisionOutcome outcome, int? applicationId) =>
        new(meeting.StartDate, meeting.Id, meeting.Title, meeting.Body, item, text, outcome, applicationId);
}
