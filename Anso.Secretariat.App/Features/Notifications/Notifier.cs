using System.Text;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Notifications;

/// <summary>
/// Writes the emails a change causes into the outbox of the context that saves the change, so that the change and its
/// emails are saved together, by the service's one SaveChanges, or not at all. One message per recipient; nobody who
/// turned that kind off gets one. <see cref="OutboxSender"/> sends them later.
/// </summary>
public sealed class Notifier(EmailSettings settings, SecretariatTime time)
{
    public const string Signature = "ANSO Secretariat";

    /// <summary>Applications put on a GB meeting's list: the GB members are asked to review them (the list "opens" as it fills).</summary>
    public async Task ApplicationsListedAsync(SecretariatDbContext db, Meeting meeting, IReadOnlyList<MembershipApplication> listed)
    {
        if (meeting.Body != MeetingBody.GoverningBoard || listed.Count == 0) return;
        foreach (var to in await Recipients.InRoleAsync(db, Roles.BoardMember, NotificationKind.ListOpenedForReview))
        {
            if (!to.MaySee(meeting)) continue;
            var body = new StringBuilder()
                .AppendLine($"Dear {to.Name},").AppendLine()
                .AppendLine($"{Display.Count(listed.Count, "application has", "applications have")} been put on the list of the {meeting.Title} ({Where(meeting)}) for your review:")
                .AppendJoin("", listed.Select(a => $"- {a.Organization.Name} ({Countries.NameOf(a.Organization.CountryCode)})\n"))
                .AppendLine().AppendLine("Please record your position on each before the meeting:")
                .AppendLine(settings.Link("/review"));
            Add(db, NotificationKind.ListOpenedForReview, to, $"{meeting.ShortName}: {Display.Count(listed.Count, "application")} for your review", body);
        }
    }

    /// <summary>A reminder, some days before a GB meeting, to a member who has not recorded a position on every application.</summary>
    public void ReviewReminder(SecretariatDbContext db, Meeting meeting, Recipient to, IReadOnlyList<string> waiting)
    {
        var body = new StringBuilder()
            .AppendLine($"Dear {to.Name},").AppendLine()
            .AppendLine($"The {meeting.Title} is on {Where(meeting)}. You have not yet recorded a position on:")
            .AppendJoin("", waiting.Select(w => $"- {w}\n"))
            .AppendLine().AppendLine("Record your positions here:").AppendLine(settings.Link("/review"));
        Add(db, NotificationKind.ReviewReminder, to,
            $"Reminder: {meeting.ShortName} on {meeting.Dates}: {Display.Count(waiting.Count, "application")} without your position", body,
            onceKey: $"reminder:{meeting.Id}:{to.UserId}");
    }

    /// <summary>The agenda published (revision 1) or revised: to the participants, with the agenda PDF and an invitation.</summary>
    public async Task AgendaPublishedAsync(SecretariatDbContext db, Meeting meeting, Func<PdfFile> buildAgenda)
    {
        var recipients = await Recipients.ParticipantsAsync(db, meeting, NotificationKind.AgendaPublished);
        if (recipients.Count == 0) return;
        var agenda = buildAgenda();
        var invite = MeetingCalendar.Invite(meeting, settings, time);
        var revision = meeting.CurrentRevision ?? throw new InvalidOperationException("The agenda is not published.");
        var (subject, opening) = revision.Number == 1
            ? ($"Agenda published: {meeting.Title}", $"The agenda of the {meeting.Title} ({Where(meeting)}) is published.")
            : ($"Agenda revised (revision {revision.Number}): {meeting.Title}",
               $"The agenda of the {meeting.Title} ({Where(meeting)}) was revised (revision {revision.Number}): {revision.Change}");
        foreach (var to in recipients)
        {
            var body = new StringBuilder()
                .AppendLine($"Dear {to.Name},").AppendLine()
                .AppendLine(opening)
                .AppendLine("The agenda and a calendar invitation are attached. The meeting's page:")
                .AppendLine(settings.Link($"/meetings/{meeting.Id}"));
            Add(db, NotificationKind.AgendaPublished, to, subject, body)
                .Attach(agenda.FileName, "application/pdf", agenda.Content)
                .Attach("invite.ics", "text/calendar", invite);
        }
    }

    /// <summary>Minutes circulated for comment: to the participants, with the draft attached.</summary>
    public async Task MinutesCirculatedAsync(SecretariatDbContext db, Meeting meeting, Func<Task<PdfFile>> buildDraft)
    {
        var recipients = await Recipients.ParticipantsAsync(db, meeting, NotificationKind.MinutesCirculated);
        if (recipients.Count == 0) return;
        var draft = await buildDraft();
        foreach (var to in recipients)
        {
            var body = new StringBuilder()
                .AppendLine($"Dear {to.Name},").AppendLine()
                .AppendLine($"The draft minutes of the {meeting.Title} ({meeting.Dates}) are circulated for your comments. The draft is attached.")
                .AppendLine("Send your comments to the secretariat. The minutes on the meeting's page:")
                .AppendLine(settings.Link($"/meetings/{meeting.Id}"));
            Add(db, NotificationKind.MinutesCirculated, to, $"Draft minutes for comment: {meeting.Title}", body)
                .Attach(draft.FileName, "application/pdf", draft.Content);
        }
    }

    /// <summary>A GB member objects to an application: the secretariat hears at once, unless the setting asks for a daily digest.</summary>
    public async Task ObjectionRecordedAsync(SecretariatDbContext db, Meeting meeting, MembershipApplication application, string reviewer, string? comment)
    {
        if (settings.Objections != ObjectionDelivery.AtOnce) return;
        foreach (var to in await Recipients.InRoleAsync(db, Roles.Secretariat, NotificationKind.ObjectionRecorded))
        {
            var body = new StringBuilder()
                .AppendLine($"{reviewer} objects to the application of {application.Organization.Name} ({Countries.NameOf(application.Organization.CountryCode)}) on the list of the {meeting.Title}.")
                .AppendLine(string.IsNullOrWhiteSpace(comment) ? "No comment was given." : $"Comment: {comment}")
                .AppendLine().AppendLine(settings.Link($"/applications/{application.Id}"));
            Add(db, NotificationKind.ObjectionRecorded, to, $"Objection: {reviewer} on {application.Organization.Name} ({meeting.ShortName})", body);
        }
    }

    /// <summary>The digest of one day's objections, to one member of the secretariat; queued once per day and person.</summary>
    public void ObjectionDigest(SecretariatDbContext db, Recipient to, DateOnly day, IReadOnlyList<(string Line, int ApplicationId)> objections)
    {
        var body = new StringBuilder()
            .AppendLine($"GB members recorded {Display.Count(objections.Count, "objection")} on {Display.Date(day)}:")
            .AppendJoin("", objections.Select(o => $"- {o.Line}\n  {settings.Link($"/applications/{o.ApplicationId}")}\n"));
        Add(db, NotificationKind.ObjectionRecorded, to, $"Objections recorded on {Display.Date(day)} ({objections.Count})", body,
            onceKey: $"objections:{day:yyyy-MM-dd}:{to.UserId}");
    }

    /// <summary>The acknowledgement to the applicant's contact, when the administrator has turned it on.</summary>
    public Task ApplicationRecordedAsync(SecretariatDbContext db, MembershipApplication application) =>
        ToApplicantAsync(db, NotificationKind.ApplicationAcknowledged, application, null, null);

    /// <summary>The GA's decision, to the applicant's contact, when the administrator has turned it on.</summary>
    public Task AssemblyDecidedAsync(SecretariatDbContext db, Meeting meeting, MembershipApplication application, DecisionOutcome outcome) =>
        meeting.Body == MeetingBody.GeneralAssembly ? ToApplicantAsync(db, NotificationKind.ApplicationOutcome, application, meeting, outcome) : Task.CompletedTask;

    private async Task ToApplicantAsync(SecretariatDbContext db, NotificationKind kind, MembershipApplication application, Meeting? meeting, DecisionOutcome? outcome)
    {
        var organization = application.Organization;
        if (string.IsNullOrWhiteSpace(organization.ContactEmail)) return;
        var template = await db.EmailTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Kind == kind) ?? EmailTemplates.Default(kind);
        if (!template.Enabled) return;
        var values = new Dictionary<string, string>
        {
            ["{organization}"] = organization.Name,
            ["{contact}"] = organization.ContactName ?? "Sir or Madam",
            ["{number}"] = application.Id.ToString(),
            ["{received}"] = Display.Date(application.ReceivedOn),
            ["{meeting}"] = meeting?.Title ?? "",
            ["{outcome}"] = outcome is { } o ? Describe(o) : "",
        };
        if (application.Id == 0) throw new InvalidOperationException("Save the application first (in the same transaction): the message gives its number.");
        db.Outbox.Add(new OutboxMessage(kind, organization.ContactEmail, EmailTemplates.Fill(template.Subject, values), EmailTemplates.Fill(template.Body, values), time.Now));
    }

    public static string Describe(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.ApprovedAsFullMember => "admitted as a full member of ANSO",
        DecisionOutcome.ApprovedAsProvisionalMember => "admitted as a provisional member of ANSO",
        DecisionOutcome.Rejected => "not approved",
        DecisionOutcome.Deferred => "deferred to a later General Assembly",
        _ => Wording.Of(outcome).ToLowerInvariant(),
    };

    private static string Where(Meeting meeting) =>
        string.Join(", ", new[] { meeting.DatesAndHours, meeting.Venue.City, meeting.Mode == MeetingMode.Online ? "online" : null }.Where(s => !string.IsNullOrEmpty(s)));

    private OutboxMessage Add(SecretariatDbContext db, NotificationKind kind, Recipient to, string subject, StringBuilder body, string? onceKey = null)
    {
        body.AppendLine().AppendLine(Signature)
            .AppendLine().Append("You receive this because of your account in the ANSO secretariat's system. To stop these emails: ")
            .AppendLine(settings.Link("/account/notifications"));
        var message = new OutboxMessage(kind, to.Email, subject, body.ToString(), time.Now, onceKey);
        db.Outbox.Add(message);
        return message;
    }
}
