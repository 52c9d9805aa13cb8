using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Notifications;

/// <summary>
/// The emails no user action causes: the review reminder (Email:ReminderDays before a GB meeting) and the daily digest
/// of objections (when Email:Objections is DailyDigest). Each is queued once, under a unique key, however often this
/// runs and on however many servers.
/// </summary>
public sealed class ScheduledNotices(IDbContextFactory<SecretariatDbContext> dbFactory, Notifier notifier, EmailSettings settings, SecretariatTime time)
{
    public async Task QueueAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await QueueRemindersAsync(db, ct);
        if (settings.Objections == ObjectionDelivery.DailyDigest) await QueueDigestAsync(db, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyRace())
        {
            // Another server queued the same ones a moment ago.
        }
    }

    private async Task QueueRemindersAsync(SecretariatDbContext db, CancellationToken ct)
    {
        var today = time.Today;
        var until = today.AddDays(settings.ReminderDays);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Body == MeetingBody.GoverningBoard && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished)
                        && m.StartDate > today && m.StartDate <= until)
            .ToListAsync(ct);
        foreach (var meeting in meetings)
        {
            var listed = await db.Applications.AsNoTracking()
                .Where(a => a.ListedAtMeetingId == meeting.Id && a.State == ApplicationState.ListedForBoard)
                .OrderBy(a => a.Organization.Name)
                .Select(a => new { a.Id, a.Organization.Name, a.Organization.CountryCode }).ToListAsync(ct);
            if (listed.Count == 0) continue;
            var positions = (await db.ReviewPositions.AsNoTracking().Where(p => p.MeetingId == meeting.Id)
                .Select(p => new { p.ReviewerId, p.ApplicationId }).ToListAsync(ct)).ToHashSet();
            var keys = await QueuedKeysAsync(db, $"reminder:{meeting.Id}:", ct);
            foreach (var member in await Recipients.InRoleAsync(db, Roles.BoardMember, NotificationKind.ReviewReminder, ct))
            {
                var waiting = listed.Where(a => !positions.Contains(new { ReviewerId = member.UserId, ApplicationId = a.Id }))
                    .Select(a => $"{a.Name} ({Countries.NameOf(a.CountryCode)})").ToList();
                if (waiting.Count == 0 || keys.Contains($"reminder:{meeting.Id}:{member.UserId}") || !member.MaySee(meeting)) continue;
                notifier.ReviewReminder(db, meeting, member, waiting);
            }
        }
    }

    /// <summary>Yesterday's objections (the secretariat's day), to each member of the secretariat, once.</summary>
    private async Task QueueDigestAsync(SecretariatDbContext db, CancellationToken ct)
    {
        var day = time.Today.AddDays(-1);
        var keys = await QueuedKeysAsync(db, $"objections:{day:yyyy-MM-dd}:", ct);
        var objections = (await (from p in db.ReviewPositions.AsNoTracking()
                                 where p.Position == Position.Object
                                 join a in db.Applications on p.ApplicationId equals a.Id
                                 join m in db.Meetings on p.MeetingId equals m.Id
                                 select new { p.ReviewerName, p.RecordedAt, p.Comment, a.Id, a.Organization.Name, m.Body, m.Number })
                .ToListAsync(ct))
            .Where(o => time.DateOf(o.RecordedAt) == day)
            .OrderBy(o => o.RecordedAt)
            .Select(o => ($"{o.ReviewerName} objects to {o.Name} ({Ordinal.Of(o.Number)} {Wording.Abbreviation(o.Body)})"
                          + (string.IsNullOrWhiteSpace(o.Comment) ? "" : $": {o.Comment}"), o.Id))
            .ToList();
        if (objections.Count == 0) return;
        foreach (var to in await Recipients.InRoleAsync(db, Roles.Secretariat, NotificationKind.ObjectionRecorded, ct))
            if (!keys.Contains($"objections:{day:yyyy-MM-dd}:{to.UserId}")) notifier.ObjectionDigest(db, to, day, objections);
    }

    private static async Task<HashSet<string>> QueuedKeysAsync(SecretariatDbContext db, string prefix, CancellationToken ct) =>
        (await db.Outbox.AsNoTracking().Where(m => m.OnceKey != null && m.OnceKey.StartsWith(prefix)).Select(m => m.OnceKey!).ToListAsync(ct)).ToHashSet();
}
