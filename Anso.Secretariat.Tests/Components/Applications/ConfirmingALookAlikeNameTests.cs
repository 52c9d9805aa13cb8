using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Organizations;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Components.Applications;

/// <summary>A name close to another in the same country is saved only after the user has seen the warning and confirmed.</summary>
public class ConfirmingALookAlikeNameTests : ComponentTest
{
    [Fact]
    public async Task A_new_application_with_a_look_alike_name_warns_and_is_recorded_once_confirmed()
    {
        Organization belgrade = null!;
        await WithDatabaseAsync(async db => belgrade = await db.Organizations.SingleAsync(o => o.Name == "University of Belgrade" && o.CountryCode == "RS"));
        SignInAs(Roles.Secretariat);
        _ = Providers;
        var page = Render<NewApplicationPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindComponents<MudBlazor.MudSelectItem<int?>>()), Wait);

        page.Field("Organization name").Change("Universty of Belgrade"); // one letter short: close, not the same
        await page.Choose<string?>("Country", "RS");
        await page.Choose<int?>("Category", belgrade.CategoryId);
        page.Press("Record application");

        page.WaitForAssertion(() => Assert.Contains($"University of Belgrade (Serbia), organization no. {belgrade.Id}", page.Find(".look-alike").TextContent), Wait);
        await WithDatabaseAsync(async db => Assert.False(await db.Organizations.AnyAsync(o => o.Name == "Universty of Belgrade")));
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri);

        page.Press("It is a different organization: record the application");

        page.WaitForAssertion(() => Assert.Contains("/applications/", Services.GetRequiredService<NavigationManager>().Uri), Wait);
        await WithDatabaseAsync(async db =>
            Assert.Equal(1, await db.Applications.CountAsync(a => a.Organization.Name == "Universty of Belgrade" && a.Organization.CountryCode == "RS")));
    }

    [Fact]
    public async Task Renaming_an_organization_to_a_look_alike_name_warns_and_is_saved_once_confirmed()
    {
        Organization belgrade = null!, noviSad = null!;
        IReadOnlyList<Category> categories = [];
        await WithDatabaseAsync(async db =>
        {
            belgrade = await db.Organizations.SingleAsync(o => o.Name == "University of Belgrade" && o.CountryCode == "RS");
            noviSad = new Organization("University of Novi Sad", "RS", belgrade.CategoryId);
            db.Organizations.Add(noviSad);
            await db.SaveChangesAsync();
            categories = await db.Categories.ToListAsync();
        });
        SignInAs(Roles.Secretariat);
        _ = Providers;
        var saved = 0;
        var form = Render<OrganizationDetailsForm>(p => p
            .Add(f => f.Organization, noviSad).Add(f => f.Categories, categories).Add(f => f.OnSaved, () => saved++));

        form.Field("Name").Change("University of Belgrad");
        form.Press("Save details");

        form.WaitForAssertion(() => Assert.Contains($"University of Belgrade (Serbia), organization no. {belgrade.Id}", form.Find(".look-alike").TextContent), Wait);
        Assert.Equal(0, saved);
        await WithDatabaseAsync(async db => Assert.Equal("University of Novi Sad", (await db.Organizations.SingleAsync(o => o.Id == noviSad.Id)).Name));

        form.Press("It is a different organization: save");

        form.WaitForAssertion(() => Assert.Equal(1, saved), Wait);
        await WithDatabaseAsync(async db => Assert.Equal("University of Belgrad", (await db.Organizations.SingleAsync(o => o.Id == noviSad.Id)).Name));
    }
}
