using System.Security.Cryptography;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Notifications;

/// <summary>One kind of email and whether the user receives it; the screen names it (NotificationsText: Kind_…, Who_…).</summary>
public sealed record NotificationChoice(NotificationKind Kind, bool On);

/// <summary>A row of the admin's outbox page.</summary>
public sealed record OutboxRow(int Id, NotificationKind Kind, string To, string Subject, DateTimeOffset CreatedAt, int Attempts,
    DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError, bool GaveUp, int Attachments)
{
    public bool IsSent => SentAt is not null;
}

/// <summary>The user's choices of email and calendar feed, the administrator's outbox and the applicants' wording.</summary>
public sealed class NotificationService(
    IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user, SecretariatTime time, EmailSettings settings)
{
    public static readonly IReadOnlyList<NotificationKind> ForUsers =
    [
        NotificationKind.ListOpenedForReview, NotificationKind.ReviewReminder, NotificationKind.AgendaPublished,
        NotificationKind.MinutesCirculated, NotificationKind.ObjectionRecorded,
    ];

    public bool IsSendingConfigured => settings.IsConfigured;

    // ---- the user's own choices ------------------------------------------------------------------------------

    public async Task<IReadOnlyList<NotificationChoice>> MyChoicesAsync()
    {
        var me = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var off = await db.NotificationOptOuts.AsNoTracking().Where(o => o.UserId == me.Id).Select(o => o.Kind).ToListAsync();
        return ForUsers.Select(k => new NotificationChoice(k, !off.Contains(k))).ToList();
    }

    /// <summary>Turns one kind of email on or off for the signed-in user.</summary>
    public async Task ChooseAsync(NotificationKind kind, bool on)
    {
        var me = await user.RequireAsync(Operation.ReadRecords);
        if (!ForUsers.Contains(kind)) throw new DomainException(ServiceRefusal.NotSentToAccounts);
        await using var db = await dbFactory.CreateDbContextAsync();
        var existing = await db.NotificationOptOuts.FirstOrDefaultAsync(o => o.UserId == me.Id && o.Kind == kind);
        if (on && existing is not null) db.NotificationOptOuts.Remove(existing);
        if (!on && existing is null) db.NotificationOptOuts.Add(new NotificationOptOut(me.Id, kind));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyRace()) { } // the same choice saved from another window
    }

    /// <summary>The signed-in user's private feed address, made on first asking.</summary>
    public async Task<string> MyCalendarFeedAsync()
    {
        var me = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var account = await db.Users.FirstAsync(u => u.Id == me.Id);
        if (account.CalendarToken is null)
        {
            account.CalendarToken = NewToken();
            await db.SaveChangesAsync();
        }
        return FeedUrl(account.CalendarToken);
    }

    /// <summary>A new secret: the old address stops working at once.</summary>
    public async Task<string> ResetCalendarFeedAsync()
    {
        var me = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var account = await db.Users.FirstAsync(u => u.Id == me.Id);
        account.CalendarToken = NewToken();
        await db.SaveChangesAsync();
        return FeedUrl(account.CalendarToken);
    }

    public string FeedUrl(string token) => settings.Link($"/calendar/{token}.ics");

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    // ---- calendars ---------------------------------------------------------------------------------------------

    /// <summary>The feed of the account holding <paramref name="token"/>: the meetings it may see; null for an unknown token or a disabled account.</summary>
    public async Task<byte[]?> FeedAsync(string token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64) return null;
        await using var db = await dbFactory.CreateDbContextAsync();
        var account = await db.Users.AsNoTracking().Where(u => u.CalendarToken == token && !u.IsDisabled)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.OrganizationId,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .FirstOrDefaultAsync();
        if (account is null) return null;
        var reader = new SignedInUser(account.Id, account.DisplayName, account.Roles, account.OrganizationId);
        if (!reader.Can(Operation.ReadRecords)) return null;
        var meetings = await Visibility.Meetings(reader, db.Meetings.AsNoTracking()).Include(m => m.AgendaRevisions)
            .OrderBy(m => m.StartDate).ToListAsync();
        return MeetingCalendar.Feed(meetings, settings, time, "ANSO meetings");
    }

    /// <summary>The invitation of one meeting, for a user who may see it; null otherwise.</summary>
    public async Task<byte[]?> InviteAsync(int meetingId)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var meeting = await Visibility.Meetings(reader, db.Meetings.AsNoTracking()).Include(m => m.AgendaRevisions).FirstOrDefaultAsync(m => m.Id == meetingId);
        return meeting is null ? null : MeetingCalendar.Invite(meeting, settings, time);
    }

    // ---- the administrator's outbox -------------------------------------------------------------------------

    public async Task<IReadOnlyList<OutboxRow>> OutboxAsync(bool failuresOnly, int take = 200)
    {
        await user.RequireAsync(Operation.ManageUsers);
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = db.Outbox.AsNoTracking();
        if (failuresOnly) query = query.Where(m => m.SentAt == null && m.LastError != null);
        return await query.OrderByDescending(m => m.Id).Take(take)
            .Select(m => new OutboxRow(m.Id, m.Kind, m.To, m.Subject, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.SentAt, m.LastError, m.GaveUp, m.Attachments.Count))
            .ToListAsync();
    }

    public async Task<string?> BodyAsync(int id)
    {
        await user.RequireAsync(Operation.ManageUsers);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().Where(m => m.Id == id).Select(m => m.Body).FirstOrDefaultAsync();
    }

    /// <summary>"Send again": due now, attempts counted afresh. A sent message is never sent again.</summary>
    public async Task SendAgainAsync(int id)
    {
        await user.RequireAsync(Operation.ManageUsers);
        await using var db = await dbFactory.CreateDbContextAsync();
        var message = await db.Outbox.FirstOrDefaultAsync(m => m.Id == id) ?? throw new DomainException(ServiceRefusal.MessageGone);
        message.SendAgain(time.Now);
        await db.SaveChangesAsync();
    }

    // ---- the wording of the emails to applicants --------------------------------------------------------------

    public async Task<IReadOnlyList<EmailTemplate>> TemplatesAsync()
    {
        await user.RequireAsync(Operation.ManageUsers);
        await using var db = await dbFactory.CreateDbContextAsync();
        var stored = await db.EmailTemplates.AsNoTracking().ToListAsync();
        return EmailTemplates.ToApplicants.Select(k => stored.FirstOrDefault(t => t.Kind == k) ?? EmailTemplates.Default(k)).ToList();
    }

    public async Task SaveTemplateAsync(NotificationKind kind, string subject, string body, bool enabled)
    {
        await user.RequireAsync(Operation.ManageUsers);
        if (!EmailTemplates.ToApplicants.Contains(kind)) throw new DomainException(ServiceRefusal.OnlyApplicantEmailsEditable);
        await using var db = await dbFactory.CreateDbContextAsync();
        var template = await db.EmailTemplates.FirstOrDefaultAsync(t => t.Kind == kind);
        if (template is null) db.EmailTemplates.Add(new EmailTemplate(kind, subject, body, enabled));
        else template.Edit(subject, body, enabled);
        await db.SaveChangesAsync();
    }
}
