using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Documents.Word;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Notifications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Minutes;

using Minutes = Domain.Meetings.Minutes;

/// <summary>An application on a meeting's list, as the minutes' decision table shows it.</summary>
public sealed record ListedForDecision(int Id, int Version, string Organization, string CountryCode, string Category)
{
    public string CountryName => CountryNames.Of(CountryCode);
}

public sealed record DecisionRequest(int ApplicationId, int ExpectedVersion, DecisionOutcome Decision);

public sealed class MinutesService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user, SecretariatTime time,
    DocumentStore files, MinutesSigning signing, Exchange.ExportService export, Notifier notifier)
{
    /// <summary>Every version of a meeting's minutes, newest first. A GB member sees only circulated or approved minutes of GB meetings.</summary>
    public async Task<IReadOnlyList<Minutes>> VersionsAsync(int meetingId)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await VersionsVisibleTo(reader, db, meetingId).ToListAsync();
    }

    private static IQueryable<Minutes> VersionsVisibleTo(SignedInUser reader, SecretariatDbContext db, int meetingId)
    {
        var query = Visibility.Minutes(reader, db.Minutes, db.Meetings).AsNoTracking().AsSplitQuery()
            .Include(m => m.Items).ThenInclude(i => i.Decisions)
            .Include(m => m.Items).ThenInclude(i => i.ActionItems)
            .Where(m => m.MeetingId == meetingId);
        return query.OrderByDescending(m => m.VersionNumber);
    }

    /// <summary>The applications on the meeting's list, waiting for its decision.</summary>
    public async Task<IReadOnlyList<ListedForDecision>> ListedApplicationsAsync(int meetingId)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await Visibility.Applications(reader, db.Applications).AsNoTracking()
            .Where(a => a.ListedAtMeetingId == meetingId)
            .OrderBy(a => a.Organization.Category!.SortOrder).ThenBy(a => a.Organization.Name)
            .Select(a => new ListedForDecision(a.Id, a.Version, a.Organization.Name, a.Organization.CountryCode, a.Organization.Category!.Name))
            .ToListAsync();
    }

    /// <summary>
    /// The minutes as a PDF: the latest version (for a GB member, the latest circulated or approved one of a GB meeting),
    /// or null when there is none the user may read. An approved version is the file stored at its approval (signed when
    /// a certificate was configured), byte for byte; a draft, or minutes approved before files were kept, is built from
    /// the current data.
    /// </summary>
    public Task<PdfFile?> MinutesPdfAsync(int meetingId) => MinutesPdfAsync(meetingId, versionNumber: null);

    /// <summary>
    /// One version of the minutes, as <see cref="MinutesPdfAsync(int)"/> gives the latest. In a language other than English
    /// an approved version is built from the data too, unsigned: the stored file is the English record.
    /// </summary>
    public async Task<PdfFile?> MinutesPdfAsync(int meetingId, int? versionNumber, DocumentLanguage? language = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await ReadableVersionAsync(db, meetingId, versionNumber) is not var (meeting, minutes)) return null;
        var name = MeetingService.FileNameFor(meeting, versionNumber is { } v ? $"minutes-v{v}" : "minutes");
        var stored = await db.ApprovedMinutesFiles.AsNoTracking().FirstOrDefaultAsync(f => f.MinutesId == minutes.Id);
        if (stored is not null && (language ?? DocumentLanguage.English).IsEnglish)
        {
            await using var content = files.Open(stored.StoredName);
            if (content is null) return PdfFile.Missing(name);
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            return new PdfFile(name, copy.ToArray());
        }
        return new PdfFile(name, PdfRenderer.Render(await SpecAsync(db, meeting, minutes)));
    }

    /// <summary>The latest minutes as a Word document to draft and circulate in: what the PDF says, from the current data.</summary>
    public async Task<WordFile?> MinutesDocxAsync(int meetingId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await ReadableVersionAsync(db, meetingId, versionNumber: null) is not var (meeting, minutes)) return null;
        return new WordFile(Path.ChangeExtension(MeetingService.FileNameFor(meeting, "minutes"), ".docx"),
            WordRenderer.Render(await SpecAsync(db, meeting, minutes)));
    }

    /// <summary>The meeting and a version of its minutes (the latest when none is named) that the user may read, or null.</summary>
    private async Task<(Meeting Meeting, Minutes Minutes)?> ReadableVersionAsync(SecretariatDbContext db, int meetingId, int? versionNumber)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        var meeting = await Visibility.Meetings(reader, db.Meetings).AsNoTracking().Include(m => m.Participants).FirstOrDefaultAsync(m => m.Id == meetingId);
        if (meeting is null) return null;
        var minutes = await VersionsVisibleTo(reader, db, meetingId)
            .Where(m => versionNumber == null || m.VersionNumber == versionNumber).FirstOrDefaultAsync();
        return minutes is null ? null : (meeting, minutes);
    }

    /// <summary>The PDF of one version of the minutes as it stands in memory: the draft that is circulated.</summary>
    private static async Task<PdfFile> DraftPdfAsync(SecretariatDbContext db, Meeting meeting, Minutes minutes) =>
        new(MeetingService.FileNameFor(meeting, "minutes"), PdfRenderer.Render(await SpecAsync(db, meeting, minutes)));

    /// <summary>The stored files of the approved versions the user may read, newest first.</summary>
    public async Task<IReadOnlyList<ApprovedMinutesFile>> ApprovedFilesAsync(int meetingId)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var visible = Visibility.Minutes(reader, db.Minutes, db.Meetings).Where(m => m.MeetingId == meetingId).Select(m => m.Id);
        return await db.ApprovedMinutesFiles.AsNoTracking().Where(f => visible.Contains(f.MinutesId))
            .OrderByDescending(f => f.VersionNumber).ToListAsync();
    }

    /// <summary>Whether approvals are signed (a certificate is configured).</summary>
    public bool SignsApprovals => signing.IsConfigured;

    /// <summary>The minutes as the document lays them out, with the attendance and the applications decided.</summary>
    private static async Task<PdfDocumentSpec> SpecAsync(SecretariatDbContext db, Meeting meeting, Minutes minutes)
    {
        var organizationIds = meeting.Participants.Where(p => p.OrganizationId is not null).Select(p => p.OrganizationId!.Value).ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Acronym == null ? o.Name : $"{o.Name} ({o.Acronym})");
        var decisions = minutes.Items.SelectMany(i => i.Decisions).Where(d => d.ApplicationId is not null).ToList();
        var applicationIds = decisions.Select(d => d.ApplicationId!.Value).ToList();
        var applications = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Organization.Name, a.Organization.CountryCode, Category = a.Organization.Category!.Name, a.Organization.Category.SortOrder })
            .ToDictionaryAsync(a => a.Id);
        var decided = decisions.Select(d => (Application: applications[d.ApplicationId!.Value], Decision: d))
            .Select(x => new DecidedApplication(x.Application.Name, x.Application.CountryCode, x.Application.Category, x.Application.SortOrder,
                x.Decision.Outcome))
            .ToList();

        return MinutesDocument.Build(meeting, minutes, AttendanceList.Build(meeting.Participants, organizations), decided);
    }

    public async Task<int> StartAsync(int meetingId)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync();
        var meeting = await MeetingAsync(db, meetingId);
        if (await db.Minutes.AnyAsync(m => m.MeetingId == meetingId)) throw new DomainException(ServiceRefusal.MinutesExist, meeting);
        var minutes = Minutes.Start(meeting, await AgendaHeadingsAsync(db, meetingId), by.Name, by.At);
        db.Minutes.Add(minutes);
        await db.SaveChangesAsync();
        return minutes.Id;
    }

    public Task SummarizeAsync(int minutesId, int expectedVersion, int itemId, string? summary) =>
        ChangeAsync(minutesId, expectedVersion, (m, by) => m.Summarize(itemId, summary, by.Name, by.At));

    /// <summary>A decision typed into the minutes: refused before the meeting's first day; the first one marks the meeting held.</summary>
    public async Task RecordDecisionAsync(int minutesId, int expectedVersion, int itemId, string text, DecisionOutcome outcome)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync();
        var minutes = await LoadAsync(db, minutesId, expectedVersion);
        var meeting = await MeetingAsync(db, minutes.MeetingId);
        minutes.RecordDecision(meeting, itemId, text, outcome, time.Today, by.Name, by.At);
        await SaveAsync(db, by);
    }

    public Task RemoveDecisionAsync(int minutesId, int expectedVersion, int itemId, int decisionId) =>
        ChangeAsync(minutesId, expectedVersion, (m, by) => m.RemoveDecision(itemId, decisionId, by.Name, by.At));

    public Task AddActionItemAsync(int minutesId, int expectedVersion, int itemId, string what, string? who, DateOnly? dueOn) =>
        ChangeAsync(minutesId, expectedVersion, (m, by) => m.AddActionItem(itemId, what, who, dueOn, by.Name, by.At));

    public Task MarkActionItemAsync(int minutesId, int expectedVersion, int itemId, int actionItemId, bool done) =>
        ChangeAsync(minutesId, expectedVersion, (m, by) => m.MarkActionItem(itemId, actionItemId, done, by.Name, by.At));

    /// <summary>Circulates the minutes for comment; the participants get the draft, in the same save.</summary>
    public async Task CirculateAsync(int minutesId, int expectedVersion, DateOnly on)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync();
        var minutes = await LoadAsync(db, minutesId, expectedVersion);
        minutes.Circulate(on, by.Name, by.At);
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Participants).FirstAsync(m => m.Id == minutes.MeetingId);
        await notifier.MinutesCirculatedAsync(db, meeting, () => DraftPdfAsync(db, meeting, minutes));
        await SaveAsync(db, by);
    }

    /// <summary>
    /// Approves the minutes and keeps their PDF as approved: PDF/A with the decisions attached as CSV, signed with the
    /// alliance's certificate when one is configured, stored once. If anything fails (the certificate, the store, the
    /// save), nothing is approved and no file is left behind.
    /// </summary>
    public async Task ApproveAsync(int minutesId, int expectedVersion, DateOnly on, string? approvedBy, int? approvingMeetingId)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync();
        var minutes = await LoadAsync(db, minutesId, expectedVersion);
        var meeting = await db.Meetings.Include(m => m.Participants).FirstOrDefaultAsync(m => m.Id == minutes.MeetingId)
            ?? throw new DomainException(ServiceRefusal.NoSuchMeeting, minutes.MeetingId);
        var approving = approvingMeetingId is { } id ? await MeetingAsync(db, id) : null;
        minutes.Approve(meeting, on, approvedBy ?? "", approving, by.Name, by.At);

        var signer = signing.SignerFor(meeting);
        var decisions = await export.DecisionsAsync(new Decisions.DecisionFilter(MeetingId: meeting.Id));
        var pdf = PdfRenderer.Render(await SpecAsync(db, meeting, minutes), new PdfFinish
        {
            Attachments = [MinutesDocument.DecisionsAttachment(meeting, decisions.Content)],
            Signer = signer,
        });
        string stored;
        using (var content = new MemoryStream(pdf, writable: false)) stored = await files.SaveAsync(content, ".pdf");
        db.ApprovedMinutesFiles.Add(ApprovedMinutesFile.Of(minutes, stored, pdf, signer?.Certificate.Subject, by.At));
        try
        {
            await SaveAsync(db, by);
        }
        catch
        {
            files.Delete(stored);
            throw;
        }
    }

    /// <summary>Corrects approved minutes: version N stays readable, version N+1 opens as a draft.</summary>
    public async Task<int> CorrectAsync(int minutesId, int expectedVersion, string reason)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync();
        var minutes = await LoadAsync(db, minutesId, expectedVersion);
        var correction = minutes.Correct(reason, by.Name, by.At);
        db.Minutes.Add(correction);
        await SaveAsync(db, by);
        return correction.Id;
    }

    /// <summary>
    /// The meeting decides its whole list in one database transaction: every application moves and gets one history
    /// entry naming the meeting and the user, and the minutes record each decision. If one cannot move, none does.
    /// Refused before the meeting's first day; recording marks the meeting held.
    /// </summary>
    public async Task RecordApplicationDecisionsAsync(int meetingId, IReadOnlyList<DecisionRequest> requests)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync();
        var meeting = await MeetingAsync(db, meetingId);
        var ids = requests.Select(r => r.ApplicationId).ToList();
        var applications = await db.Applications.Include(a => a.Organization).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
        var decisions = new List<DecisionOnList>();
        var stale = new List<MembershipApplication>();
        foreach (var request in requests)
        {
            var application = applications.GetValueOrDefault(request.ApplicationId)
                ?? throw new DomainException(ServiceRefusal.DecidedApplicationGone, request.ApplicationId);
            // Decide on the application as the user saw it: if it changed since, the save below is refused.
            db.Entry(application).Property(a => a.Version).OriginalValue = request.ExpectedVersion;
            if (application.Version != request.ExpectedVersion) stale.Add(application);
            decisions.Add(new DecisionOnList(application, request.Decision));
        }
        // Changed since the user saw it (decided or withdrawn by a colleague, on this server or another): a stale save,
        // refused as one before the workflow is asked, so both people at the same list get the same message.
        if (stale.Count > 0) throw ChangedMeanwhile(stale);
        var minutes = await CurrentMinutesAsync(db, meeting, by);
        MeetingDecisions.Record(meeting, minutes, decisions, by, time.Today);
        foreach (var decision in decisions) await notifier.AssemblyDecidedAsync(db, meeting, decision.Application, decision.Decision);
        try
        {
            await db.SaveChangesAsync(); // one SaveChanges: one transaction
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // The applications that changed since the user saw them (the failed statement may be the meeting's, if a
            // colleague's save committed between this one's reads and writes).
            await using var fresh = await dbFactory.CreateDbContextAsync();
            var now = await fresh.Applications.AsNoTracking().Include(a => a.Organization).Where(a => ids.Contains(a.Id)).ToListAsync();
            var changed = now.Where(a => requests.Any(r => r.ApplicationId == a.Id && r.ExpectedVersion != a.Version)).ToList();
            var named = ex.Entries.Select(e => e.Entity).OfType<MembershipApplication>().Select(a => a.Id).ToList();
            throw ChangedMeanwhile(changed.Count > 0 ? changed : now.Where(a => named.Contains(a.Id)));
        }
    }

    /// <summary>The conflict message of the decisions table: which applications changed, and what they are now.</summary>
    private static ConcurrencyConflictException ChangedMeanwhile(IEnumerable<MembershipApplication> now) =>
        new(ServiceRefusal.DecisionsChangedMeanwhile,
            now.Select(a => new DomainException(ServiceRefusal.ChangedToState, a.Organization.Name, a.State)).ToList());

    private async Task<Minutes> CurrentMinutesAsync(SecretariatDbContext db, Meeting meeting, Actor by)
    {
        var minutes = await db.Minutes.Include(m => m.Items).ThenInclude(i => i.Decisions)
            .Where(m => m.MeetingId == meeting.Id && !m.IsSuperseded).OrderByDescending(m => m.VersionNumber).FirstOrDefaultAsync();
        if (minutes is not null) return minutes;
        minutes = Minutes.Start(meeting, await AgendaHeadingsAsync(db, meeting.Id), by.Name, by.At);
        db.Minutes.Add(minutes);
        return minutes;
    }

    /// <summary>The agenda the minutes start from.</summary>
    private static async Task<IReadOnlyList<AgendaHeading>> AgendaHeadingsAsync(SecretariatDbContext db, int meetingId) =>
        (await db.Set<AgendaItem>().AsNoTracking().Where(i => i.MeetingId == meetingId).OrderBy(i => i.Number)
            .Select(i => new { i.Number, i.Title, i.Kind }).ToListAsync())
        .Select(i => new AgendaHeading(i.Number.ToString(), i.Title, i.Kind == AgendaItemKind.MembershipApplications))
        .ToList();

    private async Task ChangeAsync(int minutesId, int expectedVersion, Action<Minutes, Actor> change)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync();
        var minutes = await LoadAsync(db, minutesId, expectedVersion);
        change(minutes, by);
        await SaveAsync(db, by);
    }

    private static async Task<Minutes> LoadAsync(SecretariatDbContext db, int minutesId, int expectedVersion)
    {
        var minutes = await db.Minutes.AsSplitQuery()
            .Include(m => m.Items).ThenInclude(i => i.Decisions)
            .Include(m => m.Items).ThenInclude(i => i.ActionItems)
            .FirstOrDefaultAsync(m => m.Id == minutesId) ?? throw new DomainException(ServiceRefusal.MinutesGone);
        db.ExpectVersion(minutes, expectedVersion);
        return minutes;
    }

    private static async Task<Meeting> MeetingAsync(SecretariatDbContext db, int meetingId) =>
        await db.Meetings.FindAsync(meetingId) ?? throw new DomainException(ServiceRefusal.NoSuchMeeting, meetingId);

    private static Task SaveAsync(SecretariatDbContext db, Actor by) => db.SaveOrRefuseStaleAsync(StaleRecord.Minutes, by.Name);
}
