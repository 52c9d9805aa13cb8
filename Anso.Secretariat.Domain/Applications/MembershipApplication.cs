using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.Domain.Applications;

public enum BoardDecision { Endorsed, NotEndorsed, Deferred }

public enum AssemblyDecision { AdmittedAsFullMember, AdmittedAsProvisionalMember, Rejected, Deferred }

/// <summary>Who did something, and when. Passed in so the domain never reads a clock or a session.</summary>
public readonly record struct Actor(string Name, DateTimeOffset At);

/// <summary>
/// An organization's application for membership, from receipt to admission (or another end).
/// Every step goes through <see cref="ApplicationWorkflow"/> and appends one history entry.
/// </summary>
public partial class MembershipApplication
{
    private readonly List<ApplicationHistoryEntry> _history = [];
    private readonly List<SupportingDocument> _documents = [];

    private MembershipApplication() { } // EF

    public MembershipApplication(Organization organization, DateOnly receivedOn, Actor receivedBy, string? summary = null)
    {
        Organization = organization;
        OrganizationId = organization.Id;
        ReceivedOn = receivedOn;
        Summary = Blank(summary);
        State = ApplicationState.Received;
        _history.Add(new ApplicationHistoryEntry(null, ApplicationState.Received, null, receivedBy, "Application received", null));
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public Organization Organization { get; private set; } = null!;
    public DateOnly ReceivedOn { get; private set; }
    public string? Summary { get; private set; }
    /// <summary>The secretariat's recommendation to the GB members.</summary>
    public string? Recommendation { get; private set; }
    public ApplicationState State { get; private set; }
    /// <summary>The meeting whose list the application is on now (GB while ListedForBoard, GA while ListedForAssembly).</summary>
    public int? ListedAtMeetingId { get; private set; }
    public Meeting? ListedAtMeeting { get; private set; }
    public int? EndorsedAtMeetingId { get; private set; }
    public Meeting? EndorsedAtMeeting { get; private set; }
    public int? DecidedAtMeetingId { get; private set; }
    public Meeting? DecidedAtMeeting { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<ApplicationHistoryEntry> History => _history;
    public IReadOnlyList<SupportingDocument> Documents => _documents;

    public bool IsOpen => ApplicationWorkflow.IsOpen(State);
    public IReadOnlyList<ApplicationAction> AllowedActions => ApplicationWorkflow.AllowedFrom(State);

    public void EditDetails(DateOnly receivedOn, string? summary, string? recommendation)
    {
        ReceivedOn = receivedOn;
        Summary = Blank(summary);
        Recommendation = Blank(recommendation);
    }

    public void StartReview(Actor by, string? note = null) =>
        Move(ApplicationAction.StartReview, by, note);

    public void RequestInformation(Actor by, string whatIsMissing) =>
        Move(ApplicationAction.RequestInformation, by, Required(whatIsMissing, Refusal.InformationRequestNeedsText));

    public void ReceiveInformation(Actor by, string? note = null) =>
        Move(ApplicationAction.ReceiveInformation, by, note);

    public void CloseAsIneligible(Actor by, string reason) =>
        Move(ApplicationAction.Close, by, Required(reason, Refusal.ClosingNeedsReason));

    public void Withdraw(Actor by, string reason) =>
        Move(ApplicationAction.Withdraw, by, Required(reason, Refusal.WithdrawingNeedsReason));

    public void ListForBoard(Meeting meeting, Actor by, string? note = null)
    {
        EnsureCanListForBoard(meeting);
        Move(ApplicationAction.ListForBoard, by, note, meeting);
        ListedAtMeetingId = meeting.Id;
        ListedAtMeeting = meeting;
    }

    public void RecordBoardDecision(Meeting meeting, BoardDecision decision, Actor by, string? note = null)
    {
        EnsureListedAt(meeting, ApplicationState.ListedForBoard);
        var action = decision switch
        {
            BoardDecision.Endorsed => ApplicationAction.Endorse,
            BoardDecision.NotEndorsed => ApplicationAction.DeclineEndorsement,
            _ => ApplicationAction.DeferAtBoard,
        };
        Move(action, by, note, meeting);
        DecidedAt(meeting);
        if (decision == BoardDecision.Endorsed)
        {
            EndorsedAtMeetingId = meeting.Id;
            EndorsedAtMeeting = meeting;
        }
        // Deferred: still ListedForBoard, but off this meeting's list until listed for a later one.
        ClearListing();
    }

    public void ListForAssembly(Meeting meeting, Actor by, string? note = null)
    {
        if (meeting.Body != MeetingBody.GeneralAssembly)
            throw new DomainException(Refusal.OnlyAssemblyApproves, meeting);
        if (meeting.HasBeenHeld)
            throw new DomainException(Refusal.AssemblyAlreadyHeld, meeting);
        Move(ApplicationAction.ListForAssembly, by, note, meeting);
        ListedAtMeetingId = meeting.Id;
        ListedAtMeeting = meeting;
    }

    public void RecordAssemblyDecision(Meeting meeting, AssemblyDecision decision, Actor by, string? note = null)
    {
        EnsureListedAt(meeting, ApplicationState.ListedForAssembly);
        var action = decision switch
        {
            AssemblyDecision.AdmittedAsFullMember => ApplicationAction.AdmitAsFullMember,
            AssemblyDecision.AdmittedAsProvisionalMember => ApplicationAction.AdmitAsProvisionalMember,
            AssemblyDecision.Rejected => ApplicationAction.Reject,
            _ => ApplicationAction.DeferAtAssembly,
        };
        // The organization first: if it refuses, the application has not moved either.
        if (decision is AssemblyDecision.AdmittedAsFullMember or AssemblyDecision.AdmittedAsProvisionalMember)
        {
            var type = decision == AssemblyDecision.AdmittedAsFullMember ? MembershipType.Full : MembershipType.Provisional;
            Organization.AdmitAsMember(type, meeting.StartDate);
        }
        Move(action, by, note, meeting);
        DecidedAt(meeting);
        ClearListing();
    }

    public SupportingDocument AttachDocument(string fileName, string contentType, long sizeBytes, string storedName, Actor by)
    {
        var doc = new SupportingDocument(fileName, contentType, sizeBytes, storedName, by);
        _documents.Add(doc);
        return doc;
    }

    private void EnsureListedAt(Meeting meeting, ApplicationState expected)
    {
        if (State != expected)
            throw new DomainException(Refusal.CannotDecideInState, State, meeting);
        if (!IsListedAt(meeting))
            throw new DomainException(Refusal.DecidedOnlyWhereListed, meeting);
    }

    /// <summary>
    /// Whether the application is on this meeting's list. A meeting not saved yet has Id 0 like every other
    /// unsaved meeting, so the instance decides then, not the id.
    /// </summary>
    private bool IsListedAt(Meeting meeting) =>
        ListedAtMeeting is { } listed
            ? ReferenceEquals(listed, meeting) || (listed.Id != 0 && listed.Id == meeting.Id)
            : ListedAtMeetingId is { } id && id != 0 && id == meeting.Id;

    private void Move(ApplicationAction action, Actor by, string? note, Meeting? meeting = null)
    {
        var to = EnsureAllowed(action);
        _history.Add(new ApplicationHistoryEntry(State, to, action, by, Blank(note), meeting));
        State = to;
        if (ApplicationWorkflow.IsFinal(to)) ClearListing();
    }

    /// <summary>The state <paramref name="action"/> leads to; refuses what the transition table does not allow.</summary>
    private ApplicationState EnsureAllowed(ApplicationAction action) =>
        ApplicationWorkflow.Target(State, action)
            ?? throw new DomainException(Refusal.StepNotAllowed, action, State);

    // The navigation is set with the id so that a meeting not saved yet (Id 0) gets its real id on save.
    private void DecidedAt(Meeting meeting)
    {
        DecidedAtMeetingId = meeting.Id;
        DecidedAtMeeting = meeting;
    }

    private void ClearListing()
    {
        ListedAtMeetingId = null;
        ListedAtMeeting = null;
    }

    private static string Required(string? text, Refusal refusal) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException(refusal) : text.Trim();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>One step of an application's life. Written once, never edited or deleted.</summary>
public class ApplicationHistoryEntry
{
    private ApplicationHistoryEntry() { } // EF

    internal ApplicationHistoryEntry(ApplicationState? from, ApplicationState to, ApplicationAction? action, Actor by, string? note, Meeting? meeting)
    {
        FromState = from;
        ToState = to;
        Action = action;
        By = by.Name;
        At = by.At;
        Note = note;
        Meeting = meeting;
        MeetingId = meeting?.Id;
    }

    public long Id { get; private set; }
    public int ApplicationId { get; private set; }
    public ApplicationState? FromState { get; private set; }
    public ApplicationState ToState { get; private set; }
    public ApplicationAction? Action { get; private set; }
    public string By { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }
    public int? MeetingId { get; private set; }
    public Meeting? Meeting { get; private set; }
}

public class SupportingDocument
{
    private SupportingDocument() { } // EF

    internal SupportingDocument(string fileName, string contentType, long sizeBytes, string storedName, Actor by)
    {
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        StoredName = storedName;
        UploadedBy = by.Name;
        UploadedAt = by.At;
    }

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    /// <summary>The file's name on disk: generated, never the user's, so uploads cannot collide or escape the folder.</summary>
    public string StoredName { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
}
