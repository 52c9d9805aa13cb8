namespace Anso.Secretariat.App.Features.Notifications;

/// <summary>The kinds of email the app sends; each user can turn each one off (<see cref="NotificationOptOut"/>).</summary>
public enum NotificationKind
{
    ListOpenedForReview,
    ReviewReminder,
    AgendaPublished,
    MinutesCirculated,
    ObjectionRecorded,
    ApplicationAcknowledged,
    ApplicationOutcome,
}

/// <summary>
/// One email to one recipient, written in the same transaction as the change that caused it and sent later by
/// <see cref="OutboxSender"/>. A sender claims it (<see cref="ClaimToken"/>, <see cref="ClaimedAt"/>) in its own
/// transaction before talking to the SMTP server, and marks it sent after; a claim older than the lease is a crashed
/// sender's and is taken over.
/// </summary>
public class OutboxMessage
{
    private readonly List<OutboxAttachment> _attachments = [];

    private OutboxMessage() { } // EF

    public OutboxMessage(NotificationKind kind, string to, string subject, string body, DateTimeOffset created, string? onceKey = null)
    {
        Kind = kind;
        To = to;
        Subject = subject;
        Body = body;
        CreatedAt = created;
        NextAttemptAt = created;
        OnceKey = onceKey;
    }

    public int Id { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Set for scheduled messages (reminders, digests): a unique key, so a message is queued once however often the schedule runs.</summary>
    public string? OnceKey { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? ClaimToken { get; private set; }
    public DateTimeOffset? ClaimedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>True once the sender gave up (<see cref="OutboxSender.MaxAttempts"/>); an administrator can send it again.</summary>
    public bool GaveUp { get; private set; }
    public IReadOnlyList<OutboxAttachment> Attachments => _attachments;

    public OutboxMessage Attach(string fileName, string contentType, byte[] content)
    {
        _attachments.Add(new OutboxAttachment(fileName, contentType, content));
        return this;
    }

    /// <summary>An administrator's "send again": due now, with a fresh count of attempts.</summary>
    public void SendAgain(DateTimeOffset now)
    {
        if (SentAt is not null) throw new Domain.Common.DomainException(ServiceRefusal.MessageAlreadySent);
        Attempts = 0;
        GaveUp = false;
        NextAttemptAt = now;
        ClaimToken = null;
        ClaimedAt = null;
    }
}

/// <summary>A file sent with a message (the agenda PDF, the .ics, the draft minutes), stored with it.</summary>
public class OutboxAttachment
{
    private OutboxAttachment() { } // EF

    internal OutboxAttachment(string fileName, string contentType, byte[] content)
    {
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    public int Id { get; private set; }
    public int OutboxMessageId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
}

/// <summary>A user who turned off one kind of email.</summary>
public class NotificationOptOut
{
    private NotificationOptOut() { } // EF

    public NotificationOptOut(string userId, NotificationKind kind)
    {
        UserId = userId;
        Kind = kind;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
}

/// <summary>
/// The wording of an email to an applicant's contact, editable by an administrator; placeholders in braces
/// (<see cref="EmailTemplates.Placeholders"/>). Off until an administrator turns it on.
/// </summary>
public class EmailTemplate
{
    private EmailTemplate() { } // EF

    public EmailTemplate(NotificationKind kind, string subject, string body, bool enabled)
    {
        Kind = kind;
        Edit(subject, body, enabled);
    }

    public int Id { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public bool Enabled { get; private set; }

    public void Edit(string subject, string body, bool enabled)
    {
        if (string.IsNullOrWhiteSpace(subject)) throw new Domain.Common.DomainException(ServiceRefusal.SubjectEmpty);
        if (string.IsNullOrWhiteSpace(body)) throw new Domain.Common.DomainException(ServiceRefusal.MessageEmpty);
        Subject = subject.Trim();
        Body = body.Trim();
        Enabled = enabled;
    }
}
