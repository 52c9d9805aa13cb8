using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.Tests.Domain;

public class ValidatingMeetingDetailsTests
{
    private static MeetingDetailsValidator Validator(string? existing = null) => new((_, _, _, _) => Task.FromResult(existing));

    private static MeetingDetails Valid() => new()
    {
        Body = MeetingBody.GoverningBoard, Number = 10, StartDate = new(2026, 12, 9), EndDate = new(2026, 12, 9),
        City = "Beijing", CountryCode = "CN", Mode = MeetingMode.Hybrid,
    };

    [Fact]
    public async Task A_complete_meeting_is_valid()
    {
        Assert.True((await Validator().ValidateAsync(Valid())).IsValid);
    }

    [Fact]
    public async Task A_number_already_used_by_the_body_is_refused_with_the_existing_meeting_named()
    {
        var result = await Validator("There is already a 10th ANSO Governing Board (GB) Meeting (9 Dec 2026).").ValidateAsync(Valid());

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(MeetingDetails.Number), error.PropertyName);
        Assert.Contains("already a 10th", error.ErrorMessage);
    }

    [Fact]
    public async Task Each_missing_or_wrong_field_gets_its_own_message()
    {
        var details = Valid();
        details.EndDate = new(2026, 12, 8);
        details.City = null;
        details.StartsAt = new TimeOnly(14, 0);
        details.CoChairs = "Prof. HE Hongping";

        var errors = (await Validator().ValidateAsync(details)).Errors.ToLookup(e => e.PropertyName, e => e.ErrorMessage);

        Assert.Contains("cannot be before the first day", Assert.Single(errors[nameof(MeetingDetails.EndDate)]));
        Assert.Contains("city", Assert.Single(errors[nameof(MeetingDetails.City)]));
        Assert.Contains("end time", Assert.Single(errors[nameof(MeetingDetails.EndsAt)]));
        Assert.Contains("chair", Assert.Single(errors[nameof(MeetingDetails.Chair)]));
    }

    [Fact]
    public async Task An_online_meeting_needs_no_venue()
    {
        var details = Valid();
        details.Mode = MeetingMode.Online;
        details.City = null;
        details.CountryCode = null;

        Assert.True((await Validator().ValidateAsync(details)).IsValid);
    }
}
