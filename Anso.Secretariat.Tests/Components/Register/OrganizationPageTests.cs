using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Components.Register;

public class OrganizationPageTests : ComponentTest
{
    private const string Sasa = "Serbian Academy of Sciences and Arts";

    private async Task<int> IdOfAsync(string name)
    {
        var id = 0;
        await WithDatabaseAsync(async db => id = await db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());
        return id;
    }

    private async Task<IRenderedComponent<OrganizationPage>> OpenAsync(string name, string role = Roles.Secretariat, int? organizationOfUser = null)
    {
        SignInAs(role, organizationOfUser);
        _ = Providers; // the confirmation and the snackbars appear there
        var id = await IdOfAsync(name);
        var page = Render<OrganizationPage>(p => p.Add(x => x.Id, id));
        page.Eventually(() => Assert.Contains("Membership history", page.Markup));
        return page;
    }

    private static void Save(IRenderedComponent<OrganizationPage> page) => page.Find("form.profile-form").Submit();

    [Fact]
    public async Task The_page_shows_the_profile_the_representatives_and_the_membership_history()
    {
        var page = await OpenAsync(Sasa);

        Assert.Equal($"{Sasa} (SASA)", page.Find("h1").TextContent.Trim());
        Assert.Contains("Full member", page.Find(".subtitle").TextContent);
        Assert.Contains("GB member organization", page.Find(".subtitle").TextContent);
        var facts = page.Find(".facts").TextContent;
        Assert.Contains("Serbia (Europe)", facts);
        Assert.Contains("National Academies", facts);
        Assert.Contains("20 Jan 2022", facts);
        Assert.Contains("Nebojša Lalić", page.Find(".representatives").TextContent);
        var history = page.FindAll(".membership-steps li").Select(li => string.Join(" ", li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains(history, h => h.Contains("Endorsed at the 2nd GB · minutes"));
        Assert.Contains(history, h => h.Contains("Admitted as a full member at the 2nd GA · minutes"));
        Assert.Matches(@"^/meetings/\d+/minutes\.pdf$", page.FindAll(".membership-steps a").First(a => a.TextContent == "minutes").GetAttribute("href"));
    }

    [Fact]
    public void An_unknown_organization_is_not_found()
    {
        SignInAs(Roles.Viewer);
        var page = Render<OrganizationPage>(p => p.Add(x => x.Id, 987654));

        page.Eventually(() => Assert.Contains("There is no organization no. 987654.", page.Find("[role=alert]").TextContent));
        Assert.Equal("/organizations", page.Button("Back to the organizations").GetAttribute("href"));
    }

    [Fact]
    public async Task The_servers_messages_show_under_their_fields_and_nothing_is_saved()
    {
        var page = await OpenAsync(Sasa);
        page.Button("Edit details").Click();

        page.Field("Contact email").Type("not-an-address");
        page.Field("Website").Type("www.sanu.ac.rs");
        Save(page);

        page.Eventually(() => Assert.Contains("valid email address", page.Find("#ContactEmail-error").TextContent));
        Assert.Contains("http:// or https://", page.Find("#Website-error").TextContent);
        Assert.Equal("true", page.Field("Contact email").GetAttribute("aria-invalid"));
        Assert.Equal("ContactEmail-error", page.Field("Contact email").GetAttribute("aria-describedby"));
        Assert.Equal("false", page.Field("Name").GetAttribute("aria-invalid"));
        Assert.Contains("Nothing was saved: correct the fields marked below.", page.Find("[role=alert]").TextContent);
        Assert.Equal("not-an-address", page.Field("Contact email").GetAttribute("value")); // what was typed stays
        await WithDatabaseAsync(async db => Assert.Null((await db.Organizations.SingleAsync(o => o.Name == Sasa)).ContactEmail));
    }

    [Fact]
    public async Task Every_text_field_is_as_long_as_its_column()
    {
        var page = await OpenAsync(Sasa);
        page.Button("Edit details").Click();

        Assert.Equal($"{TextLimits.OrganizationName}", page.Field("Name").GetAttribute("maxlength"));
        Assert.Equal($"{TextLimits.Acronym}", page.Field("Acronym").GetAttribute("maxlength"));
        Assert.Equal($"{TextLimits.Website}", page.Field("Website").GetAttribute("maxlength"));
        Assert.Equal($"{TextLimits.Address}", page.Field("Address").GetAttribute("maxlength"));
        Assert.Equal($"{TextLimits.PersonName}", page.Field("Contact person").GetAttribute("maxlength"));
        Assert.Equal($"{TextLimits.Email}", page.Field("Contact email").GetAttribute("maxlength"));
        Assert.Equal($"{TextLimits.PersonName}", page.Field("Representative's name").GetAttribute("maxlength"));
        Assert.Equal($"{TextLimits.RepresentativePosition}", page.Field("Position").GetAttribute("maxlength"));
    }

    [Fact]
    public async Task A_name_another_organization_has_in_the_same_country_is_refused_naming_it()
    {
        var page = await OpenAsync(Sasa);
        var belgrade = await IdOfAsync("University of Belgrade");
        page.Button("Edit details").Click();

        page.Field("Name").Type("university of  BELGRADE");
        Save(page);

        page.Eventually(() => Assert.Equal(
            $"University of Belgrade (Serbia) is already in the register as organization no. {belgrade}.",
            page.Find("#Name-error").TextContent.Trim()));
        Assert.Equal("true", page.Field("Name").GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_save_after_someone_elses_is_refused_keeps_what_was_typed_and_Reload_shows_theirs()
    {
        var page = await OpenAsync(Sasa);
        page.Button("Edit details").Click();
        page.Field("Address").Type("Knez Mihailova 35, Belgrade");

        // Someone else saves the organization meanwhile.
        var id = await IdOfAsync(Sasa);
        var other = new RegisterServices(Database).Register;
        var theirs = OrganizationDetails.Of((await other.FindAsync(id))!.Organization);
        theirs.ContactName = "Someone Else";
        await other.EditAsync(id, (await other.FindAsync(id))!.Organization.Version, theirs);

        Save(page);

        page.Eventually(() => Assert.Contains("changed this organization after you opened it", page.Find("[role=alert]").TextContent));
        Assert.Equal("Knez Mihailova 35, Belgrade", page.Field("Address").GetAttribute("value"));
        Assert.Equal("", page.Field("Contact person").GetAttribute("value") ?? "");

        page.Find("[role=alert]").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Reload").Click();

        page.Eventually(() => Assert.Equal("Someone Else", page.Field("Contact person").GetAttribute("value")));
        Assert.Equal("", page.Field("Address").GetAttribute("value") ?? "");
        Assert.Empty(page.FindAll("[role=alert]"));

        page.Field("Address").Type("Knez Mihailova 35, Belgrade"); // typed again on their version, it saves
        Save(page);
        Providers.Eventually(() => Assert.Contains("The details were saved.", Providers.Markup));
        page.Eventually(() => Assert.Contains("Knez Mihailova 35, Belgrade", page.Find(".facts").TextContent));
        Assert.Contains("Someone Else", page.Find(".facts").TextContent);
    }

    [Fact]
    public async Task A_representative_is_added_and_removed_after_a_confirmation()
    {
        var page = await OpenAsync(Sasa);

        page.Field("Representative's name").Type("Ana Petrović");
        page.Field("Position").Type("Head of International Cooperation");
        page.FindAll("form").Single(f => f.TextContent.Contains("Add representative")).Submit();

        page.Eventually(() => Assert.Contains("Ana Petrović", page.Find(".representatives").TextContent));
        Providers.Eventually(() => Assert.Contains("Ana Petrović is now listed as a representative.", Providers.Markup));

        page.FindAll("button").Single(b => b.GetAttribute("aria-label") == "Remove Ana Petrović").Click();
        Providers.Eventually(() => Assert.Contains($"Remove Ana Petrović from the representatives of {Sasa}?", Providers.Markup));
        Assert.Contains("Ana Petrović", page.Find(".representatives").TextContent); // nothing removed before the answer
        Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Remove").Click();

        page.Eventually(() => Assert.DoesNotContain("Ana Petrović", page.Find(".representatives").TextContent));
        Assert.Contains("Nebojša Lalić", page.Find(".representatives").TextContent);
    }

    [Fact]
    public async Task A_representative_with_a_wrong_email_is_refused_with_the_reason()
    {
        var page = await OpenAsync(Sasa);

        page.Field("Representative's name").Type("Ana Petrović");
        page.Field("Email").Type("ana-at-sanu");
        page.FindAll("form").Single(f => f.TextContent.Contains("Add representative")).Submit();

        page.Eventually(() => Assert.Contains("Enter a valid email address for the representative", page.Find("[role=alert]").TextContent));
        Assert.DoesNotContain("Ana Petrović", page.Find(".representatives").TextContent);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.BoardMember)]
    public async Task Who_only_reads_sees_no_button_that_changes_anything(string role)
    {
        var page = await OpenAsync(Sasa, role, role == Roles.BoardMember ? await IdOfAsync(Sasa) : null);

        Assert.Contains("Nebojša Lalić", page.Find(".representatives").TextContent);
        Assert.Empty(page.Buttons("Edit details"));
        Assert.Empty(page.Buttons("Remove"));
        Assert.Empty(page.Buttons("Add representative"));
        Assert.Empty(page.FindAll("input"));
    }
}
