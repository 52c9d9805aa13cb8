using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>No text longer than its column's limit is saved, and nothing else of the same save is either.</summary>
public class RefusingTooLongTextTests : DemoDataTest
{
    private static readonly string HundredKilobytes = new('x', 100_000);

    [Fact]
    public async Task An_application_summary_of_100_000_characters_is_refused_under_its_field_and_nothing_is_saved()
    {
        var applications = Anso.Secretariat.Tests.Support.Services.Applications(Database);
        await using var before = Database.CreateContext();
        var application = await before.Applications.AsNoTracking().FirstAsync();

        var ex = await Assert.ThrowsAsync<ValidationException>(() => applications.EditDetailsAsync(
            application.Id, application.Version, application.ReceivedOn, HundredKilobytes, "A new recommendation"));

        var failure = Assert.Single(ex.Errors);
        Assert.Equal("Summary", failure.PropertyName);
        Assert.Contains($"at most {TextLimits.ApplicationSummary:N0} characters", failure.ErrorMessage);
        await using var after = Database.CreateContext();
        var unchanged = await after.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id);
        Assert.Equal(application.Summary, unchanged.Summary);
        Assert.Equal(application.Recommendation, unchanged.Recommendation);
        Assert.Equal(application.Version, unchanged.Version);
    }

    [Fact]
    public async Task A_representative_with_a_name_of_100_000_characters_is_refused()
    {
        await using var db = Database.CreateContext();
        var organization = await db.Organizations.AsNoTracking().FirstAsync();
        var count = await db.Set<Anso.Secretariat.Domain.Organizations.Representative>().CountAsync();

        var ex = await Assert.ThrowsAsync<ValidationException>(() =>
            Services.Register.AddRepresentativeAsync(organization.Id, HundredKilobytes, "Director", null));

        Assert.Contains(ex.Errors, e => e.PropertyName == "Name" && e.ErrorMessage.StartsWith("Name can be at most 200 characters"));
        await using var after = Database.CreateContext();
        Assert.Equal(count, await after.Set<Anso.Secretariat.Domain.Organizations.Representative>().CountAsync());
    }

    [Fact]
    public async Task A_text_exactly_at_its_limit_is_kept_whole()
    {
        var applications = Anso.Secretariat.Tests.Support.Services.Applications(Database);
        await using var before = Database.CreateContext();
        var application = await before.Applications.AsNoTracking().FirstAsync();
        var longest = new string('y', TextLimits.ApplicationSummary);

        await applications.EditDetailsAsync(application.Id, application.Version, application.ReceivedOn, longest, null);

        await using var after = Database.CreateContext();
        Assert.Equal(longest, (await after.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id)).Summary);
    }
}
