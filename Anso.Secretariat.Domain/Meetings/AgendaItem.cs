using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Domain.Meetings;

public enum AgendaItemKind { Opening, Report, MembershipApplications, Proposal, Discussion, AnyOtherBusiness, Closing }

public enum AgendaPurpose { ForInformation, ForDiscussion, ForEndorsement, ForApproval }

/// <summary>What the secretariat types in for an agenda item.</summary>
public sealed class AgendaItemDetails
{
    public const int MaxMinutes = 8 * 60;

    public string Title { get; set; } = "";
    public AgendaItemKind Kind { get; set; } = AgendaItemKind.Discussion;
    public AgendaPurpose Purpose { get; set; } = AgendaPurpose.ForDiscussion;
    public string? Presenter { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Notes { get; set; }

    public static AgendaItemDetails From(AgendaItem item) => new()
    {
        Title = item.Title, Kind = item.Kind, Purpose = item.Purpose, Presenter = item.Presenter,
        DurationMinutes = item.DurationMinutes, Notes = item.Notes,
    };
}

/// <summary>One item of a meeting's agenda. Its number is its place in the agenda, kept by the meeting.</summary>
public class AgendaItem
{
    private readonly List<AgendaPaper> _papers = [];

    private AgendaItem() { } // EF

    internal AgendaItem(AgendaItemDetails details) => Change(details);

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    /// <summary>1, 2, 3...: the item's place in the agenda.</summary>
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public AgendaItemKind Kind { get; private set; }
    public AgendaPurpose Purpose { get; private set; }
    public string? Presenter { get; private set; }
    public int DurationMinutes { get; private set; }
    /// <summary>Printed under the item on the agenda: what is expected, background, the decision sought.</summary>
    public string? Notes { get; private set; }
    public IReadOnlyList<AgendaPaper> Papers => _papers;

    internal static string Describe(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.MembershipApplications => "Membership applications",
        AgendaItemKind.AnyOtherBusiness => "Any other business",
        _ => kind.ToString(),
    };

    internal static string Describe(AgendaPurpose purpose) => purpose switch
    {
        AgendaPurpose.ForInformation => "For information",
        AgendaPurpose.ForDiscussion => "For discussion",
        AgendaPurpose.ForEndorsement => "For endorsement",
        _ => "For approval",
    };

    internal void NumberAs(int number) => Number = number;

    internal bool Matches(AgendaItemDetails d) =>
        Title == d.Title.Trim() && Kind == d.Kind && Purpose == d.Purpose && Presenter == Blank(d.Presenter)
        && DurationMinutes == d.DurationMinutes && Notes == Blank(d.Notes);

    internal void Change(AgendaItemDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.Title)) throw new DomainException("An agenda item needs a title.");
        if (details.DurationMinutes is not { } minutes || minutes < 1 || minutes > AgendaItemDetails.MaxMinutes)
            throw new DomainException($"Give the item's duration in minutes, from 1 to {AgendaItemDetails.MaxMinutes}.");
        if (!Enum.IsDefined(details.Kind) || !Enum.IsDefined(details.Purpose)) throw new DomainException("Choose the item's kind and purpose.");
        Title = details.Title.Trim();
        Kind = details.Kind;
        Purpose = details.Purpose;
        Presenter = Blank(details.Presenter);
        DurationMinutes = minutes;
        Notes = Blank(details.Notes);
    }

    internal AgendaPaper Attach(string title, PaperFile? file, Actor by)
    {
        var name = Blank(title) ?? (file is null ? null : Path.GetFileNameWithoutExtension(file.FileName));
        if (name is null) throw new DomainException("A paper needs a title or a file.");
        if (_papers.Any(p => string.Equals(p.Title, name, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"Item {Number} already has a paper called \"{name}\".");
        var paper = new AgendaPaper(name, file, by);
        _papers.Add(paper);
        return paper;
    }

    internal void Detach(AgendaPaper paper)
    {
        if (!_papers.Remove(paper)) throw new DomainException($"That paper is not attached to item {Number}; reload the page.");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A stored file: what the user called it, what it is, and its generated name on disk.</summary>
public sealed record PaperFile(string FileName, string ContentType, long SizeBytes, string StoredName);

/// <summary>A paper for an agenda item, e.g. "ANSO Progress Report 2024". The file may follow later.</summary>
public class AgendaPaper
{
    private AgendaPaper() { } // EF

    internal AgendaPaper(string title, PaperFile? file, Actor by)
    {
        Title = title;
        FileName = file?.FileName;
        ContentType = file?.ContentType;
        SizeBytes = file?.SizeBytes;
        StoredName = file?.StoredName;
        AddedBy = by.Name;
        AddedAt = by.At;
    }

    public int Id { get; private set; }
    public int AgendaItemId { get; private set; }
    public string Title { get; private set; } = "";
    public string? FileName { get; private set; }
    public string? ContentType { get; private set; }
    public long? SizeBytes { get; private set; }
    /// <summary>The file's generated name on disk; null while the paper is still to follow.</summary>
    public string? StoredName { get; private set; }
    public string AddedBy { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }

    public bool HasFile => StoredName is not null;
}

/// <summary>How an item looked in a published revision of the agenda.</summary>
public sealed record AgendaItemSnapshot(
    int Number, string Title, AgendaItemKind Kind, AgendaPurpose Purpose, string? Presenter, int DurationMinutes, IReadOnlyList<string> Papers);

/// <summary>A dated revision of a published agenda: who, when, what changed, and the numbered items as they then stood.</summary>
public class AgendaRevision
{
    private AgendaRevision() { } // EF

    internal AgendaRevision(int number, Actor by, string change, IReadOnlyList<AgendaItemSnapshot> items)
    {
        Number = number;
        By = by.Name;
        At = by.At;
        Change = change;
        Items = items;
    }

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public int Number { get; private set; }
    public string By { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string Change { get; private set; } = "";
    public IReadOnlyList<AgendaItemSnapshot> Items { get; private set; } = [];
}
