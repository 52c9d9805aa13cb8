using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.App.Features.Search;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Register;

/// <summary>Issue 15: the name in its own script beside the English one, on the demo data's Chinese Academy of Sciences.</summary>
public class NamesInTheirOwnScriptOnScreenTests : ComponentTest
{
    private const string Cas = "Chinese Academy of Sciences";
    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    private async Task<int> CasIdAsync()
    {
        var id = 0;
        await WithDatabaseAsync(async db => id = await db.Organizations.Where(o => o.Name == Cas).Select(o => o.Id).SingleAsync());
        return id;
    }

    [Fact]
    public void The_register_list_shows_both_names_and_finds_by_the_name_in_its_own_script()
    {
        SignInAs(Roles.Viewer);
        Nav.NavigateTo("/organizations?search=科学院");
        var page = Render<OrganizationsPage>();

        page.Eventually(() => Assert.Single(page.FindAll("tbody tr")));
        var cell = page.Find("tbody tr td");
        Assert.Equal(Cas, cell.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal("中国科学院", cell.QuerySelector(".native-name")!.TextContent.Trim());
    }

    [Fact]
    public void The_applications_list_shows_both_names_and_finds_by_the_name_in_its_own_script()
    {
        SignInAs(Roles.Secretariat);
        Nav.NavigateTo("/applications?search=Српска");
        var page = Render<ApplicationsPage>();

        page.Eventually(() => Assert.NotEmpty(page.FindAll("tbody tr .native-name")));
        var rows = page.FindAll("tbody tr");
        Assert.All(rows, row => Assert.Contains("Serbian Academy of Sciences and Arts", row.TextContent));
        Assert.All(rows, row => Assert.Equal("Српска академија наука и уметности", row.QuerySelector(".native-name")!.TextContent.Trim()));
    }

    [Fact]
    public async Task The_organization_page_shows_the_name_in_its_own_script_in_the_profile()
    {
        SignInAs(Roles.Viewer);
        var id = await CasIdAsync();
        var page = Render<OrganizationPage>(p => p.Add(x => x.Id, id));

        page.Eventually(() => Assert.Contains("Membership history", page.Markup));
        var facts = page.Find(".facts");
        Assert.Equal("Name in its own script", facts.QuerySelector("dt")!.TextContent.Trim());
        Assert.Equal("中国科学院", facts.QuerySelector("dd.native-name")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_profile_form_edits_the_name_in_its_own_script()
    {
        SignInAs(Roles.Secretariat);
        _ = Providers;
        var id = await CasIdAsync();
        var page = Render<OrganizationPage>(p => p.Add(x => x.Id, id));
        page.Eventually(() => Assert.Contains("Membership history", page.Markup));
        page.Button("Edit details").Click();

        var field = page.Field("Name in its own script");
        Assert.Equal("中国科学院", field.GetAttribute("value"));
        Assert.Equal("300", field.GetAttribute("maxlength"));
        field.Type("中国科学院（中科院）");
        page.Find("form.profile-form").Submit();

        page.Eventually(() => Assert.Empty(page.FindAll("form.profile-form"))); // saved: the page shows the profile again
        string? stored = null;
        await WithDatabaseAsync(async db => stored = await db.Organizations.Where(o => o.Id == id).Select(o => o.NativeName).SingleAsync());
        Assert.Equal("中国科学院（中科院）", stored);
    }

    [Fact]
    public void The_new_application_form_has_a_field_for_the_name_in_its_own_script()
    {
        SignInAs(Roles.Secretariat);
        var page = Render<NewApplicationPage>();

        var field = page.Field("Name in its own script");
        Assert.Equal("300", field.GetAttribute("maxlength"));
        Assert.Null(field.GetAttribute("required"));
    }

    [Fact]
    public void Search_results_show_the_name_in_its_own_script_beside_the_english_one()
    {
        SignInAs(Roles.Secretariat);
        Nav.NavigateTo("/search?q=科学院");
        var page = Render<SearchPage>();

        page.Eventually(() => Assert.NotEmpty(page.FindAll("section[aria-label=Organizations] li")));
        var hit = page.FindAll("section[aria-label=Organizations] li").Single(li => li.TextContent.Contains(Cas));
        Assert.Equal("中国科学院", hit.QuerySelector(".native-name")!.TextContent.Trim());
    }
}
