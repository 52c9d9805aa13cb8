using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Notifications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Applications;

public sealed record ApplicationFilter(
    ApplicationState? State = null, int? CategoryId = null, string? CountryCode = null, int? MeetingId = null, string? Search = null);

public sealed record ApplicationRow(
    int Id, string OrganizationName, string? Acronym, string CountryCode, string Category, ApplicationState State,
    DateOnly ReceivedOn, string? ListedAt, string? DeferredBy = null)
{
    /// <summary>The organization's name in its own script, shown under the English one.</summary>
    public string? NativeName { get; init; }

    public string CountryName => CountryNames.Of(CountryCode);
}

/// <summary>
/// An application that can be put on a GB meeting's list, with where it stands now: on the list of a meeting ("10th GB"),
/// or deferred by one.
/// </summary>
public sealed record ListingCandidate(int Id, string OrganizationName, string? Acronym, string CountryCode, string? ListedAt, string? DeferredBy)
{
    public string Label => $"{OrganizationName}{(Acronym is null ? "" : $" ({Acronym})")}, {CountryNames.Of(CountryCode)}";

    public static ListingCandidate Of(ApplicationRow row) =>
        new(row.Id, row.OrganizationName, row.Acronym, row.CountryCode, row.ListedAt, row.DeferredBy);
}

public enum ApplicationSort { Number, Organization, Country, Category, State, Received }

/// <summary>A step the user asked for: the action, and the meeting and note it needs.</summary>
public sealed record TransitionRequest(ApplicationAction Action, int? MeetingId = null, string? Note = null);

public sealed class ApplicationService(
    IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user, SecretariatTime time, DocumentStore files, Notifier notifier)
{
    private static readonly ApplicationState[] OpenStates =
        Enum.GetValues<ApplicationState>().Where(ApplicationWorkflow.IsOpen).ToArray();

    /// <param name="knownTotal">The count for this filter from an earlier page: a sort or a page change does not count again.</param>
    public async Task<(IReadOnlyList<ApplicationRow> Rows, int Total)> ListAsync(
        ApplicationFilter filter, ApplicationSort sort = ApplicationSort.Received, bool descending = true, int skip = 0, int take = 25,
        int? knownTotal = null)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = Filter(db, Visibility.Applications(reader, db.Applications.AsNoTracking()), filter);
        var total = knownTotal ?? await query.CountAsync();
        var page = await Sorted(query, sort, descending).Skip(skip).Take(take)
            .Select(a => new
            {
                a.Id, a.Organization.Name, a.Organization.NativeName, a.Organization.Acronym, a.Organization.CountryCode, Category = a.Organization.Category!.Name,
                a.State, a.ReceivedOn, a.ListedAtMeetingId, Meeting = a.ListedAtMeeting, Decided = a.DecidedAtMeeting,
            })
            .ToListAsync();
        return (page.Select(a => Row(a.Id, a.Name, a.Acronym, a.CountryCode, a.Category, a.State, a.ReceivedOn, a.ListedAtMeetingId, a.Meeting, a.Decided)
            with { NativeName = a.NativeName }).ToList(), total);
    }

    /// <summary>
    /// The list's order. Ties are broken in the same direction as the sort (by the received date, or by the organization's
    /// name, then the number), so that an index (Data/Configurations: ListIndexes) reads the page in order, forwards or
    /// backwards; a sort by an organization's column sorts at most the few applications of one organization.
    /// </summary>
    internal static IQueryable<MembershipApplication> Sorted(IQueryable<MembershipApplication> query, ApplicationSort sort, bool descending) =>
        (sort, descending) switch
        {
            (ApplicationSort.Number, false) => query.OrderBy(a => a.Id),
            (ApplicationSort.Number, true) => query.OrderByDescending(a => a.Id),
            (ApplicationSort.Organization, false) => query.OrderBy(a => a.Organization.Name).ThenBy(a => a.OrganizationId).ThenBy(a => a.Id),
            (ApplicationSort.Organization, true) => query.OrderByDescending(a => a.Organization.Name).ThenByDescending(a => a.OrganizationId).ThenByDescending(a => a.Id),
            (ApplicationSort.Country, false) => query.OrderBy(a => a.Organization.CountryCode).ThenBy(a => a.Organization.Name).ThenBy(a => a.OrganizationId).ThenBy(a => a.Id),
            (ApplicationSort.Country, true) => query.OrderByDescending(a => a.Organization.CountryCode).ThenByDescending(a => a.Organization.Name).ThenByDescending(a => a.OrganizationId).ThenByDescending(a => a.Id),
            (ApplicationSort.Category, false) => query.OrderBy(a => a.Organization.Category!.Name).ThenBy(a => a.Organization.Name).ThenBy(a => a.OrganizationId).ThenBy(a => a.Id),
            (ApplicationSort.Category, true) => query.OrderByDescending(a => a.Organization.Category!.Name).ThenByDescending(a => a.Organization.Name).ThenByDescending(a => a.OrganizationId).ThenByDescending(a => a.Id),
            (ApplicationSort.State, false) => query.OrderBy(a => a.State).ThenBy(a => a.ReceivedOn).ThenBy(a => a.Id),
            (ApplicationSort.State, true) => query.OrderByDescending(a => a.State).ThenByDescending(a => a.ReceivedOn).ThenByDescending(a => a.Id),
            (_, false) => query.OrderBy(a => a.ReceivedOn).ThenBy(a => a.Id),
            (_, true) => query.OrderByDescending(a => a.ReceivedOn).ThenByDescending(a => a.Id),
        };

    /// <summary>A row of the list; a deferred application names the GB meeting that deferred it.</summary>
    private static ApplicationRow Row(int id, string name, string? acronym, string countryCode, string category, ApplicationState state,
        DateOnly receivedOn, int? listedAtMeetingId, Meeting? listedAt, Meeting? decided) =>
        new(id, name, acronym, countryCode, category, state, receivedOn, listedAt?.ShortName,
            MembershipApplication.IsDeferredByBoard(state, listedAtMeetingId) ? decided?.ShortName : null);

    /// <summary>How many applications are in each state, for the counts above the list.</summary>
    public async Task<IReadOnlyDictionary<ApplicationState, int>> CountByStateAsync()
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var counts = await Visibility.Applications(reader, db.Applications).GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }

    /// <summary>The application with everything its page shows, or null when it does not exist or is not visible to the user.</summary>
    public async Task<MembershipApplication?> FindAsync(int id)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await Visibility.Applications(reader, db.Applications).AsNoTracking().AsSplitQuery()
            .Include(a => a.Organization).ThenInclude(o => o.Category)
            .Include(a => a.ListedAtMeeting)
            .Include(a => a.DecidedAtMeeting)
            .Include(a => a.History).ThenInclude(h => h.Meeting)
            .Include(a => a.Documents)
            .FirstOrDefaultAsync(a => a.Id == id);
    }

    /// <summary>Meetings an application can be listed for: GB or GA meetings that are still to come.</summary>
    public async Task<IReadOnlyList<Meeting>> MeetingsOpenForListingAsync(MeetingBody body)
    {
        await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Meetings.AsNoTracking()
            .Where(m => m.Body == body && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished))
            .OrderBy(m => m.StartDate).ToListAsync();
    }

    public async Task<IReadOnlyList<Category>> CategoriesAsync()
    {
        await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();
    }

    public async Task<IReadOnlyList<Meeting>> MeetingsAsync()
    {
        await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Meetings.AsNoTracking().OrderByDescending(m => m.StartDate).ToListAsync();
    }

    /// <summary>
    /// Records a new application. Refuses with field messages when the input is invalid or a duplicate (also when another
    /// user recorded the same organization a moment before: the database's unique name). A name that looks like another
    /// organization's in the same country is recorded only once the user has seen them (<paramref name="lookAlikesSeen"/>).
    /// </summary>
    public async Task<int> CreateAsync(NewApplication input, bool lookAlikesSeen = false)
    {
        var by = await user.ActAsync(Operation.ManageApplications);
        await using var db = await dbFactory.CreateDbContextAsync();
        // The look-alike warning is advice, so it is worked out before the write lock: other users' saves never wait for it.
        if (!lookAlikesSeen)
        {
            await new NewApplicationValidator(time, (name, ct) => FindDuplicateAsync(db, name, ct)).ValidateAndThrowAsync(input);
            var asTyped = input.Named();
            var inCountry = await db.Organizations.AsNoTracking().Where(o => o.CountryCode == asTyped.Country).ToListAsync();
            if (inCountry.FindSame(asTyped, o => o.Named()) is null && inCountry.LookAlikes(asTyped, o => o.Named()) is { Count: > 0 } lookAlikes)
                throw new LookAlikeNamesException(lookAlikes.Select(RegisterEntryName).ToList());
        }

        // The duplicate check and the save in one transaction: a second submission of the same organization waits, then
        // finds the first's open application (without it, both could reuse one organization and open two applications).
        // Under the lock only the indexed lookups run.
        await using var transaction = await db.BeginWriteAsync();
        await new NewApplicationValidator(time, (name, ct) => FindDuplicateAsync(db, name, ct)).ValidateAndThrowAsync(input);
        var named = input.Named();

        // The organization is the record that lasts: one that applied before (and withdrew, say) applies again.
        var organization = (await db.Organizations.CouldBeTheSameAs(named).ToListAsync()).FindSame(named, o => o.Named());
        organization ??= db.Organizations.Add(new Organization(input.OrganizationName, input.CountryCode, input.CategoryId!.Value, input.Acronym, input.NativeName)).Entity;
        organization.Rename(input.OrganizationName, input.Acronym ?? organization.Acronym);
        organization.RenameInOwnScript(string.IsNullOrWhiteSpace(input.NativeName) ? organization.NativeName : input.NativeName);
        organization.Categorize(input.CategoryId!.Value);
        organization.UpdateContact(input.Website, input.Address, input.ContactName, input.ContactEmail);

        var application = new MembershipApplication(organization, input.ReceivedOn!.Value, by, input.Summary);
        db.Applications.Add(application);
        try
        {
            await db.SaveChangesAsync();
            // The acknowledgement gives the application's number, known once saved: a second save, in the same transaction.
            await notifier.ApplicationRecordedAsync(db, application);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (DbUpdateException e) when (e.IsDuplicateOrganizationName())
        {
            // Someone recorded the same organization between the check and the save: say what the check would say now.
            await transaction.RollbackAsync();
            await using var fresh = await dbFactory.CreateDbContextAsync();
            var message = await FindDuplicateAsync(fresh, named, default)
                ?? ApplicationsText.Say("RecordedMomentAgo", input.OrganizationName.Trim(), CountryNames.Of(named.Country));
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(NewApplication.OrganizationName), message)]);
        }
        return application.Id;
    }

    /// <summary>How a look-alike is named to the user: "University of Belgrade (Serbia), organization no. 12".</summary>
    internal static string RegisterEntryName(Organization o) => ApplicationsText.Say("RegisterEntry", o.Name, o.CountryName, o.Id);

    public async Task EditDetailsAsync(int id, int expectedVersion, DateOnly receivedOn, string? summary, string? recommendation)
    {
        var by = await user.ActAsync(Operation.ManageApplications);
        await using var db = await dbFactory.CreateDbContextAsync();
        var application = await LoadForChangeAsync(db, id, expectedVersion);
        application.EditDetails(receivedOn, summary, recommendation);
        await SaveAsync(db, by);
    }

    /// <summary>Performs one workflow step. The domain refuses anything the transition table does not allow.</summary>
    public async Task PerformAsync(int id, int expectedVersion, TransitionRequest request)
    {
        var by = await user.ActAsync(Operation.ManageApplications);
        await using var db = await dbFactory.CreateDbContextAsync();
        var application = await LoadForChangeAsync(db, id, expectedVersion);
        // A meeting decides only once it has begun; recording its decision marks it held (as the minutes' table does).
        if (DecisionOutcomes.OfAction(request.Action) is not null) ListedMeeting(application).TakeDecisions(time.Today);
        switch (request.Action)
        {
            case ApplicationAction.StartReview: application.StartReview(by, request.Note); break;
            case ApplicationAction.RequestInformation: application.RequestInformation(by, request.Note ?? ""); break;
            case ApplicationAction.ReceiveInformation: application.ReceiveInformation(by, request.Note); break;
            case ApplicationAction.Close: application.CloseAsIneligible(by, request.Note ?? ""); break;
            case ApplicationAction.Withdraw: application.Withdraw(by, request.Note ?? ""); break;
            case ApplicationAction.ListForBoard:
                var board = await MeetingAsync(db, request.MeetingId);
                application.ListForBoard(board, by, request.Note);
                await notifier.ApplicationsListedAsync(db, board, [application]);
                break;
            case ApplicationAction.ListForAssembly: application.ListForAssembly(await MeetingAsync(db, request.MeetingId), by, request.Note); break;
            case ApplicationAction.Endorse: application.RecordBoardDecision(ListedMeeting(application), BoardDecision.Endorsed, by, request.Note); break;
            case ApplicationAction.DeclineEndorsement: application.RecordBoardDecision(ListedMeeting(application), BoardDecision.NotEndorsed, by, request.Note); break;
            case ApplicationAction.DeferAtBoard: application.RecordBoardDecision(ListedMeeting(application), BoardDecision.Deferred, by, request.Note); break;
            case ApplicationAction.AdmitAsFullMember: application.RecordAssemblyDecision(ListedMeeting(application), AssemblyDecision.AdmittedAsFullMember, by, request.Note); break;
            case ApplicationAction.AdmitAsProvisionalMember: application.RecordAssemblyDecision(ListedMeeting(application), AssemblyDecision.AdmittedAsProvisionalMember, by, request.Note); break;
            case ApplicationAction.Reject: application.RecordAssemblyDecision(ListedMeeting(application), AssemblyDecision.Rejected, by, request.Note); break;
            case ApplicationAction.DeferAtAssembly: application.RecordAssemblyDecision(ListedMeeting(application), AssemblyDecision.Deferred, by, request.Note); break;
            default: throw new DomainException(ServiceRefusal.UnknownAction, request.Action.ToString());
        }
        if (DecisionOutcomes.OfAction(request.Action) is { } outcome)
            await notifier.AssemblyDecidedAsync(db, application.DecidedAtMeeting!, application, outcome);
        await SaveAsync(db, by);
    }

    /// <summary>The applications the workflow lets the secretariat list for this GB meeting: not on its list yet.</summary>
    public async Task<IReadOnlyList<ListingCandidate>> CandidatesForBoardAsync(int meetingId)
    {
        await user.RequireAsync(Operation.ManageApplications);
        await using var db = await dbFactory.CreateDbContextAsync();
        var listable = Enum.GetValues<ApplicationState>()
            .Where(s => ApplicationWorkflow.AllowedFrom(s).Contains(ApplicationAction.ListForBoard)).ToArray();
        var rows = await db.Applications.AsNoTracking()
            .Where(a => listable.Contains(a.State) && (a.ListedAtMeetingId == null || a.ListedAtMeetingId != meetingId))
            .Select(a => new
            {
                a.Id, a.Organization.Name, a.Organization.NativeName, a.Organization.Acronym, a.Organization.CountryCode, Category = a.Organization.Category!.Name,
                a.State, a.ReceivedOn, a.ListedAtMeetingId, Meeting = a.ListedAtMeeting, Decided = a.DecidedAtMeeting,
            })
            .ToListAsync();
        return rows.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => ListingCandidate.Of(Row(r.Id, r.Name, r.Acronym, r.CountryCode, r.Category, r.State, r.ReceivedOn, r.ListedAtMeetingId, r.Meeting, r.Decided)))
            .ToList();
    }

    /// <summary>
    /// Lists several applications for one GB meeting in one save: all of them, each with its own history entry, or none
    /// (the refusal names the one that cannot be listed). Returns how many were listed.
    /// </summary>
    public async Task<int> ListForBoardAsync(int meetingId, IReadOnlyCollection<int> applicationIds, string? note = null)
    {
        var by = await user.ActAsync(Operation.ManageApplications);
        await using var db = await dbFactory.CreateDbContextAsync();
        var meeting = await MeetingAsync(db, meetingId);
        var ids = applicationIds.Distinct().ToList();
        var found = await db.Applications.Include(a => a.Organization).Include(a => a.ListedAtMeeting)
            .Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
        var applications = ids.Select(id => found.GetValueOrDefault(id) ?? throw new DomainException(ServiceRefusal.NoSuchApplication, id)).ToList();
        MembershipApplication.ListAllForBoard(applications, meeting, by, note);
        await notifier.ApplicationsListedAsync(db, meeting, applications);
        await SaveAsync(db, by);
        return applications.Count;
    }

    /// <summary>Stores an uploaded file and attaches it; refuses anything but a PDF or an image up to 20 MB.</summary>
    public async Task<SupportingDocument> AttachDocumentAsync(int id, string fileName, long declaredSize, Func<Stream> openContent, CancellationToken ct = default)
    {
        var by = await user.ActAsync(Operation.ManageApplications);
        // Refuse by name and size before reading a byte, then by what the content really is.
        var (buffer, upload) = await CheckedUpload.ReadAsync(fileName, declaredSize, openContent, ct);

        await using var db = await dbFactory.CreateDbContextAsync();
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new DomainException(ServiceRefusal.NoSuchApplication, id);
        var storedName = await files.SaveAsync(buffer, Path.GetExtension(upload.FileName), ct);
        try
        {
            var document = application.AttachDocument(upload.FileName, upload.DetectedContentType!, upload.SizeBytes, storedName, by);
            await db.SaveChangesAsync(ct);
            return document;
        }
        catch
        {
            files.Delete(storedName); // no orphan file when the record could not be saved
            throw;
        }
    }

    public async Task<(SupportingDocument Document, Stream? Content)?> OpenDocumentAsync(int applicationId, int documentId)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await Visibility.Applications(reader, db.Applications).AnyAsync(a => a.Id == applicationId)) return null;
        var document = await db.SupportingDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId);
        return document is null ? null : (document, files.Open(document.StoredName));
    }

    /// <summary>The list's filter; the CSV export of the list applies it too.</summary>
    internal static IQueryable<MembershipApplication> Filter(SecretariatDbContext db, IQueryable<MembershipApplication> query, ApplicationFilter f)
    {
        if (f.State is { } state) query = query.Where(a => a.State == state);
        if (f.CategoryId is { } category) query = query.Where(a => a.Organization.CategoryId == category);
        if (!string.IsNullOrEmpty(f.CountryCode)) query = query.Where(a => a.Organization.CountryCode == f.CountryCode);
        if (f.MeetingId is { } meeting)
        {
            // On the meeting's list now, or ever (history): one IN (... UNION ...) over two indexes, not a subquery per row.
            var atMeeting = db.ApplicationHistory.Where(h => h.MeetingId == meeting).Select(h => h.ApplicationId)
                .Union(db.Applications.Where(a => a.ListedAtMeetingId == meeting).Select(a => a.Id));
            query = query.Where(a => atMeeting.Contains(a.Id));
        }
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var named = db.OrganizationIdsNamed(f.Search); // either name or the acronym (Data/NameSearch)
            query = query.Where(a => named.Contains(a.OrganizationId));
        }
        return query;
    }

    /// <summary>The duplicate check of a new application: the same organization (OrganizationNames.AreSame) with an open application, or a member.</summary>
    private static async Task<string?> FindDuplicateAsync(SecretariatDbContext db, NameInCountry name, CancellationToken ct)
    {
        var same = (await db.Organizations.AsNoTracking().CouldBeTheSameAs(name).ToListAsync(ct))
            .Where(o => OrganizationNames.AreSame(name, o.Named())).Select(o => o.Id).ToList();
        if (same.Count == 0) return null;
        var open = await db.Applications.AsNoTracking().Include(a => a.Organization)
            .Where(a => same.Contains(a.OrganizationId) && OpenStates.Contains(a.State))
            .OrderBy(a => a.Id).FirstOrDefaultAsync(ct);
        if (open is not null)
            return AlreadyOpen(open.Organization.Name, open.Organization.CountryCode, open.Id, open.ReceivedOn, open.State);
        var member = await db.Organizations.AsNoTracking()
            .FirstOrDefaultAsync(o => same.Contains(o.Id) && o.Status == OrganizationStatus.Member, ct);
        return member is null ? null : ApplicationsText.Say("AlreadyMember", member.Name, member.CountryName);
    }

    /// <summary>Why a new application is refused when one is still open: the form and the import say it alike.</summary>
    internal static string AlreadyOpen(string organization, string countryCode, int id, DateOnly receivedOn, ApplicationState state) =>
        ApplicationsText.Say("AlreadyOpen", organization, CountryNames.Of(countryCode), id, Display.Date(receivedOn), Wording.InSentence(state));

    private static async Task<MembershipApplication> LoadForChangeAsync(SecretariatDbContext db, int id, int expectedVersion)
    {
        var application = await db.Applications
            .Include(a => a.Organization)
            .Include(a => a.ListedAtMeeting)
            .FirstOrDefaultAsync(a => a.Id == id)
            ?? throw new DomainException(ServiceRefusal.NoSuchApplication, id);
        db.ExpectVersion(application, expectedVersion);
        return application;
    }

    private static async Task<Meeting> MeetingAsync(SecretariatDbContext db, int? meetingId) =>
        meetingId is null
            ? throw new DomainException(ServiceRefusal.ChooseAMeeting)
            : await db.Meetings.FindAsync(meetingId.Value) ?? throw new DomainException(ServiceRefusal.NoSuchMeeting, meetingId);

    private static Meeting ListedMeeting(MembershipApplication application) =>
        application.ListedAtMeeting ?? throw new DomainException(ServiceRefusal.NotOnAnyList);

    private static Task SaveAsync(SecretariatDbContext db, Actor by) => db.SaveOrRefuseStaleAsync(StaleRecord.Application, by.Name);
}
