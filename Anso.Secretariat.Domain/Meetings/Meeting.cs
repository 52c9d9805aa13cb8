using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Domain.Meetings;

public enum MeetingBody { GoverningBoard, GeneralAssembly, WorkingGroup, Other }

public enum MeetingMode { OnSite, Online, Hybrid }

public enum MeetingStatus { Planned, AgendaPublished, Held, MinutesApproved }

public class Meeting
{
    private Meeting() { } // EF

    public Meeting(MeetingBody body, int number, DateOnly startDate, DateOnly endDate, Venue venue, MeetingMode mode)
    {
        if (number < 1) throw new DomainException("A meeting number starts at 1.");
        Body = body;
        Number = number;
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
    public Venue Venue { get; private set; } = Venue.None;
    public MeetingMode Mode { get; private set; }
    public MeetingStatus Status { get; private set; }
    public int Version { get; private set; }

    public string Title => TitleFor(Body, Number);
    public string ShortName => $"{Ordinal.Of(Number)} {BodyAbbreviation(Body)}";
    public bool HasBeenHeld => Status is MeetingStatus.Held or MeetingStatus.MinutesApproved;
    public string Dates => FormatDates(StartDate, EndDate);

    public static string TitleFor(MeetingBody body, int number) => body switch
    {
        MeetingBody.GoverningBoard => $"{Ordinal.Of(number)} ANSO Governing Board (GB) Meeting",
        MeetingBody.GeneralAssembly => $"{Ordinal.Of(number)} ANSO General Assembly (GA)",
        MeetingBody.WorkingGroup => $"{Ordinal.Of(number)} ANSO Working Group Meeting",
        _ => $"ANSO Meeting No. {number}",
    };

    public static string BodyAbbreviation(MeetingBody body) => body switch
    {
        MeetingBody.GoverningBoard => "GB",
        MeetingBody.GeneralAssembly => "GA",
        MeetingBody.WorkingGroup => "WG",
        _ => "Meeting",
    };

    /// <summary>"6 Nov 2019", "13-14 May 2019", "30 Apr - 2 May 2020".</summary>
    public static string FormatDates(DateOnly start, DateOnly end)
    {
        if (start == end) return start.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (start.Year == end.Year && start.Month == end.Month) return $"{start.Day}-{end.ToString("d MMM yyyy", inv)}";
        if (start.Year == end.Year) return $"{start.ToString("d MMM", inv)} - {end.ToString("d MMM yyyy", inv)}";
        return $"{start.ToString("d MMM yyyy", inv)} - {end.ToString("d MMM yyyy", inv)}";
    }

    public void Reschedule(DateOnly startDate, DateOnly endDate)
    {
        if (endDate < startDate) throw new DomainException("A meeting cannot end before it starts.");
        StartDate = startDate;
        EndDate = endDate;
    }

    public void MarkHeld()
    {
        if (HasBeenHeld) throw new DomainException($"The {Title} is already recorded as held.");
        Status = MeetingStatus.Held;
    }

    /// <summary>Called by <see cref="Minutes.Approve"/>: the meeting's record is complete.</summary>
    internal void RecordMinutesApproved()
    {
        if (!HasBeenHeld) throw new DomainException($"The {Title} has not been held yet, so its minutes cannot be approved.");
        Status = MeetingStatus.MinutesApproved;
    }
}

/// <summary>Where a meeting takes place; an online meeting may have no place.</summary>
public sealed record Venue(string? Place, string? City, string? CountryCode)
{
    public static readonly Venue None = new(null, null, null);

    public override string ToString() =>
        string.Join(", ", new[] { Place, City, CountryCode is null ? null : Countries.NameOf(CountryCode) }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
