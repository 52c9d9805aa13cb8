using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Notifications;
using Anso.Secretariat.App.Features.Review;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Meetings;

public sealed record MeetingRow(
    int Id, MeetingBody Body, int Number, DateOnly StartDate, DateOnly EndDate, Venue Venue, MeetingMode Mode, MeetingStatus Status,
    int Items, int Participants)
{
    public string Title => Wording.MeetingTitle(Body, Number);
    public string Dates => Wording.Dates(StartDate, EndDate);
    public bool IsUpcoming => Status is MeetingStatus.Planned or MeetingStatus.AgendaPublished;
}

/// <summary>A representative in the register, offered when adding participants.</summary>
public sealed record RepresentativeChoice(
    int RepresentativeId, string Name, string? Position, int OrganizationId, string Organization, string? Acronym, bool IsBoardMember)
{
    public string OrganizationLabel => Acronym is null ? Organization : $"{Organization} ({Acronym})";
}

/// <summary>A participant to add: a representative from the register, or a person with a free-text affiliation.</summary>
public sealed record NewParticipant(string Name, int? OrganizationId, string? Affiliation, string? Position, ParticipantRole Role, Attendance Attendance);

/// <summary>A generated PDF, with the name it downloads under.</summary>
/// <summary>A PDF to download.</summary>
public sealed record PdfFile(string FileName, byte[] Content)
{
    /// <summary>A stored file (approved minutes) that is recorded but missing on disk.</summary>
    public static PdfFile Missing(string fileName) => new(fileName, []);
    public bool IsMissing => Content.Length == 0;
}

/// <summary>Meetings, their participants and agendas, and the two meeting documents.</summary>
public sealed class MeetingService(
    IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user, SecretariatTime time, DocumentStore files, ReviewService reviews,
    Notifier notifier)
{
    private static readonly ApplicationAction[] Decisions = [.. DecisionOutcomes.DecidingActions];

    // ---- reading ---------------------------------------------------------------------------------------------

    /// <summary>Meetings still to come first (soonest first), then past ones (latest first).</summary>
    public async Task<IReadOnlyList<MeetingRow>> ListAsync(MeetingBody? body = null, int? year = null)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = Visibility.Meetings(reader, db.Meetings.AsNoTracking());
        if (body is { } b) query = query.Where(m => m.Body == b);
        if (year is { } y) query = query.Where(m => m.StartDate >= new DateOnly(y, 1, 1) && m.StartDate <= new DateOnly(y, 12, 31));
        var rows = await query
            .Select(m => new MeetingRow(m.Id, m.Body, m.Number, m.StartDate, m.EndDate, m.Venue, m.Mode, m.Status, m.Agenda.Count, m.Participants.Count))
            .ToListAsync();
        return rows.Where(r => r.IsUpcoming).OrderBy(r => r.StartDate)
            .Concat(rows.Where(r => !r.IsUpcoming).OrderByDescending(r => r.StartDate))
            .ToList();
    }

    public async Task<IReadOnlyList<int>> YearsAsync()
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var dates = await Visibility.Meetings(reader, db.Meetings.AsNoTracking()).Select(m => m.StartDate).ToListAsync();
        return dates.Select(d => d.Year).Distinct().OrderDescending().ToList();
    }

    /// <summary>The meeting with its participants, agenda, papers and revisions; null when unknown or not visible to the user.</summary>
    public async Task<Meeting?> FindAsync(int id)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await Whole(Visibility.Meetings(reader, db.Meetings)).AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);
    }

    /// <summary>The next free number for a body: one more than the highest so far.</summary>
    public async Task<int> ProposeNumberAsync(MeetingBody body)
    {
        await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return (await db.Meetings.Where(m => m.Body == body).MaxAsync(m => (int?)m.Number) ?? 0) + 1;
    }

    /// <summary>Names and organizations of participants' organizations, by id, for display.</summary>
    public async Task<IReadOnlyDictionary<int, string>> OrganizationNamesAsync(IEnumerable<int> ids)
    {
        await user.RequireAsync(Operation.ReadRecords);
        var list = ids.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Organizations.AsNoTracking().Where(o => list.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Acronym == null ? o.Name : o.Name + " (" + o.Acronym + ")");
    }

    /// <summary>Meetings of the same body after this one: those that may approve its minutes.</summary>
    public async Task<IReadOnlyList<Meeting>> LaterMeetingsAsync(int id)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var meeting = await Visibility.Meetings(reader, db.Meetings).AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);
        if (meeting is null) return [];
        return await db.Meetings.AsNoTracking().Where(m => m.Body == meeting.Body && m.StartDate > meeting.EndDate)
            .OrderBy(m => m.StartDate).ToListAsync();
    }

    /// <summary>Every representative in the register the reader may see, GB member organizations first.</summary>
    public async Task<IReadOnlyList<RepresentativeChoice>> RepresentativesAsync()
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var organizations = await Visibility.Organizations(reader, db.Organizations.AsNoTracking(), db.Applications).Include(o => o.Representatives)
            .Where(o => o.Representatives.Any()).ToListAsync();
        var rows = organizations.SelectMany(o => o.Representatives.Select(r =>
            new RepresentativeChoice(r.Id, r.Name, r.Position, o.Id, o.Name, o.Acronym, o.IsBoardMember)));
        return rows.OrderByDescending(r => r.IsBoardMember).ThenBy(r => r.Organization).ThenBy(r => r.Name).ToList();
    }

    /// <summary>For a GB meeting: the representatives of the GB member organizations who are not participants yet.</summary>
    public async Task<IReadOnlyList<RepresentativeChoice>> SuggestedParticipantsAsync(int id)
    {
        await user.RequireAsync(Operation.ReadRecords);
        var meeting = await FindAsync(id);
        if (meeting is null || meeting.Body != MeetingBody.GoverningBoard) return [];
        var present = meeting.Participants.Select(p => (TextMatching.MatchKey(p.Name), p.OrganizationId)).ToHashSet();
        return (await RepresentativesAsync())
            .Where(r => r.IsBoardMember && !present.Contains((TextMatching.MatchKey(r.Name), r.OrganizationId)))
            .ToList();
    }

    /// <summary>
    /// The applications on the meeting's list: those listed for it now and, once it has been held, those it decided.
    /// Ordered by category, then organization. Tallies are the GB members' positions (for a GA, those recorded before
    /// the GB that endorsed the application); a GB member sees no tally.
    /// </summary>
    public async Task<IReadOnlyList<ListedApplication>> ApplicationsAsync(int id)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await Visibility.Meetings(reader, db.Meetings).AnyAsync(m => m.Id == id)) return [];
        // "Decided here" as a list of ids rather than a test of each application's history: SQLite then reads the two
        // indexes (listed here, decided here) instead of every application in the register (issue 13: 25–45 ms to 1 ms at 10,000).
        var decidedHere = db.ApplicationHistory.Where(h => h.MeetingId == id && h.Action != null && Decisions.Contains(h.Action.Value))
            .Select(h => h.ApplicationId);
        var rows = await Visibility.Applications(reader, db.Applications.AsNoTracking())
            .Where(a => a.ListedAtMeetingId == id || decidedHere.Contains(a.Id))
            .Select(a => new
            {
                a.Id, a.Organization.Name, a.Organization.Acronym, a.Organization.CountryCode, Category = a.Organization.Category!.Name,
                CategoryOrder = a.Organization.Category!.SortOrder, a.ReceivedOn, a.Recommendation, a.EndorsedAtMeetingId, a.State,
                Decision = a.History.Where(h => h.MeetingId == id && h.Action != null && Decisions.Contains(h.Action.Value))
                    .OrderByDescending(h => h.Id).Select(h => h.Action).FirstOrDefault(),
            })
            .ToListAsync();

        Dictionary<int, PositionTally>? tallies = null;
        if (Visibility.SeesPositionTallies(reader))
        {
            tallies = [];
            var meetingBody = await db.Meetings.Where(m => m.Id == id).Select(m => m.Body).FirstAsync();
            // A GB list shows the positions on this meeting; a GA list those on the GB meeting that endorsed each application.
            var positionMeetings = meetingBody == MeetingBody.GoverningBoard
                ? rows.Select(r => (App: r.Id, Meeting: (int?)id))
                : rows.Select(r => (App: r.Id, Meeting: r.EndorsedAtMeetingId));
            foreach (var group in positionMeetings.Where(p => p.Meeting is not null).GroupBy(p => p.Meeting!.Value))
            {
                var positions = await reviews.PositionsForMeetingAsync(group.Key);
                foreach (var (app, _) in group)
                    tallies[app] = PositionTally.Of(positions.GetValueOrDefault(app)?.Select(p => p.Position) ?? []);
            }
        }

        return rows
            .OrderBy(r => r.CategoryOrder).ThenBy(r => r.Category).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => new ListedApplication(r.Id, r.Name, r.Acronym, r.CountryCode, r.Category, r.ReceivedOn, r.Recommendation,
                tallies is null ? null : tallies.GetValueOrDefault(r.Id, PositionTally.None),
                r.Decision is { } d ? DecisionOutcomes.OfAction(d) : null))
            .ToList();
    }

    // ---- documents -----------------------------------------------------------------------------------------

    public async Task<PdfFile?> AgendaPdfAsync(int id)
    {
        var meeting = await FindAsync(id);
        if (meeting is null) return null;
        var applications = meeting.ApplicationsItem is null ? [] : await ApplicationsAsync(id);
        return new PdfFile(FileNameFor(meeting, "agenda"), PdfRenderer.Render(AgendaDocument.Build(meeting, applications, time)));
    }

    public async Task<PdfFile?> ApplicationsPdfAsync(int id)
    {
        var meeting = await FindAsync(id);
        if (meeting is null || !meeting.ConsidersApplications) return null;
        var applications = await ApplicationsAsync(id);
        return new PdfFile(FileNameFor(meeting, "applications"), PdfRenderer.Render(ApplicationsListDocument.Build(meeting, applications)));
    }

    /// <summary>"9th-GB-2024-agenda.pdf", in English letters whatever the reader's language (a Chinese copy adds its
    /// language: <see cref="Documents.DocumentLanguage.FileName"/>).</summary>
    public static string FileNameFor(Meeting meeting, string document) =>
        $"{Ordinal.Of(meeting.Number)}-{Wording.Abbreviation(meeting.Body, Wording.English)}-{meeting.StartDate.Year}-{document}.pdf";

    public async Task<(AgendaPaper Paper, Stream? Content)?> OpenPaperAsync(int meetingId, int paperId)
    {
        var meeting = await FindAsync(meetingId);
        var paper = meeting?.Agenda.SelectMany(i => i.Papers).FirstOrDefault(p => p.Id == paperId);
        return paper is { StoredName: { } stored } ? (paper, files.Open(stored)) : null;
    }

    // ---- the record ----------------------------------------------------------------------------------------

    /// <summary>Records a new meeting. Refuses with field messages when the input is invalid or the number is taken.</summary>
    public async Task<int> CreateAsync(MeetingDetails input)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync();
        await Validator(db, null).ValidateAndThrowAsync(input);
        var meeting = new Meeting(input.Body!.Value, input.Number!.Value, input.StartDate!.Value, input.EndDate!.Value, input.Venue, input.Mode!.Value);
        input.ApplyTo(meeting);
        db.Meetings.Add(meeting);
        await SaveAsync(db, meeting, by);
        return meeting.Id;
    }

    public async Task UpdateDetailsAsync(int id, int expectedVersion, MeetingDetails input)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync();
        var meeting = await LoadForChangeAsync(db, id, expectedVersion);
        input.Body = meeting.Body; // a meeting keeps its body
        await Validator(db, id).ValidateAndThrowAsync(input);
        input.ApplyTo(meeting);
        await SaveAsync(db, meeting, by);
    }

    public Task MarkHeldAsync(int id, int expectedVersion) =>
        ChangeAsync(id, expectedVersion, (m, _) => m.MarkHeld(time.Today));

    // ---- participants --------------------------------------------------------------------------------------

    public Task AddParticipantsAsync(int id, int expectedVersion, IReadOnlyList<NewParticipant> people) =>
        ChangeAsync(id, expectedVersion, (m, _) =>
        {
            if (people.Count == 0) throw new DomainException(ServiceRefusal.ChoosePeopleToAdd);
            foreach (var p in people) m.AddParticipant(p.Name, p.OrganizationId, p.Affiliation, p.Position, p.Role, p.Attendance);
        });

    public Task ChangeParticipantAsync(int id, int expectedVersion, int participantId, ParticipantRole role, Attendance attendance) =>
        ChangeAsync(id, expectedVersion, (m, _) => m.ChangeParticipant(ParticipantOf(m, participantId), role, attendance));

    public Task RemoveParticipantAsync(int id, int expectedVersion, int participantId) =>
        ChangeAsync(id, expectedVersion, (m, _) => m.RemoveParticipant(ParticipantOf(m, participantId)));

    // ---- agenda ----------------------------------------------------------------------------------------------

    public async Task AddItemAsync(int id, int expectedVersion, AgendaItemDetails details)
    {
        await user.RequireAsync(Operation.ManageMeetings);
        await new AgendaItemDetailsValidator().ValidateAndThrowAsync(details);
        await ChangeAsync(id, expectedVersion, (m, by) => m.AddAgendaItem(details, by));
    }

    public async Task EditItemAsync(int id, int expectedVersion, int itemId, AgendaItemDetails details)
    {
        await user.RequireAsync(Operation.ManageMeetings);
        await new AgendaItemDetailsValidator().ValidateAndThrowAsync(details);
        await ChangeAsync(id, expectedVersion, (m, by) => m.EditAgendaItem(ItemOf(m, itemId), details, by));
    }

    public Task RemoveItemAsync(int id, int expectedVersion, int itemId) =>
        ChangeAsync(id, expectedVersion, (m, by) => m.RemoveAgendaItem(ItemOf(m, itemId), by));

    /// <summary>Moves an item to <paramref name="newIndex"/> (0-based).</summary>
    public Task MoveItemAsync(int id, int expectedVersion, int itemId, int newIndex) =>
        ChangeAsync(id, expectedVersion, (m, by) => m.MoveAgendaItem(ItemOf(m, itemId), newIndex, by));

    public Task PublishAgendaAsync(int id, int expectedVersion) =>
        ChangeAsync(id, expectedVersion, (m, by) => m.PublishAgenda(by));

    public Task RemovePaperAsync(int id, int expectedVersion, int itemId, int paperId) =>
        ChangeAsync(id, expectedVersion, (m, by) =>
        {
            var item = ItemOf(m, itemId);
            m.RemovePaper(item, item.Papers.FirstOrDefault(p => p.Id == paperId)
                ?? throw new DomainException(ServiceRefusal.PaperGone), by);
        });

    /// <summary>
    /// Adds a paper to an agenda item: a title alone (the file to follow), or a file checked like an application's
    /// supporting documents (PDF or image, up to 20 MB, content checked).
    /// </summary>
    public async Task<AgendaPaper> AttachPaperAsync(int id, int itemId, string? title, string? fileName, long declaredSize,
        Func<Stream>? openContent, CancellationToken ct = default)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        PaperFile? file = null;
        if (openContent is not null && fileName is not null)
        {
            var (content, upload) = await CheckedUpload.ReadAsync(fileName, declaredSize, openContent, ct);
            file = new PaperFile(upload.FileName, upload.DetectedContentType!, upload.SizeBytes,
                await files.SaveAsync(content, Path.GetExtension(upload.FileName), ct));
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var meeting = await Whole(db.Meetings).FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new DomainException(ServiceRefusal.NoSuchMeeting, id);
            var revisions = meeting.AgendaRevisions.Count;
            var paper = meeting.AttachPaper(ItemOf(meeting, itemId), title ?? "", file, by);
            await NotifyAgendaRevisedAsync(db, meeting, revisions);
            await SaveAsync(db, meeting, by);
            return paper;
        }
        catch
        {
            if (file is not null) files.Delete(file.StoredName); // no orphan file when the record could not be saved
            throw;
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static IQueryable<Meeting> Whole(IQueryable<Meeting> query) =>
        query.AsSplitQuery()
            .Include(m => m.Participants)
            .Include(m => m.Agenda).ThenInclude(i => i.Papers)
            .Include(m => m.AgendaRevisions);

    private MeetingDetailsValidator Validator(SecretariatDbContext db, int? meetingId) =>
        new(async (body, number, exceptId, ct) =>
        {
            var existing = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Body == body && m.Number == number && m.Id != exceptId, ct);
            return existing is null ? null : $"There is already a {existing.Title} ({existing.Dates}); choose another number.";
        }, meetingId);

    /// <summary>Creates a context, loads the whole meeting as the user saw it, calls one domain method, and saves.</summary>
    private async Task ChangeAsync(int id, int expectedVersion, Action<Meeting, Actor> change)
    {
        var by = await user.ActAsync(Operation.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync();
        var meeting = await LoadForChangeAsync(db, id, expectedVersion);
        var revisions = meeting.AgendaRevisions.Count;
        change(meeting, by);
        await NotifyAgendaRevisedAsync(db, meeting, revisions);
        await SaveAsync(db, meeting, by);
    }

    /// <summary>A change that published or revised the agenda tells the participants, in the same save.</summary>
    private async Task NotifyAgendaRevisedAsync(SecretariatDbContext db, Meeting meeting, int revisionsBefore)
    {
        if (meeting.AgendaRevisions.Count == revisionsBefore) return;
        var applications = meeting.ApplicationsItem is null ? [] : await ApplicationsAsync(meeting.Id);
        await notifier.AgendaPublishedAsync(db, meeting, () => new PdfFile(FileNameFor(meeting, "agenda"),
            PdfRenderer.Render(AgendaDocument.Build(meeting, applications, time))));
    }

    private static async Task<Meeting> LoadForChangeAsync(SecretariatDbContext db, int id, int expectedVersion)
    {
        var meeting = await Whole(db.Meetings).FirstOrDefaultAsync(m => m.Id == id) ?? throw new DomainException(ServiceRefusal.NoSuchMeeting, id);
        db.ExpectVersion(meeting, expectedVersion);
        return meeting;
    }

    private static Participant ParticipantOf(Meeting meeting, int participantId) =>
        meeting.Participants.FirstOrDefault(p => p.Id == participantId)
        ?? throw new DomainException(ServiceRefusal.ParticipantGone);

    private static AgendaItem ItemOf(Meeting meeting, int itemId) =>
        meeting.Agenda.FirstOrDefault(i => i.Id == itemId)
        ?? throw new DomainException(ServiceRefusal.AgendaItemGone);

    /// <summary>
    /// Saves the meeting. A change anywhere in the aggregate (a participant, an item, a paper) bumps the meeting's
    /// version (the versioning interceptor), so two people editing the same agenda cannot overwrite each other unknowingly.
    /// </summary>
    private static async Task SaveAsync(SecretariatDbContext db, Meeting meeting, Actor by)
    {
        try
        {
            await db.SaveOrRefuseStaleAsync(StaleRecord.Meeting, by.Name);
        }
        // The meeting's own row broke a unique key: its body and number (the entries name the rows of the failed command).
        catch (DbUpdateException ex) when (ex.IsUniqueKeyRace() && ex.Entries.Any(e => e.Entity is Meeting))
        {
            throw new DomainException(ServiceRefusal.MeetingNumberTaken, meeting);
        }
    }
}
