using Anso.Secretariat.Tests.Support;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Components.Today;

/// <summary>
/// One "today" (SecretariatTime, setting Secretariat:TimeZone): at 22:30 UTC on 1 Dec 2026 it is 06:30 on 2 Dec in Beijing
/// and 23:30 on 1 Dec in Paris. The new application's received date, the history's time stamp and the date the page shows
/// must all agree with the zone, never with UTC or the server's own zone.
/// </summary>
public abstract class TodayWhereTheSecretariatWorksTest : ComponentTest
{
    protected static readonly DateTimeOffset LateOn1DecUtc = new(2026, 12, 1, 22, 30, 0, TimeSpan.Zero);

    /// <summary>The configured zone (read in the base constructor, so a constant of the class).</summary>
    protected abstract TimeZoneInfo Zone { get; }

    protected override void ConfigureServices(IServiceCollection services)
    {
        // The server's own zone is UTC here (FakeTime's local zone), as on most hosts.
        var clock = new FakeTime(LateOn1DecUtc);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(new SecretariatTime(clock, Zone));
    }

    /// <summary>Opens /applications/new, checks the proposed received date, and records the application with it.</summary>
    protected async Task<int> RecordANewApplicationAsync(string expectedReceivedOn)
    {
        SignInAs(Roles.Secretariat);
        var form = Render<NewApplicationPage>();
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindComponents<MudBlazor.MudSelectItem<int?>>()), Wait);
        Assert.Equal(expectedReceivedOn, form.Field("Received on").GetAttribute("value"));

        var input = A.ValidNewApplication();
        input.OrganizationName = "Université Abdou Moumouni de Niamey";
        input.Acronym = "UAM";
        input.CountryCode = "NE";
        await WithDatabaseAsync(async db => input.CategoryId = (await db.Categories.FirstAsync()).Id);
        input.ReceivedOn = Services.GetRequiredService<SecretariatTime>().Today;
        return await Services.GetRequiredService<ApplicationService>().CreateAsync(input);
    }

    protected IRenderedComponent<ApplicationDetailsPage> OpenDetails(int id)
    {
        var page = Render<ApplicationDetailsPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".application-history .history-step")), Wait);
        return page;
    }
}

public sealed class TodayInBeijingTests : TodayWhereTheSecretariatWorksTest
{
    protected override TimeZoneInfo Zone => FakeTime.Shanghai;

    [Fact]
    public async Task A_new_application_received_at_06_30_in_Beijing_is_received_and_applied_on_2_Dec()
    {
        var id = await RecordANewApplicationAsync("2 Dec 2026");

        var page = OpenDetails(id);

        Assert.Equal("2 Dec 2026", page.Field("Received on").GetAttribute("value"));
        Assert.Contains("2 Dec 2026, 06:30 Beijing time", page.Find(".application-history .history-step").TextContent);
        await WithDatabaseAsync(async db => Assert.Equal(new DateOnly(2026, 12, 2), (await db.Applications.SingleAsync(a => a.Id == id)).ReceivedOn));
    }
}

public sealed class TodayInParisTests : TodayWhereTheSecretariatWorksTest
{
    protected override TimeZoneInfo Zone => SecretariatTime.FindZone("Europe/Paris");

    [Fact]
    public async Task With_the_time_zone_set_to_Paris_the_same_moment_is_1_Dec_everywhere()
    {
        var id = await RecordANewApplicationAsync("1 Dec 2026");

        var page = OpenDetails(id);

        Assert.Equal("1 Dec 2026", page.Field("Received on").GetAttribute("value"));
        Assert.Contains("1 Dec 2026, 23:30 Paris time", page.Find(".application-history .history-step").TextContent);
    }
}

public sealed class NamingTheSecretariatsClockTests
{
    [Theory]
    [InlineData("Asia/Shanghai", "Beijing time")]
    [InlineData("Europe/Paris", "Paris time")]
    [InlineData("America/New_York", "New York time")]
    [InlineData("UTC", "UTC")]
    public void Time_stamps_name_the_configured_zone(string zone, string name) =>
        Assert.Equal(name, App.Display.ZoneName(SecretariatTime.FindZone(zone)));
}
