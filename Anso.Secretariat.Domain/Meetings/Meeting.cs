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

    // English, for the domain's own messages; screens and documents say these through Wording in the reader's language.
    internal string Title => TitleFor(Body, Number);
    internal string ShortName => $"{Ordinal.Of(Number)} {BodyAbbreviation(Body)}";
    public bool HasBeenHeld => Status is MeetingStatus.Held or MeetingStatus.MinutesApproved;
    internal string Dates => FormatDates(StartDate, EndDate);
    public bool IsAgendaPublished => _agendaRevisions.Count > 0;
    /// <summary>The latest published revision of the agenda, or null while the agenda is a draft.</summary>
    public AgendaRevision? CurrentRevision => _agendaRevisions.Count == 0 ? null : _agendaRevisions.MaxBy(r => r.Number);
    public int Days => EndDate.DayNumber - StartDate.DayNumber + 1;

    /// <summary>The time the meeting's sessions last, when its hours are known: days × (end − start).</summary>
    public int? ScheduledMinutes => StartsAt is { } from && EndsAt is { } to ? Days * (int)(to - from).TotalMinutes : null;

    public int AgendaMinutes => Items().Sum(i => i.DurationMinutes);

    /// <summary>"11 Dec 2024, 14:00-17:00" or "13-14 May 2019".</summary>
    internal string DatesAndHours => StartsAt is { } from && EndsAt is { } to
        ? $"{Dates}, {from:HH\\:mm}-{to:HH\\:mm}{(Days > 1 ? " each day" : "")} (local time)"
        : Dates;

    internal static string TitleFor(MeetingBody body, int number) => body switch
    {
        MeetingBody.GoverningBoard => $"{Ordinal.Of(number)} ANSO Governing Board (GB) Meeting",
        MeetingBody.GeneralAssembly => $"{Ordinal.Of(number)} ANSO General Assembly (GA)",
        MeetingBody.WorkingGroup => $"{Ordinal.Of(number)} ANSO Working Group Meeting",
        _ => $"ANSO Meeting No. {number}",
    };

    internal static string BodyAbbreviation(MeetingBody body) => body switch
    {
        MeetingBody.GoverningBoard => "GB",
        MeetingBody.GeneralAssembly => "GA",
        MeetingBody.WorkingGroup => "WG",
        _ => "Meeting",
    };

    internal static string Describe(MeetingBody body) => body switch
    {
        MeetingBody.GoverningBoard => "Governing Board (GB)",
        MeetingBody.GeneralAssembly => "General Assembly (GA)",
        MeetingBody.WorkingGroup => "Working Group",
        _ => "Other",
    };

    internal static string Describe(MeetingMode mode) => mode switch
    {
        MeetingMode.OnSite => "On-site",
        MeetingMode.Online => "Online",
        _ => "Hybrid (on-site and online)",
    };

    internal static string Describe(MeetingStatus status) => status switch
    {
        MeetingStatus.AgendaPublished => "Agenda published",
        MeetingStatus.MinutesApproved => "Minutes approved",
        _ => status.ToString(),
    };

    /// <summary>"6 Nov 2019", "13-14 May 2019", "30 Apr - 2 May 2020".</summary>
    internal static string FormatDates(DateOnly start, DateOnly end)
    {
        if (start == end) return start.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (start.Year == end.Year && start.Month == end.Month) return $"{start.Day}-{end.ToString("d MMM yyyy", inv)}";
        if (start.Year == end.Year) return $"{start.ToString("d MMM", inv)} - {end.ToString("d MMM yyyy", inv)}";
        return $"{start.ToString("d MMM yyyy", inv)} - {end.ToString("d MMM yyyy", inv)}";
    }

    /// <summary>"1 h 45 min", "30 min", "3 h".</summary>
    internal static string FormatMinutes(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => $"{m} min",
        (var h, 0) => $"{h} h",
        (var h, var m) => $"{h} h {m} min",
    };

    // ---- the record ----------------------------------------------------------------------------------------

    public void Renumber(int number)
    {
        if (number < 1) throw new DomainException("A meeting number starts at 1.");
        EnsureNotLocked();
        Number = number;
    }

    public void Reschedule(DateOnly startDate, DateOnly endDate)
    {
        if (endDate < startDate) throw new DomainException("A meeting cannot end before it starts.");
        if (endDate.DayNumber - startDate.DayNumber > 13) throw new DomainException("A meeting lasts at most two weeks; check the dates.");
        EnsureNotLocked();
        StartDate = startDate;
        EndDate = endDate;
    }

    /// <summary>Each day's session hours at the venue; both or neither.</summary>
    public void SetHours(TimeOnly? startsAt, TimeOnly? endsAt)
    {
        if (startsAt is null != endsAt is null) throw new DomainException("Give both the start and the end time, or neither.");
        if (startsAt is { } from && endsAt is { } to && to <= from) throw new DomainException("The session must end after it starts.");
        EnsureNotLocked();
        StartsAt = startsAt;
        EndsAt = endsAt;
    }

    public void MoveTo(Venue venue, MeetingMode mode)
    {
        if (mode != MeetingMode.Online && string.IsNullOrWhiteSpace(venue.City))
            throw new DomainException("An on-site or hybrid meeting needs the city where it takes place.");
        if (venue.CountryCode is not null && !Countries.IsKnown(venue.CountryCode))
            throw new DomainException($"'{venue.CountryCode}' is not an ISO 3166 country code.");
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
            throw new DomainException($"'{zone}' is not a time zone; use an id such as Asia/Bangkok.");
        var link = Blank(onlineLink);
        if (link is not null && (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            throw new DomainException("The online link must be a web address starting with https://.");
        if (link is not null && Mode == MeetingMode.OnSite)
            throw new DomainException("An on-site meeting has no online link; choose online or hybrid.");
        EnsureNotLocked();
        TimeZoneId = zone;
        OnlineLink = link;
    }

    /// <summary>The chair and co-chairs as the papers name them. Blank co-chair lines are dropped.</summary>
    public void AppointChairs(string? chair, IEnumerable<string?> coChairs)
    {
        var list = coChairs.Select(Blank).OfType<string>().ToList();
        if (Blank(chair) is null && list.Count > 0) throw new DomainException("Name the chair before the co-chairs.");
        if (list.Count > MaxCoChairs) throw new DomainException($"A meeting has at most {MaxCoChairs} co-chairs.");
        if (list.Any(c => string.Equals(c, Blank(chair), StringComparison.OrdinalIgnoreCase)))
            throw new DomainException("The chair cannot also be a co-chair.");
        EnsureNotLocked();
        Chair = Blank(chair);
        _coChairs.Clear();
        _coChairs.AddRange(list.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    public void MarkHeld()
    {
        if (HasBeenHeld) throw new DomainException($"The {Title} is already recorded as held.");
        Status = MeetingStatus.Held;
    }

    /// <summary>Records the meeting as held, once its first day has come.</summary>
    public void MarkHeld(DateOnly today)
    {
        if (StartDate > today)
            throw new DomainException($"The {Title} starts on {StartDate:d MMM yyyy}; it cannot be recorded as held before then.");
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
            throw new DomainException($"The {Title} starts on {StartDate.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}; its decisions can be recorded from that day on.");
        if (!HasBeenHeld) Status = MeetingStatus.Held;
    }

    /// <summary>Called by <see cref="Minutes.Approve"/>: the meeting's record is complete.</summary>
    internal void RecordMinutesApproved()
    {
        if (!HasBeenHeld) throw new DomainException($"The {Title} has not been held yet, so its minutes cannot be approved.");
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
            throw new DomainException($"{participant.Name} is already a participant of the {Title}.");
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
            throw new DomainException("A published agenda keeps at least one item; add the new item before removing the last one.");
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
            throw new DomainException($"There is no position {newIndex + 1} on an agenda of {Items().Count} items.");
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
        if (HasBeenHeld) throw new DomainException($"The {Title} has been held; its agenda can no longer be published.");
        if (Status == MeetingStatus.AgendaPublished)
            throw new DomainException($"The agenda of the {Title} is already published (revision {CurrentRevision!.Number} of {CurrentRevision.At:d MMM yyyy}).");
        if (Items().Count == 0) throw new DomainException("Add at least one item before publishing the agenda.");
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
            throw new DomainException($"Only GB and GA meetings consider membership applications; the {Title} cannot have that item.");
        if (ApplicationsItem is { } existing && existing != editing)
            throw new DomainException($"The agenda already has a membership applications item (item {existing.Number}); one is enough.");
    }

    private void EnsureAgendaOpen()
    {
        if (HasBeenHeld) throw new DomainException($"The {Title} has been held; its agenda can no longer change.");
    }

    private void EnsureNotLocked()
    {
        if (Status == MeetingStatus.MinutesApproved)
            throw new DomainException($"The minutes of the {Title} are approved; the meeting's record is locked.");
    }

    private void EnsureItem(AgendaItem item)
    {
        if (!Items().Contains(item)) throw new DomainException($"That item is not on the agenda of the {Title}; reload the page.");
    }

    private void EnsureParticipant(Participant participant)
    {
        if (!_participants.Contains(participant)) throw new DomainException($"That person is not a participant of the {Title}; reload the page.");
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
