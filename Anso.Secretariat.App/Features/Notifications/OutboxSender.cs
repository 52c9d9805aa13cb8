using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Common;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Anso.Secretariat.App.Features.Notifications;

/// <summary>
/// Sends what is due in the outbox, one message at a time:
/// <list type="number">
/// <item>claims it in its own transaction (a token, the time, one more attempt), so no other sender takes it;</item>
/// <item>hands it to the SMTP server;</item>
/// <item>marks it sent (only while its claim is still this sender's).</item>
/// </list>
/// A message marked sent is never taken again. A refusal or a broken connection keeps the message, with the error, for
/// a later attempt (1, 2, 4 ... minutes, at most 6 hours apart; after <see cref="MaxAttempts"/> an administrator sends
/// it again). A sender that dies after its claim leaves a claim that expires after <see cref="Lease"/>; then another
/// sender takes the message. If it died after the server accepted the message and before marking it sent, the message
/// goes out a second time with the same Message-ID, which mail programs recognize as the same message.
/// </summary>
public sealed class OutboxSender(IDbContextFactory<SecretariatDbContext> dbFactory, EmailSettings settings, SecretariatTime time, ILogger<OutboxSender>? logger = null)
{
    public const int MaxAttempts = 8;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private const int Batch = 50;

    /// <summary>Runs after the claim and before the SMTP server is called; tests stop a sender there, as a crash would.</summary>
    public Func<OutboxMessage, Task>? AfterClaim { get; set; }

    /// <summary>Sends every message that is due; returns how many were sent. Without a server configured, sends nothing.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        if (!settings.IsConfigured) return 0;
        var now = time.Now;
        var expired = now - Lease;
        List<int> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            due = await db.Outbox.AsNoTracking()
                .Where(m => m.SentAt == null && !m.GaveUp && m.NextAttemptAt <= now && (m.ClaimedAt == null || m.ClaimedAt < expired))
                .OrderBy(m => m.Id).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        }
        if (due.Count == 0) return 0;

        var sent = 0;
        using var smtp = new SmtpClient { Timeout = 30_000 };
        try
        {
            foreach (var id in due)
            {
                ct.ThrowIfCancellationRequested();
                if (await SendOneAsync(smtp, id, ct)) sent++;
            }
        }
        finally
        {
            if (smtp.IsConnected) await smtp.DisconnectAsync(quit: true, CancellationToken.None);
        }
        return sent;
    }

    private async Task<bool> SendOneAsync(SmtpClient smtp, int id, CancellationToken ct)
    {
        var token = Guid.NewGuid().ToString("N");
        var now = time.Now;
        var expired = now - Lease;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // 1. The claim, in its own transaction: only one sender wins it.
        var claimed = await db.Outbox
            .Where(m => m.Id == id && m.SentAt == null && !m.GaveUp && (m.ClaimedAt == null || m.ClaimedAt < expired))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedAt, now).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        if (claimed == 0) return false;
        var message = await db.Outbox.AsNoTracking().Include(m => m.Attachments).FirstAsync(m => m.Id == id, ct);
        if (AfterClaim is { } hook) await hook(message);

        // 2. The send.
        try
        {
            if (!smtp.IsConnected) await ConnectAsync(smtp, ct);
            await smtp.SendAsync(ToMime(message), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var gaveUp = message.Attempts >= MaxAttempts;
            var next = time.Now + Backoff(message.Attempts);
            var error = Describe(e);
            logger?.LogWarning("Outbox message {Id} to {To} not sent (attempt {Attempt}): {Error}", id, message.To, message.Attempts, error);
            await db.Outbox.Where(m => m.Id == id && m.ClaimToken == token)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, error).SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.GaveUp, gaveUp).SetProperty(m => m.ClaimToken, (string?)null).SetProperty(m => m.ClaimedAt, (DateTimeOffset?)null), CancellationToken.None);
            if (e is not SmtpCommandException && smtp.IsConnected) await smtp.DisconnectAsync(true, CancellationToken.None);
            return false;
        }

        // 3. Sent: never taken again.
        var sentAt = time.Now;
        await db.Outbox.Where(m => m.Id == id && m.ClaimToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LastError, (string?)null).SetProperty(m => m.ClaimToken, (string?)null), CancellationToken.None);
        return true;
    }

    /// <summary>1, 2, 4, 8 ... minutes after the last failed attempt, at most 6 hours.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, Math.Max(0, attempts - 1))));

    private async Task ConnectAsync(SmtpClient smtp, CancellationToken ct)
    {
        var security = settings.Tls switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await smtp.ConnectAsync(settings.Host!, settings.Port, security, ct); // sending stops before this when no host is set (IsConfigured)
        if (!string.IsNullOrEmpty(settings.User)) await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
    }

    public MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        // The same id on every attempt: a message sent twice after a crash is recognizably one message.
        mime.MessageId = $"outbox-{message.Id}-{message.CreatedAt.ToUnixTimeMilliseconds()}@{SiteHost()}";
        mime.Date = message.CreatedAt;
        var builder = new BodyBuilder { TextBody = message.Body };
        foreach (var a in message.Attachments)
        {
            var type = ContentType.Parse(a.ContentType);
            if (type.MimeType == "text/calendar") type.Parameters.Add("method", "PUBLISH");
            builder.Attachments.Add(a.FileName, a.Content, type);
        }
        mime.Body = builder.ToMessageBody();
        return mime;
    }

    private string SiteHost() => Uri.TryCreate(settings.SiteUrl, UriKind.Absolute, out var u) ? u.Host : "anso.local";

    private static string Describe(Exception e) => e switch
    {
        SmtpCommandException c => $"The mail server refused the message ({(int)c.StatusCode}): {c.Message}",
        SmtpProtocolException p => $"The mail server broke off: {p.Message}",
        System.Net.Sockets.SocketException s => $"Cannot reach the mail server at {s.Message}",
        AuthenticationException a => $"The mail server did not accept the user name and password: {a.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    } is var text && text.Length > 2000 ? text[..2000] : text;
}
