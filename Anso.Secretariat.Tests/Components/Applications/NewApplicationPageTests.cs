using Anso.Secretariat.Tests.Support;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Organizations;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Components.Applications;

public class NewApplicationPageTests : ComponentTest
{
    private IRenderedComponent<NewApplicationPage> Open()
    {
        SignInAs(Roles.Secretariat);
        _ = Providers; // the success snackbar appears there
        var page = Render<NewApplicationPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindComponents<MudBlazor.MudSelectItem<int?>>()), Wait);
        return page;
    }

    private async Task<int> CategoryIdAsync(string name)
    {
        var id = 0;
        await WithDatabaseAsync(async db => id = (await db.Categories.SingleAsync(c => c.Name == name)).Id);
        return id;
    }

    private static void Submit(IRenderedComponent<NewApplicationPage> page) => page.Press("Record application");

    [Fact]
    public void The_servers_messages_appear_under_their_fields_and_nothing_is_saved()
    {
        var page = Open();
        page.Field("Contact email").Change("not-an-address");

        Submit(page);

        page.WaitForAssertion(() => Assert.Contains("Enter the organization's name.", page.MessageUnder("Organization name")), Wait);
        Assert.Contains("Choose a country.", page.MessageUnder("Country"));
        Assert.Contains("Choose a category.", page.MessageUnder("Category"));
        Assert.Contains("valid email address", page.MessageUnder("Contact email"));
        Assert.Equal("true", page.Field("Contact email").GetAttribute("aria-invalid"));
        Assert.Equal("", page.MessageUnder("Acronym"));
        Assert.Equal("false", page.Field("Acronym").GetAttribute("aria-invalid"));
        Assert.Contains("The application was not saved. Correct the fields marked below.", page.Find("[role=alert]").TextContent);
        // What was typed stays, and the page has not moved.
        Assert.Equal("not-an-address", page.Field("Contact email").GetAttribute("value"));
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task An_organization_with_an_open_application_is_refused_and_the_message_names_it()
    {
        MembershipApplication open = null!;
        await WithDatabaseAsync(async db => open = await db.Applications.Include(a => a.Organization).ThenInclude(o => o.Category)
            .FirstAsync(a => a.State == ApplicationState.UnderReview));
        var page = Open();

        // Another case and no accents: still the same organization.
        page.Field("Organization name").Change(open.Organization.Name.ToUpperInvariant());
        await page.Choose<string?>("Country", open.Organization.CountryCode);
        await page.Choose<int?>("Category", open.Organization.CategoryId);
        Submit(page);

        page.WaitForAssertion(() => Assert.Contains($"already has an open application (no. {open.Id}", page.MessageUnder("Organization name")), Wait);
        Assert.Contains("The application was not saved", page.Find("[role=alert]").TextContent);
        await WithDatabaseAsync(async db => Assert.Equal(1, await db.Applications.CountAsync(a => a.OrganizationId == open.OrganizationId && a.State == ApplicationState.UnderReview)));
    }

    [Fact]
    public async Task A_member_cannot_apply_again()
    {
        Organization member = null!;
        await WithDatabaseAsync(async db => member = await db.Organizations.FirstAsync(o => o.Status == OrganizationStatus.Member));
        var page = Open();

        page.Field("Organization name").Change(member.Name);
        await page.Choose<string?>("Country", member.CountryCode);
        await page.Choose<int?>("Category", member.CategoryId);
        Submit(page);

        page.WaitForAssertion(() => Assert.Contains($"{member.Name} ({member.CountryName}) is already a member of ANSO.", page.MessageUnder("Organization name")), Wait);
    }

    [Fact]
    public async Task A_complete_application_is_recorded_as_received_and_opens_its_page()
    {
        var universities = await CategoryIdAsync("Universities");
        var page = Open();
        Assert.Equal(Display.Date(FakeTime.Secretariat().Today), page.Field("Received on").GetAttribute("value"));

        page.Field("Organization name").Change("Université Abdou Moumouni de Niamey");
        page.Field("Acronym").Change("UAM");
        await page.Choose<string?>("Country", "NE");
        await page.Choose<int?>("Category", universities);
        page.Field("Contact email").Change("rectorat@uam.example");
        Submit(page);

        var nav = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches(@"/applications/\d+$", nav.Uri), Wait);
        var id = int.Parse(nav.Uri.Split('/').Last());
        await WithDatabaseAsync(async db =>
        {
            var saved = await db.Applications.Include(a => a.Organization).SingleAsync(a => a.Id == id);
            Assert.Equal(ApplicationState.Received, saved.State);
            Assert.Equal(("Université Abdou Moumouni de Niamey", "NE", "rectorat@uam.example"),
                (saved.Organization.Name, saved.Organization.CountryCode, saved.Organization.ContactEmail));
        });
        Providers.WaitForAssertion(() => Assert.Contains($"Application no. {id} recorded.", Providers.Markup), Wait);
    }
}
