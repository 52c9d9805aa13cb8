using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Organizations;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Register;

public class OrganizationsPageTests : ComponentTest
{
    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<OrganizationsPage> Open(string address, string role = Roles.Secretariat)
    {
        SignInAs(role);
        Nav.NavigateTo(address);
        return Render<OrganizationsPage>();
    }

    private static IReadOnlyList<string> Names(IRenderedComponent<OrganizationsPage> page) =>
        page.FindAll("tbody tr a[href^='/organizations/']").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public void A_search_that_matches_nothing_says_so()
    {
        var page = Open("/organizations?search=zzqx");

        page.Eventually(() => Assert.Contains("No organization matches these filters.", page.Markup));
        Assert.Equal("0 organizations shown, 0 members among them", page.Find(".subtitle").TextContent.Trim());
        Assert.Empty(Names(page));
    }

    [Fact]
    public async Task A_filter_in_the_address_shows_the_matching_organizations_and_exports_the_same()
    {
        var page = Open("/organizations?status=Member&country=RS");

        List<string> expected = [];
        await WithDatabaseAsync(async db => expected = await db.Organizations
            .Where(o => o.Status == OrganizationStatus.Member && o.CountryCode == "RS").OrderBy(o => o.Name).Select(o => o.Name).ToListAsync());
        Assert.NotEmpty(expected);
        page.Eventually(() => Assert.Equal(expected, Names(page)));
        Assert.Equal($"{expected.Count} organizations shown, {expected.Count} members among them", page.Find(".subtitle").TextContent.Trim());
        Assert.Equal("/export/organizations.csv?status=Member&country=RS", page.Button("Export CSV").GetAttribute("href"));
        Assert.Equal("/members.pdf", page.Button("Register of members (PDF)").GetAttribute("href"));
        Assert.Equal("Members", page.Field("Status").GetAttribute("value"));
        Assert.Equal("Serbia", page.Field("Country").GetAttribute("value"));
    }

    [Fact]
    public async Task Searching_filters_the_list_and_keeps_the_search_in_the_address()
    {
        var page = Open("/organizations");
        page.Eventually(() => Assert.Equal(25, Names(page).Count)); // the first page of the register

        page.Field("Search organization").Type("serbian academy");

        page.Eventually(() => Assert.Equal(["Serbian Academy of Sciences and Arts"], Names(page)));
        Assert.EndsWith("/organizations?search=serbian%20academy", Nav.Uri);
        Assert.Equal("/export/organizations.csv?search=serbian%20academy", page.Button("Export CSV").GetAttribute("href"));
        var total = 0;
        await WithDatabaseAsync(async db => total = await db.Organizations.CountAsync());
        Assert.True(total > 25);
    }

    [Fact]
    public async Task A_dashboard_year_link_shows_its_members_and_the_filter_can_be_taken_off()
    {
        var page = Open("/organizations?status=Member&admitted=2022");

        var admitted = 0;
        await WithDatabaseAsync(async db => admitted = await db.Organizations.CountAsync(o =>
            o.Status == OrganizationStatus.Member && o.MemberSince >= new DateOnly(2022, 1, 1) && o.MemberSince <= new DateOnly(2022, 12, 31)));
        page.Eventually(() => Assert.StartsWith($"{admitted} organizations shown", page.Find(".subtitle").TextContent.Trim()));
        Assert.Contains("Admitted in 2022", page.Markup);

        page.Find("[aria-label='Remove the admission year filter'] button").Click();

        page.Eventually(() => Assert.DoesNotContain("Admitted in 2022", page.Markup));
        Assert.EndsWith("/organizations?status=Member", Nav.Uri);
    }

    [Fact]
    public async Task A_column_header_sorts_the_whole_register_in_the_database()
    {
        var page = Open("/organizations?status=Member");
        page.Eventually(() => Assert.NotEmpty(Names(page)));

        string oldest = "", newest = "";
        await WithDatabaseAsync(async db =>
        {
            var members = db.Organizations.Where(o => o.Status == OrganizationStatus.Member);
            oldest = await members.OrderBy(o => o.MemberSince).ThenBy(o => o.Name).Select(o => o.Name).FirstAsync();
            // Descending is the ascending order read backwards (one index, ListIndexes): ties Z to A.
            newest = await members.OrderByDescending(o => o.MemberSince).ThenByDescending(o => o.Name).ThenByDescending(o => o.Id).Select(o => o.Name).FirstAsync();
        });
        Assert.NotEqual(oldest, newest);
        page.FindAll(".sortable-column-header").Single(h => h.TextContent.Trim() == "Member since").Click();
        page.Eventually(() => Assert.Equal(oldest, Names(page)[0]));
        page.FindAll(".sortable-column-header").Single(h => h.TextContent.Trim() == "Member since").Click();
        page.Eventually(() => Assert.Equal(newest, Names(page)[0]));
    }

    [Theory]
    [InlineData(Roles.Secretariat, true)]
    [InlineData(Roles.Viewer, false)]
    [InlineData(Roles.BoardMember, false)]
    public void Only_the_secretariat_sees_the_import(string role, bool sees)
    {
        var page = Open("/organizations", role);

        page.Eventually(() => Assert.NotEmpty(Names(page)));
        Assert.Equal(sees, page.Buttons("Import").Count == 1);
        Assert.Single(page.Buttons("Export CSV"));
    }

    [Fact]
    public void Each_column_keeps_its_expression_when_the_list_renders_again()
    {
        var page = Open("/organizations");
        page.Eventually(() => Assert.NotEmpty(Names(page)));
        GridColumns.AssertTheSameAfterRendering<OrganizationRow>(page, () =>
        {
            Nav.NavigateTo("/organizations?search=zzqx");
            page.Eventually(() => Assert.Contains("No organization matches these filters.", page.Markup));
        });
    }

    [Fact]
    public void The_rows_are_plain_markup_not_a_link_and_chips_per_row()
    {
        // A component per row is held by the circuit for as long as it lives (README, "Memory per circuit").
        var page = Open("/organizations?status=Member");

        page.Eventually(() => Assert.Equal(25, Names(page).Count));
        Assert.All(page.FindAll("tbody tr a[href^='/organizations/']"), a => Assert.Contains("mud-link", a.ClassList));
        Assert.All(page.FindAll("tbody .mud-chip"), c => Assert.Contains("mud-chip-outlined", c.ClassList));
        Assert.DoesNotContain(page.FindComponents<MudBlazor.MudLink>(), l => l.Instance.Href?.StartsWith("/organizations/") == true);
        Assert.Empty(page.FindComponents<MudBlazor.MudChip<string>>());
    }
}
