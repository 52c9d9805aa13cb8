using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Domain.Meetings;

public enum MinutesStatus { Draft, Circulated, Approved }

/// <summary>An agenda item as the minutes start from it: a snapshot, so later agenda changes never rewrite the record.</summary>
public sealed record AgendaHeading(string Number, string Title, bool IsMembershipApplications);

/// <summary>
/// The legal record of a meeting: per agenda item a summary, decisions and action items.
/// Draft → Circulated → Approved. Approved minutes are locked; a correction is a new version with its reason.
/// </summary>
public class Minutes
{
    private readonly List<MinutesItem> _items = [];

    private Minutes() { } // EF

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public int VersionNumber { get; private set; }
    public MinutesStatus Status { get; private set; }
    public DateOnly? CirculatedOn { get; private set; }
    public DateOnly? ApprovedOn { get; private set; }
    /// <summary>"the 10th ANSO Governing Board (GB) Meeting" or "the Chair, Prof. Chunli Bai".</summary>
    public string? ApprovedBy { get; private set; }
    public int? ApprovedAtMeetingId { get; private set; }
    /// <summary>For version 2 and later: why the approved text was corrected.</summary>
    public string? CorrectionReason { get; private set; }
    /// <summary>True once a correction has replaced this version; it stays readable, never editable.</summary>
    public bool IsSuperseded { get; private set; }
    public string LastChangedBy { get; private set; } = "";
    public DateTimeOffset LastChangedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<MinutesItem> Items => _items;

    public bool IsLocked => Status == MinutesStatus.Approved || IsSuperseded;

    /// <summary>Opens the minutes of a meeting, one item per agenda item, in agenda order.</summary>
    public static Minutes Start(Meeting meeting, IEnumerable<AgendaHeading> agenda, string by, DateTimeOffset at)
    {
        var minutes = new Minutes { MeetingId = meeting.Id, VersionNumber = 1, Status = MinutesStatus.Draft };
        foreach (var heading in agenda) minutes.AddItem(heading.Number, heading.Title, heading.IsMembershipApplications);
        if (minutes._items.Count == 0) minutes.AddItem("1", "Proceedings", false);
        minutes.Touch(by, at);
        return minutes;
    }

    public MinutesItem AddItem(string number, string title, bool isMembershipApplications = false)
    {
        EnsureEditable();
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException(Refusal.MinutesItemNeedsTitle);
        var item = new MinutesItem(_items.Count + 1, number, title.Trim(), isMembershipApplications);
        _items.Add(item);
        return item;
    }

    public void Summarize(int itemId, string? summary, string by, DateTimeOffset at) => Summarize(Item(itemId), summary, by, at);

    /// <summary>By item rather than id: minutes being written in one go have no ids yet.</summary>
    public void Summarize(MinutesItem item, string? summary, string by, DateTimeOffset at)
    {
        EnsureEditable();
        EnsureOwn(item);
        item.Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        Touch(by, at);
    }

    /// <summary>
    /// A decision typed into the minutes. A meeting decides only once it has begun: the first decision marks it held,
    /// and before its first day (in the secretariat's time zone) the decision is refused.
    /// </summary>
    public MinutesDecision RecordDecision(Meeting meeting, int itemId, string text, DecisionOutcome outcome, DateOnly today, string by, DateTimeOffset at) =>
        RecordDecision(meeting, Item(itemId), text, outcome, today, by, at, applicationId: null);

    /// <summary>By item rather than id: items added in the same change have no id yet.</summary>
    public MinutesDecision RecordDecision(Meeting meeting, MinutesItem item, string text, DecisionOutcome outcome, DateOnly today, string by, DateTimeOffset at) =>
        RecordDecision(meeting, item, text, outcome, today, by, at, applicationId: null);

    internal MinutesDecision RecordDecision(Meeting meeting, MinutesItem item, string text, DecisionOutcome outcome, DateOnly today, string by, DateTimeOffset at, int? applicationId)
    {
        EnsureEditable();
        EnsureOwn(item);
        if (meeting.Id != MeetingId) throw new DomainException(Refusal.MinutesOfAnotherMeeting);
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException(Refusal.DecisionNeedsText);
        if (applicationId is null && DecisionOutcomes.IsOnApplicationOnly(outcome))
            throw new DomainException(Refusal.DecisionOnApplicationsOnly, outcome);
        meeting.TakeDecisions(today);
        var decision = item.AddDecision(text.Trim(), outcome, applicationId);
        Touch(by, at);
        return decision;
    }

    public void RemoveDecision(int itemId, int decisionId, string by, DateTimeOffset at)
    {
        EnsureEditable();
        var item = Item(itemId);
        var decision = item.Decisions.FirstOrDefault(d => d.Id == decisionId) ?? throw new DomainException(Refusal.NoSuchDecision);
        if (decision.ApplicationId is not null)
            throw new DomainException(Refusal.MembershipDecisionStays);
        item.RemoveDecision(decision);
        Touch(by, at);
    }

    public ActionItem AddActionItem(int itemId, string what, string? who, DateOnly? dueOn, string by, DateTimeOffset at)
    {
        EnsureEditable();
        if (string.IsNullOrWhiteSpace(what)) throw new DomainException(Refusal.ActionItemNeedsText);
        var action = Item(itemId).AddActionItem(what.Trim(), string.IsNullOrWhiteSpace(who) ? null : who.Trim(), dueOn);
        Touch(by, at);
        return action;
    }

    /// <summary>Done or not can change after approval: it tracks the follow-up, not the record of the meeting.</summary>
    public void MarkActionItem(int itemId, int actionItemId, bool done, string by, DateTimeOffset at)
    {
        if (IsSuperseded) throw new DomainException(Refusal.FollowUpOnCurrentVersion);
        var action = Item(itemId).ActionItems.FirstOrDefault(a => a.Id == actionItemId) ?? throw new DomainException(Refusal.NoSuchActionItem);
        action.IsDone = done;
        Touch(by, at);
    }

    public void Circulate(DateOnly on, string by, DateTimeOffset at)
    {
        if (Status != MinutesStatus.Draft) throw new DomainException(Refusal.OnlyDraftsCirculated, Status);
        Status = MinutesStatus.Circulated;
        CirculatedOn = on;
        Touch(by, at);
    }

    /// <summary>Approval by a later meeting or by the chair. Locks the minutes and marks the meeting's minutes approved.</summary>
    public void Approve(Meeting meeting, DateOnly on, string approvedBy, Meeting? approvingMeeting, string by, DateTimeOffset at)
    {
        if (meeting.Id != MeetingId) throw new DomainException(Refusal.MinutesOfAnotherMeeting);
        if (Status != MinutesStatus.Circulated) throw new DomainException(Refusal.ApprovedAfterCirculation);
        if (string.IsNullOrWhiteSpace(approvedBy) && approvingMeeting is null) throw new DomainException(Refusal.SayWhoApproved);
        if (approvingMeeting is not null && approvingMeeting.StartDate < meeting.StartDate)
            throw new DomainException(Refusal.ApprovedByLaterMeeting);
        if (CirculatedOn is { } circulated && on < circulated) throw new DomainException(Refusal.ApprovedBeforeCirculated);
        Status = MinutesStatus.Approved;
        ApprovedOn = on;
        ApprovedAtMeetingId = approvingMeeting?.Id;
        ApprovedBy = approvingMeeting is not null ? $"the {approvingMeeting.Title}" : approvedBy.Trim();
        meeting.RecordMinutesApproved();
        Touch(by, at);
    }

    /// <summary>A correction of approved minutes: a new draft version with the reason; this version stays readable.</summary>
    public Minutes Correct(string reason, string by, DateTimeOffset at)
    {
        if (Status != MinutesStatus.Approved || IsSuperseded) throw new DomainException(Refusal.OnlyApprovedCorrected);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(Refusal.CorrectionNeedsReason);
        var next = new Minutes { MeetingId = MeetingId, VersionNumber = VersionNumber + 1, Status = MinutesStatus.Draft, CorrectionReason = reason.Trim() };
        foreach (var item in _items) next._items.Add(item.Copy());
        IsSuperseded = true;
        next.Touch(by, at);
        Touch(by, at);
        return next;
    }

    private MinutesItem Item(int itemId) => _items.FirstOrDefault(i => i.Id == itemId) ?? throw new DomainException(Refusal.NoSuchMinutesItem);

    private void EnsureOwn(MinutesItem item)
    {
        if (!_items.Contains(item)) throw new DomainException(Refusal.ItemOfOtherMinutes);
    }

    private void EnsureEditable()
    {
        if (IsSuperseded) throw new DomainException(Refusal.VersionReplaced, VersionNumber);
        if (Status == MinutesStatus.Approved) throw new DomainException(Refusal.ApprovedMinutesLocked);
    }

    private void Touch(string by, DateTimeOffset at)
    {
        LastChangedBy = by;
        LastChangedAt = at;
    }
}

public class MinutesItem
{
    private readonly List<MinutesDecision> _decisions = [];
    private readonly List<ActionItem> _actionItems = [];

    private MinutesItem() { } // EF

    internal MinutesItem(int position, string number, string title, bool isMembershipApplications)
    {
        Position = position;
        Number = number;
        Title = title;
        IsMembershipApplications = isMembershipApplications;
    }

    public int Id { get; private set; }
    public int MinutesId { get; private set; }
    public int Position { get; private set; }
    public string Number { get; private set; } = "";
    public string Title { get; private set; } = "";
    public bool IsMembershipApplications { get; private set; }
    public string? Summary { get; internal set; }
    public IReadOnlyList<MinutesDecision> Decisions => _decisions;
    public IReadOnlyList<ActionItem> ActionItems => _actionItems;

    internal MinutesDecision AddDecision(string text, DecisionOutcome outcome, int? applicationId)
    {
        var decision = new MinutesDecision(text, outcome, applicationId);
        _decisions.Add(decision);
        return decision;
    }

    internal void RemoveDecision(MinutesDecision decision) => _decisions.Remove(decision);

    internal ActionItem AddActionItem(string what, string? who, DateOnly? dueOn)
    {
        var action = new ActionItem(what, who, dueOn);
        _actionItems.Add(action);
        return action;
    }

    internal MinutesItem Copy()
    {
        var copy = new MinutesItem(Position, Number, Title, IsMembershipApplications) { Summary = Summary };
        foreach (var d in _decisions) copy._decisions.Add(new MinutesDecision(d.Text, d.Outcome, d.ApplicationId));
        foreach (var a in _actionItems) copy._actionItems.Add(new ActionItem(a.What, a.Who, a.DueOn) { IsDone = a.IsDone });
        return copy;
    }
}

public class MinutesDecision
{
    private MinutesDecision() { } // EF

    internal MinutesDecision(string text, DecisionOutcome outcome, int? applicationId)
    {
        Text = text;
        Outcome = outcome;
        ApplicationId = applicationId;
    }

    public int Id { get; private set; }
    public int MinutesItemId { get; private set; }
    public string Text { get; private set; } = "";
    public DecisionOutcome Outcome { get; private set; }
    /// <summary>Set when the decision is on a membership application: the application moved with it.</summary>
    public int? ApplicationId { get; private set; }
}

public class ActionItem
{
    private ActionItem() { } // EF

    internal ActionItem(string what, string? who, DateOnly? dueOn)
    {
        What = what;
        Who = who;
        DueOn = dueOn;
    }

    public int Id { get; private set; }
    public int MinutesItemId { get; private set; }
    public string What { get; private set; } = "";
    public string? Who { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public bool IsDone { get; internal set; }
}
