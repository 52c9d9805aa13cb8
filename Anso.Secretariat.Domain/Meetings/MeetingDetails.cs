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
        RuleFor(m => m.Body).NotNull().WithRefusal(Refusal.ChooseTheBody);
        RuleFor(m => m.Number).NotNull().WithRefusal(Refusal.EnterTheMeetingsNumber)
            .GreaterThanOrEqualTo(1).WithRefusal(Refusal.MeetingNumberBelowOne)
            .LessThanOrEqualTo(999).WithRefusal(Refusal.NumberUpTo999);
        RuleFor(m => m.StartDate).NotNull().WithRefusal(Refusal.EnterTheFirstDay);
        RuleFor(m => m.EndDate).NotNull().WithRefusal(Refusal.EnterTheLastDay)
            .GreaterThanOrEqualTo(m => m.StartDate).WithRefusal(Refusal.LastDayBeforeFirst)
            .When(m => m.StartDate is not null && m.EndDate is not null, ApplyConditionTo.CurrentValidator)
            .Must((m, end) => end!.Value.DayNumber - m.StartDate!.Value.DayNumber <= 13).WithRefusal(Refusal.MeetingTooLong)
            .When(m => m.StartDate is not null && m.EndDate is not null && m.EndDate >= m.StartDate, ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.EndsAt).NotNull().WithRefusal(Refusal.GiveTheEndTime)
            .When(m => m.StartsAt is not null);
        RuleFor(m => m.StartsAt).NotNull().WithRefusal(Refusal.GiveTheStartTime)
            .When(m => m.EndsAt is not null);
        RuleFor(m => m.EndsAt).GreaterThan(m => m.StartsAt).WithRefusal(Refusal.SessionEndsBeforeItStarts)
            .When(m => m.StartsAt is not null && m.EndsAt is not null);
        RuleFor(m => m.Mode).NotNull().WithRefusal(Refusal.ChooseTheMode);
        RuleFor(m => m.City).NotEmpty().WithRefusal(Refusal.EnterTheCity)
            .When(m => m.Mode is MeetingMode.OnSite or MeetingMode.Hybrid);
        RuleFor(m => m.CountryCode).NotEmpty().WithRefusal(Refusal.ChooseTheMeetingsCountry)
            .When(m => m.Mode is MeetingMode.OnSite or MeetingMode.Hybrid);
        RuleFor(m => m.CountryCode).Must(Countries.IsKnown).WithRefusal(Refusal.ChooseACountryFromTheList)
            .When(m => !string.IsNullOrWhiteSpace(m.CountryCode));
        RuleFor(m => m.Place).MaximumLength(200);
        RuleFor(m => m.City).MaximumLength(100);
        RuleFor(m => m.Chair).MaximumLength(300);
        RuleFor(m => m.TimeZoneId).Must(z => TimeZoneInfo.TryFindSystemTimeZoneById(z!.Trim(), out _))
            .WithRefusal(Refusal.EnterATimeZone)
            .When(m => !string.IsNullOrWhiteSpace(m.TimeZoneId));
        RuleFor(m => m.OnlineLink).MaximumLength(500)
            .Must(l => Uri.TryCreate(l!.Trim(), UriKind.Absolute, out var u) && u.Scheme is "https" or "http")
            .WithRefusal(Refusal.EnterTheLink)
            .When(m => !string.IsNullOrWhiteSpace(m.OnlineLink));
        RuleFor(m => m.Chair).NotEmpty().WithRefusal(Refusal.ChairBeforeCoChairs)
            .When(m => m.CoChairList.Any());
        RuleFor(m => m.CoChairs).Must(c => c!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length <= Meeting.MaxCoChairs)
            .WithRefusal(Refusal.TooManyCoChairs, _ => [Meeting.MaxCoChairs])
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
        RuleFor(i => i.Title).NotEmpty().WithRefusal(Refusal.EnterTheItemsTitle).MaximumLength(300);
        RuleFor(i => i.DurationMinutes).NotNull().WithRefusal(Refusal.EnterTheItemsDuration)
            .InclusiveBetween(1, AgendaItemDetails.MaxMinutes).WithRefusal(Refusal.DurationOutOfRange, _ => [AgendaItemDetails.MaxMinutes]);
        RuleFor(i => i.Presenter).MaximumLength(300);
        RuleFor(i => i.Notes).MaximumLength(4000);
        RuleFor(i => i.Kind).IsInEnum();
        RuleFor(i => i.Purpose).IsInEnum();
    }
}
