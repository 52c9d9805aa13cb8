using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Domain.Meetings;

public enum MeetingBody { GoverningBoard, GeneralAssembly, WorkingGroup, Other }

public enum MeetingMode { OnSite, Online, Hybrid }

public enum MeetingStatus { Planned, AgendaPublished, Held, MinutesApproved }

/// <summary>
/// A GB, GA or other meeting: its record (number, dates, venue, mode, chairs), its participants and its agenda.
/// Planned → AgendaPublished → Held (→ MinutesApproved, with the minutes). The agenda's items are numbered by their
/// order; publishing records the numbered agenda as revision 1, and every later change records the next revision.
/// </summary>
public class Meeting
{
    public const int MaxCoChairs = 5;

    private readonly List<string> _coChairs = [];
    private readonly List<Participant> _participants = [];
    private readonly List<AgendaItem> _agenda = [];
    private readonly List<AgendaRevision> _agendaRevisions = [];

    private Meeting() { } // EF

    public Meeting(MeetingBody body, int number, DateOnly startDate, DateOnly endDate, Venue venue, MeetingMode mode)
    {
        Body = body;
        Renumber(number);
        Reschedule(startDate, endDate);
        Venue = venue;
        Mode = mode;
        Status = MeetingStatus.Planned;
    }

    public int Id { get; private set; }
    public MeetingBody Body { get; private set; }
    public int Number { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    /// <summary>Local time at the venue at which each day's session starts, when known.</summary>
    public TimeOnly? StartsAt { get; private set; }
    /// <summary>Local time at the venue at which each day's session ends, when known.</summary>
    public TimeOnly? EndsAt { get; private set; }
    public Venue Venue { get; private set; } = Venue.None;
    public MeetingMode Mode { get; private set; }
    /// <summary>The IANA time zone of the venue ("Asia/Bangkok") in which <see cref="StartsAt"/> and <see cref="EndsAt"/> are given; null: the secretariat's.</summary>
    public string? TimeZoneId { get; private set; }
    /// <summary>The link to join online, for an online or hybrid meeting.</summary>
    public string? OnlineLink { get; private set; }
    /// <summary>The chair as the papers name them, e.g. "Prof. Sukit Limpijumnong, ANSO President".</summary>
    public string? Chair { get; private set; }
    public IReadOnlyList<string> CoChairs => _coChairs;
    public MeetingStatus Status { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<Participant> Participants => _participants;
    /// <summary>The agenda items in their order; item n is numbered n.</summary>
    public IReadOnlyList<AgendaItem> Agenda => Items();
    public IReadOnlyList<AgendaRevision> AgendaRevisions => _agendaRevisions;

    public bool HasBeenHeld => Status is MeetingStatus.Held or MeetingStatus.MinutesApproved;
    public bool IsAgendaPublished => _agendaRevisions.Count > 0;
    /// <summary>The latest published revision of the agenda, or null while the agenda is a draft.</summary>
    public AgendaRevision? CurrentRevision => _agendaRevisions.Count == 0 ? null : _agendaRevisions.MaxBy(r => r.Number);
    public int Days => EndDate.DayNumber - StartDate.DayNumber + 1;

    /// <summary>The time the meeting's sessions last, when its hours are known: days × (end − start).</summary>
    public int? ScheduledMinutes => StartsAt is { } from && EndsAt is { } to ? Days * (int)(to - from).TotalMinutes : null;

    public int AgendaMinutes => Items().Sum(i => i.DurationMinutes);

    // English: the approving meeting as the minutes record it (Minutes.ApprovedBy); screens say titles through Wording.
    internal string Title => TitleFor(Body, Number);

    internal static string TitleFor(MeetingBody body, int number) => body switch
    {
        MeetingBody.GoverningBoard => $"{Ordinal.Of(number)} ANSO Governing Board (GB) Meeting",
        MeetingBody.GeneralAssembly => $"{Ordinal.Of(number)} ANSO General Assembly (GA)",
        MeetingBody.WorkingGroup => $"{Ordinal.Of(number)} ANSO Working Group Meeting",
        _ => $"ANSO Meeting No. {number}",
    };

    // ---- the record ----------------------------------------------------------------------------------------

    public void Renumber(int number)
    {
        if (number < 1) throw new DomainException(Refusal.MeetingNumberBelowOne);
        EnsureNotLocked();
        Number = number;
    }

    public void Reschedule(DateOnly startDate, DateOnly endDate)
    {
        if (endDate < startDate) throw new DomainException(Refusal.MeetingEndsBeforeItStarts);
        if (endDate.DayNumber - startDate.DayNumber > 13) throw new DomainException(Refusal.MeetingTooLong);
        EnsureNotLocked();
        StartDate = startDate;
        EndDate = endDate;
    }

    /// <summary>Each day's session hours at the venue; both or neither.</summary>
    public void SetHours(TimeOnly? startsAt, TimeOnly? endsAt)
    {
        if (startsAt is null != endsAt is null) throw new DomainException(Refusal.SessionTimesIncomplete);
        if (startsAt is { } from && endsAt is { } to && to <= from) throw new DomainException(Refusal.SessionEndsBeforeItStarts);
        EnsureNotLocked();
        StartsAt = startsAt;
        EndsAt = endsAt;
    }

    public void MoveTo(Venue venue, MeetingMode mode)
    {
        if (mode != MeetingMode.Online && string.IsNullOrWhiteSpace(venue.City))
            throw new DomainException(Refusal.VenueNeedsCity);
        if (venue.CountryCode is not null && !Countries.IsKnown(venue.CountryCode))
            throw new DomainException(Refusal.UnknownCountryCode, venue.CountryCode);
        EnsureNotLocked();
        Venue = venue with
        {
            Place = Blank(venue.Place),
            City = Blank(venue.City),
            CountryCode = Blank(venue.CountryCode)?.ToUpperInvariant(),
        };
        Mode = mode;
    }

    /// <summary>The venue's time zone (an IANA id such as "Asia/Bangkok"; blank: the secretariat's) and the online link.</summary>
    public void SetLocalTimeAndLink(string? timeZoneId, string? onlineLink)
    {
        var zone = Blank(timeZoneId);
        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            throw new DomainException(Refusal.UnknownTimeZone, zone);
        var link = Blank(onlineLink);
        if (link is not null && (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            throw new DomainException(Refusal.OnlineLinkNotAWebAddress);
        if (link is not null && Mode == MeetingMode.OnSite)
            throw new DomainException(Refusal.OnSiteMeetingHasNoLink);
        EnsureNotLocked();
        TimeZoneId = zone;
        OnlineLink = link;
    }

    /// <summary>The chair and co-chairs as the papers name them. Blank co-chair lines are dropped.</summary>
    public void AppointChairs(string? chair, IEnumerable<string?> coChairs)
    {
        var list = coChairs.Select(Blank).OfType<string>().ToList();
        if (Blank(chair) is null && list.Count > 0) throw new DomainException(Refusal.ChairBeforeCoChairs);
        if (list.Count > MaxCoChairs) throw new DomainException(Refusal.TooManyCoChairs, MaxCoChairs);
        if (list.Any(c => string.Equals(c, Blank(chair), StringComparison.OrdinalIgnoreCase)))
            throw new DomainException(Refusal.ChairIsCoChair);
        EnsureNotLocked();
        Chair = Blank(chair);
        _coChairs.Clear();
        _coChairs.AddRange(list.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    public void MarkHeld()
    {
        if (HasBeenHeld) throw new DomainException(Refusal.MeetingAlreadyHeld, this);
        Status = MeetingStatus.Held;
    }

    /// <summary>Records the meeting as held, once its first day has come.</summary>
    public void MarkHeld(DateOnly today)
    {
        if (StartDate > today)
            throw new DomainException(Refusal.HeldBeforeItStarts, this, StartDate);
        MarkHeld();
    }

    /// <summary>True once the meeting's first day has come (<paramref name="today"/> in the secretariat's time zone).</summary>
    public bool HasBegun(DateOnly today) => StartDate <= today;

    /// <summary>
    /// A meeting decides only once it has begun. Recording its decisions marks it held (if it is not yet); before its
    /// first day they are refused, naming that day. Called by <see cref="Minutes.RecordDecision(Meeting, int, string, DecisionOutcome, DateOnly, string, DateTimeOffset)"/>
    /// and <see cref="MeetingDecisions.Record"/>, and before a decision recorded on one application.
    /// </summary>
    public void TakeDecisions(DateOnly today)
    {
        if (!HasBegun(today))
            throw new DomainException(Refusal.DecisionsBeforeItStarts, this, StartDate);
        if (!HasBeenHeld) Status = MeetingStatus.Held;
    }

    /// <summary>Called by <see cref="Minutes.Approve"/>: the meeting's record is complete.</summary>
    internal void RecordMinutesApproved()
    {
        if (!HasBeenHeld) throw new DomainException(Refusal.MinutesBeforeItIsHeld, this);
        Status = MeetingStatus.MinutesApproved;
    }

    // ---- participants --------------------------------------------------------------------------------------

    public Participant AddParticipant(string name, int? organizationId, string? affiliation, string? position, ParticipantRole role, Attendance attendance)
    {
        EnsureNotLocked();
        var participant = new Participant(name, organizationId, affiliation, position, role, attendance);
        var key = TextMatching.MatchKey(participant.Name);
        if (_participants.Any(p => TextMatching.MatchKey(p.Name) == key && p.OrganizationId == organizationId &&
                                   TextMatching.MatchKey(p.Affiliation) == TextMatching.MatchKey(participant.Affiliation)))
            throw new DomainException(Refusal.AlreadyAParticipant, participant.Name, this);
        _participants.Add(participant);
        return participant;
    }

    public void ChangeParticipant(Participant participant, ParticipantRole role, Attendance attendance)
    {
        EnsureParticipant(participant);
        EnsureNotLocked();
        participant.Change(role, attendance);
    }

    public void RemoveParticipant(Participant participant)
    {
        EnsureParticipant(participant);
        EnsureNotLocked();
        _participants.Remove(participant);
    }

    /// <summary>The attendance a participant is expected to have, by default, given the meeting's mode.</summary>
    public Attendance DefaultAttendance => Mode == MeetingMode.Online ? Attendance.Online : Attendance.OnSite;

    // ---- agenda --------------------------------------------------------------------------------------------

    /// <summary>Adds an item at the end of the agenda (or at <paramref name="at"/>, 0-based) and renumbers.</summary>
    public AgendaItem AddAgendaItem(AgendaItemDetails details, Actor by, int? at = null)
    {
        EnsureAgendaOpen();
        EnsureApplicationsItemFits(details.Kind, null);
        var item = new AgendaItem(details);
        var index = Math.Clamp(at ?? Items().Count, 0, Items().Count);
        Items().Insert(index, item);
        NumberItems();
        Revise(by, $"Item {item.Number} \"{item.Title}\" added.");
        return item;
    }

    public void EditAgendaItem(AgendaItem item, AgendaItemDetails details, Actor by)
    {
        EnsureItem(item);
        EnsureAgendaOpen();
        EnsureApplicationsItemFits(details.Kind, item);
        if (item.Matches(details)) return; // nothing changed: no revision
        item.Change(details);
        Revise(by, $"Item {item.Number} \"{item.Title}\" changed.");
    }

    public void RemoveAgendaItem(AgendaItem item, Actor by)
    {
        EnsureItem(item);
        EnsureAgendaOpen();
        if (IsAgendaPublished && Items().Count == 1)
            throw new DomainException(Refusal.AgendaKeepsOneItem);
        var was = item.Number;
        Items().Remove(item);
        NumberItems();
        Revise(by, $"Item {was} \"{item.Title}\" removed; the items after it moved up.");
    }

    /// <summary>Moves an item to position <paramref name="newIndex"/> (0-based) and renumbers every item.</summary>
    public void MoveAgendaItem(AgendaItem item, int newIndex, Actor by)
    {
        EnsureItem(item);
        EnsureAgendaOpen();
        if (newIndex < 0 || newIndex >= Items().Count)
            throw new DomainException(Refusal.NoSuchAgendaPosition, newIndex + 1, Items().Count);
        var from = Items().IndexOf(item);
        if (from == newIndex) return;
        Items().RemoveAt(from);
        Items().Insert(newIndex, item);
        NumberItems();
        Revise(by, $"Item \"{item.Title}\" moved from {from + 1} to {newIndex + 1}.");
    }

    public AgendaPaper AttachPaper(AgendaItem item, string title, PaperFile? file, Actor by)
    {
        EnsureItem(item);
        EnsureAgendaOpen();
        var paper = item.Attach(title, file, by);
        Revise(by, $"Paper \"{paper.Title}\" added to item {item.Number}.");
        return paper;
    }

    public void RemovePaper(AgendaItem item, AgendaPaper paper, Actor by)
    {
        EnsureItem(item);
        EnsureAgendaOpen();
        item.Detach(paper);
        Revise(by, $"Paper \"{paper.Title}\" removed from item {item.Number}.");
    }

    /// <summary>
    /// Publishes the agenda: the numbered items are recorded as revision 1 and the meeting moves to AgendaPublished.
    /// Later changes stay possible; each one records the next dated revision.
    /// </summary>
    public AgendaRevision PublishAgenda(Actor by)
    {
        if (HasBeenHeld) throw new DomainException(Refusal.AgendaPublishedAfterItIsHeld, this);
        if (Status == MeetingStatus.AgendaPublished)
            throw new DomainException(Refusal.AgendaAlreadyPublished, this, CurrentRevision!.Number, DateOnly.FromDateTime(CurrentRevision.At.DateTime));
        if (Items().Count == 0) throw new DomainException(Refusal.AgendaHasNoItems);
        Status = MeetingStatus.AgendaPublished;
        var revision = new AgendaRevision(1, by, "Agenda published.", Snapshot());
        _agendaRevisions.Add(revision);
        return revision;
    }

    /// <summary>
    /// Each item's start and end times, when the meeting's hours are known and it lasts one day; otherwise none.
    /// </summary>
    public IReadOnlyList<(AgendaItem Item, TimeOnly? From, TimeOnly? To)> Schedule()
    {
        var result = new List<(AgendaItem, TimeOnly?, TimeOnly?)>(Items().Count);
        var clock = Days == 1 ? StartsAt : null;
        foreach (var item in Items())
        {
            if (clock is { } start && start.AddMinutes(item.DurationMinutes) is var end && end > start)
            {
                result.Add((item, start, end));
                clock = end;
            }
            else
            {
                result.Add((item, null, null));
                clock = null; // past midnight: stop giving times
            }
        }
        return result;
    }

    /// <summary>The agenda's membership applications item, if it has one.</summary>
    public AgendaItem? ApplicationsItem => Items().FirstOrDefault(i => i.Kind == AgendaItemKind.MembershipApplications);

    public bool ConsidersApplications => Body is MeetingBody.GoverningBoard or MeetingBody.GeneralAssembly;

    /// <summary>The items in agenda order (the database returns them in any order).</summary>
    private List<AgendaItem> Items()
    {
        for (var i = 1; i < _agenda.Count; i++)
        {
            if (_agenda[i - 1].Number <= _agenda[i].Number) continue;
            _agenda.Sort((a, b) => a.Number.CompareTo(b.Number));
            break;
        }
        return _agenda;
    }

    private void NumberItems()
    {
        for (var i = 0; i < _agenda.Count; i++) _agenda[i].NumberAs(i + 1); // in list order, never re-sorted first
    }

    /// <summary>After publication, every change to the agenda is kept as the next dated revision.</summary>
    private void Revise(Actor by, string change)
    {
        if (!IsAgendaPublished) return;
        _agendaRevisions.Add(new AgendaRevision(CurrentRevision!.Number + 1, by, change, Snapshot()));
    }

    private List<AgendaItemSnapshot> Snapshot() =>
        Items().Select(i => new AgendaItemSnapshot(i.Number, i.Title, i.Kind, i.Purpose, i.Presenter, i.DurationMinutes, i.Papers.Select(p => p.Title).ToList()))
            .ToList();

    private void EnsureApplicationsItemFits(AgendaItemKind kind, AgendaItem? editing)
    {
        if (kind != AgendaItemKind.MembershipApplications) return;
        if (!ConsidersApplications)
            throw new DomainException(Refusal.ApplicationsItemOnlyForBoardAndAssembly, this);
        if (ApplicationsItem is { } existing && existing != editing)
            throw new DomainException(Refusal.OneApplicationsItem, existing.Number);
    }

    private void EnsureAgendaOpen()
    {
        if (HasBeenHeld) throw new DomainException(Refusal.AgendaClosedAfterItIsHeld, this);
    }

    private void EnsureNotLocked()
    {
        if (Status == MeetingStatus.MinutesApproved)
            throw new DomainException(Refusal.MeetingRecordLocked, this);
    }

    private void EnsureItem(AgendaItem item)
    {
        if (!Items().Contains(item)) throw new DomainException(Refusal.NotOnTheAgenda, this);
    }

    private void EnsureParticipant(Participant participant)
    {
        if (!_participants.Contains(participant)) throw new DomainException(Refusal.NotAParticipant, this);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>Where a meeting takes place; an online meeting may have no place.</summary>
public sealed record Venue(string? Place, string? City, string? CountryCode)
{
    public static readonly Venue None = new(null, null, null);

    public override string ToString() =>
        string.Join(", ", new[] { Place, City, CountryCode is null ? null : Countries.NameOf(CountryCode) }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
