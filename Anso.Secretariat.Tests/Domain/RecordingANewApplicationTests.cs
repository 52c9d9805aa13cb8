using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;
using FluentValidation.Results;

namespace Anso.Secretariat.Tests.Domain;

/// <summary>What the secretariat must type in for a new application (NewApplicationValidator).</summary>
public class RecordingANewApplicationTests
{
    private static readonly FakeTime Clock = new(new DateTimeOffset(2025, 12, 1, 10, 0, 0, TimeSpan.Zero));
    private static readonly FindDuplicateApplicant NoDuplicates = (_, _) => Task.FromResult<string?>(null);

    private static Task<ValidationResult> Validate(NewApplication input, FindDuplicateApplicant? findDuplicate = null, TimeProvider? clock = null) =>
        new NewApplicationValidator(FakeTime.Secretariat(clock ?? Clock), findDuplicate ?? NoDuplicates).ValidateAsync(input);

    private static IEnumerable<string> ErrorsFor(ValidationResult result, string property) =>
        result.Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage);

    [Fact]
    public async Task A_complete_application_is_accepted()
    {
        var result = await Validate(A.ValidNewApplication());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task Contact_details_are_optional()
    {
        var input = A.ValidNewApplication();
        input.Acronym = input.Website = input.Address = input.ContactName = input.ContactEmail = input.Summary = null;

        var result = await Validate(input);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task The_organizations_name_is_required(string name)
    {
        var input = A.ValidNewApplication();
        input.OrganizationName = name;

        var result = await Validate(input);

        Assert.Equal(["Enter the organization's name."], ErrorsFor(result, nameof(NewApplication.OrganizationName)));
    }

    [Fact]
    public async Task The_country_is_required()
    {
        var input = A.ValidNewApplication();
        input.CountryCode = "";

        var result = await Validate(input);

        Assert.Equal(["Choose a country."], ErrorsFor(result, nameof(NewApplication.CountryCode)));
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("Serbia")]
    [InlineData("SRB")]
    public async Task The_country_must_be_an_ISO_3166_code(string country)
    {
        var input = A.ValidNewApplication();
        input.CountryCode = country;

        var result = await Validate(input);

        Assert.Equal(["Choose a country from the list."], ErrorsFor(result, nameof(NewApplication.CountryCode)));
    }

    [Fact]
    public async Task The_category_is_required()
    {
        var input = A.ValidNewApplication();
        input.CategoryId = null;

        var result = await Validate(input);

        Assert.Equal(["Choose a category."], ErrorsFor(result, nameof(NewApplication.CategoryId)));
    }

    [Theory]
    [InlineData("office.sanu.ac.rs")]
    [InlineData("office@")]
    [InlineData("office@@sanu.ac.rs")]
    [InlineData("office sanu@ac.rs")]
    public async Task A_contact_email_must_be_well_formed(string email)
    {
        var input = A.ValidNewApplication();
        input.ContactEmail = email;

        var result = await Validate(input);

        Assert.Equal(["Enter a valid email address, like name@example.org."], ErrorsFor(result, nameof(NewApplication.ContactEmail)));
    }

    [Theory]
    [InlineData("www.sanu.ac.rs")]
    [InlineData("ftp://sanu.ac.rs")]
    public async Task A_website_must_be_a_web_address(string website)
    {
        var input = A.ValidNewApplication();
        input.Website = website;

        var result = await Validate(input);

        Assert.Single(ErrorsFor(result, nameof(NewApplication.Website)));
    }

    [Fact]
    public async Task The_received_date_is_required_and_gets_one_message()
    {
        var input = A.ValidNewApplication();
        input.ReceivedOn = null;

        var result = await Validate(input);

        Assert.Equal(["Enter the date the application was received."], ErrorsFor(result, nameof(NewApplication.ReceivedOn)));
    }

    [Fact]
    public async Task The_received_date_cannot_be_in_the_future()
    {
        var input = A.ValidNewApplication();
        input.ReceivedOn = Clock.TodayUtc.AddDays(1);

        var result = await Validate(input);

        Assert.Equal(["The received date cannot be in the future."], ErrorsFor(result, nameof(NewApplication.ReceivedOn)));
    }

    [Fact]
    public async Task An_application_received_today_is_accepted()
    {
        var input = A.ValidNewApplication();
        input.ReceivedOn = Clock.TodayUtc;

        var result = await Validate(input);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task Today_means_today_where_the_secretariat_is_even_before_it_is_today_in_UTC()
    {
        // 07:30 on 2 Dec in Beijing is still 1 Dec in UTC.
        var beijingMorning = new FakeTime(new DateTimeOffset(2025, 12, 2, 7, 30, 0, TimeSpan.FromHours(8)), FakeTime.Shanghai);
        var input = A.ValidNewApplication();
        input.ReceivedOn = new DateOnly(2025, 12, 2);

        var accepted = await Validate(input, clock: beijingMorning);
        input.ReceivedOn = new DateOnly(2025, 12, 3);
        var refused = await Validate(input, clock: beijingMorning);

        Assert.True(accepted.IsValid, string.Join("; ", accepted.Errors));
        Assert.Equal(["The received date cannot be in the future."], ErrorsFor(refused, nameof(NewApplication.ReceivedOn)));
    }

    [Theory]
    [InlineData("Asia/Shanghai", true)]
    [InlineData("Europe/Paris", false)]
    public async Task Not_in_the_future_counts_in_the_configured_time_zone(string zone, bool twoDecemberAccepted)
    {
        // 22:30 UTC on 1 Dec 2026: 06:30 on 2 Dec in Beijing, 23:30 on 1 Dec in Paris.
        var time = new SecretariatTime(new FakeTime(new DateTimeOffset(2026, 12, 1, 22, 30, 0, TimeSpan.Zero)), SecretariatTime.FindZone(zone));
        var input = A.ValidNewApplication();
        input.ReceivedOn = new DateOnly(2026, 12, 2);

        var result = await new NewApplicationValidator(time, NoDuplicates).ValidateAsync(input);

        Assert.Equal(twoDecemberAccepted, result.IsValid);
        if (!twoDecemberAccepted)
            Assert.Equal(["The received date cannot be in the future."], ErrorsFor(result, nameof(NewApplication.ReceivedOn)));
    }

    [Fact]
    public async Task A_duplicate_is_refused_with_the_finders_message_naming_the_existing_one()
    {
        var asked = new List<(string Key, string Country)>();
        FindDuplicateApplicant finder = (name, _) =>
        {
            asked.Add((name.Key, name.Country));
            return Task.FromResult<string?>("Université de Belgrade (Serbia) already has an open application (no. 7).");
        };
        var input = A.ValidNewApplication();
        input.OrganizationName = "  UNIVERSITÉ  de Belgrade ";

        var result = await Validate(input, finder);

        Assert.Equal(
            ["Université de Belgrade (Serbia) already has an open application (no. 7)."],
            ErrorsFor(result, nameof(NewApplication.OrganizationName)));
        Assert.Equal([("universite de belgrade", "RS")], asked);
    }

    [Theory]
    [InlineData("", "RS")]
    [InlineData("Université de Belgrade", "XX")]
    public async Task Duplicates_are_not_looked_for_while_the_name_or_country_is_missing(string name, string country)
    {
        var asked = 0;
        FindDuplicateApplicant finder = (_, _) =>
        {
            asked++;
            return Task.FromResult<string?>("duplicate");
        };
        var input = A.ValidNewApplication();
        input.OrganizationName = name;
        input.CountryCode = country;

        var result = await Validate(input, finder);

        Assert.False(result.IsValid);
        Assert.Equal(0, asked);
        Assert.DoesNotContain(result.Errors, e => e.ErrorMessage == "duplicate");
    }
}
