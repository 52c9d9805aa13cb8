using Anso.Secretariat.Domain.Common;
using FluentValidation;

namespace Anso.Secretariat.Domain.Meetings;

/// <summary>What the secretariat types in for a new meeting, or when it edits one's overview.</summary>
public sealed class MeetingDetails
{
    public MeetingBody? Body { get; set; }
    public int? Number { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public TimeOnly? StartsAt { get; set; }
    public TimeOnly? EndsAt { get; set; }
    public string? Place { get; set; }
    public string? City { get; set; }
    public string? CountryCode { get; set; }
    public MeetingMode? Mode { get; set; }
    public string? TimeZoneId { get; set; }
    public string? OnlineLink { get; set; }
    public string? Chair { get; set; }
    /// <summary>One co-chair per line.</summary>
    public string? CoChairs { get; set; }

    public Venue Venue => new(Place, City, string.IsNullOrWhiteSpace(CountryCode) ? null : CountryCode);

    public IEnumerable<string> CoChairList => (CoChairs ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static MeetingDetails From(Meeting m) => new()
    {
        Body = m.Body, Number = m.Number, StartDate = m.StartDate, EndDate = m.EndDate, StartsAt = m.StartsAt, EndsAt = m.EndsAt,
        Place = m.Venue.Place, City = m.Venue.City, CountryCode = m.Venue.CountryCode, Mode = m.Mode,
        Chair = m.Chair, CoChairs = string.Join("\n", m.CoChairs), TimeZoneId = m.TimeZoneId, OnlineLink = m.OnlineLink,
    };

    /// <summary>Applies everything but the body (which a meeting keeps) to <paramref name="meeting"/>.</summary>
    public void ApplyTo(Meeting meeting)
    {
        meeting.Renumber(Number!.Value);
        meeting.Reschedule(StartDate!.Value, EndDate!.Value);
        meeting.SetHours(StartsAt, EndsAt);
        meeting.MoveTo(Venue, Mode!.Value);
        meeting.SetLocalTimeAndLink(TimeZoneId, OnlineLink);
        meeting.AppointChairs(Chair, CoChairList);
    }
}

/// <summary>Names the meeting that already has this body and number (other than <paramref name="exceptId"/>), or null.</summary>
public delegate Task<string?> FindMeetingWithNumber(MeetingBody body, int number, int? exceptId, CancellationToken ct);

public sealed class MeetingDetailsValidator : AbstractValidator<MeetingDetails>
{
    public MeetingDetailsValidator(FindMeetingWithNumber findExisting, int? meetingId = null)
    {
        RuleFor(m => m.Body).NotNull().WithMessage("Choose the body that meets.");
        RuleFor(m => m.Number).NotNull().WithMessage("Enter the meeting's number.")
            .GreaterThanOrEqualTo(1).WithMessage("A meeting number starts at 1.")
            .LessThanOrEqualTo(999).WithMessage("Enter a number up to 999.");
        RuleFor(m => m.StartDate).NotNull().WithMessage("Enter the first day of the meeting.");
        RuleFor(m => m.EndDate).NotNull().WithMessage("Enter the last day of the meeting (the first day for a one-day meeting).")
            .GreaterThanOrEqualTo(m => m.StartDate).WithMessage("The last day cannot be before the first day.")
            .When(m => m.StartDate is not null && m.EndDate is not null, ApplyConditionTo.CurrentValidator)
            .Must((m, end) => end!.Value.DayNumber - m.StartDate!.Value.DayNumber <= 13).WithMessage("A meeting lasts at most two weeks; check the dates.")
            .When(m => m.StartDate is not null && m.EndDate is not null && m.EndDate >= m.StartDate, ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.EndsAt).NotNull().WithMessage("Give the end time too, or clear the start time.")
            .When(m => m.StartsAt is not null);
        RuleFor(m => m.StartsAt).NotNull().WithMessage("Give the start time too, or clear the end time.")
            .When(m => m.EndsAt is not null);
        RuleFor(m => m.EndsAt).GreaterThan(m => m.StartsAt).WithMessage("The session must end after it starts.")
            .When(m => m.StartsAt is not null && m.EndsAt is not null);
        RuleFor(m => m.Mode).NotNull().WithMessage("Choose on-site, online or hybrid.");
        RuleFor(m => m.City).NotEmpty().WithMessage("Enter the city where the meeting takes place.")
            .When(m => m.Mode is MeetingMode.OnSite or MeetingMode.Hybrid);
        RuleFor(m => m.CountryCode).NotEmpty().WithMessage("Choose the country where the meeting takes place.")
            .When(m => m.Mode is MeetingMode.OnSite or MeetingMode.Hybrid);
        RuleFor(m => m.CountryCode).Must(Countries.IsKnown).WithMessage("Choose a country from the list.")
            .When(m => !string.IsNullOrWhiteSpace(m.CountryCode));
        RuleFor(m => m.Place).MaximumLength(200);
        RuleFor(m => m.City).MaximumLength(100);
        RuleFor(m => m.Chair).MaximumLength(300);
        RuleFor(m => m.TimeZoneId).Must(z => TimeZoneInfo.TryFindSystemTimeZoneById(z!.Trim(), out _))
            .WithMessage("Enter a time zone such as Asia/Bangkok, or leave it blank for the secretariat's.")
            .When(m => !string.IsNullOrWhiteSpace(m.TimeZoneId));
        RuleFor(m => m.OnlineLink).MaximumLength(500)
            .Must(l => Uri.TryCreate(l!.Trim(), UriKind.Absolute, out var u) && u.Scheme is "https" or "http")
            .WithMessage("Enter the link to join, starting with https://.")
            .When(m => !string.IsNullOrWhiteSpace(m.OnlineLink));
        RuleFor(m => m.Chair).NotEmpty().WithMessage("Name the chair before the co-chairs.")
            .When(m => m.CoChairList.Any());
        RuleFor(m => m.CoChairs).Must(c => c!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length <= Meeting.MaxCoChairs)
            .WithMessage($"A meeting has at most {Meeting.MaxCoChairs} co-chairs.")
            .When(m => m.CoChairs is not null);
        RuleFor(m => m.Number)
            .MustAsync(async (m, number, ctx, ct) =>
            {
                var existing = await findExisting(m.Body!.Value, number!.Value, meetingId, ct);
                if (existing is null) return true;
                ctx.MessageFormatter.AppendArgument("Existing", existing);
                return false;
            })
            .WithMessage("{Existing}")
            .When(m => m.Body is not null && m.Number is >= 1);
    }
}

public sealed class AgendaItemDetailsValidator : AbstractValidator<AgendaItemDetails>
{
    public AgendaItemDetailsValidator()
    {
        RuleFor(i => i.Title).NotEmpty().WithMessage("Enter the item's title.").MaximumLength(300);
        RuleFor(i => i.DurationMinutes).NotNull().WithMessage("Enter the time the item needs, in minutes.")
            .InclusiveBetween(1, AgendaItemDetails.MaxMinutes).WithMessage($"Enter a duration from 1 to {AgendaItemDetails.MaxMinutes} minutes.");
        RuleFor(i => i.Presenter).MaximumLength(300);
        RuleFor(i => i.Notes).MaximumLength(4000);
        RuleFor(i => i.Kind).IsInEnum();
        RuleFor(i => i.Purpose).IsInEnum();
    }
}
