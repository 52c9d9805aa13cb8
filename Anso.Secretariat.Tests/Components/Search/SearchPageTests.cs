using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Search;
using Anso.Secretariat.Tests.Components.Register;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Search;

public class SearchPageTests : ComponentTest
{
    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<SearchPage> Open(string address)
    {
        SignInAs(Roles.Secretariat);
        Nav.NavigateTo(address);
        var page = Render<SearchPage>();
        page.Eventually(() => Assert.NotEmpty(page.Find(".subtitle").TextContent.Trim()));
        return page;
    }

    [Fact]
    public void Results_come_in_sections_each_hit_a_link_to_its_page()
    {
        var page = Open("/search?q=politecnica");

        var organizations = page.Find("section[aria-label=Organizations]");
        var link = organizations.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Universitat Politècnica de Catalunya"));
        Assert.Matches(@"^/organizations/\d+$", link.GetAttribute("href"));
        Assert.Contains("Universitat Politècnica de Catalunya", page.Find("section[aria-label=Applications]").TextContent);
        Assert.Empty(page.FindAll("section[aria-label=Meetings]")); // no meeting matches: no empty section
        Assert.Matches(@"^\d+ results for “politecnica”:$", page.Find(".subtitle").TextContent.Trim());
        Assert.Equal("politecnica", page.Field("Search for").GetAttribute("value"));
    }

    [Fact]
    public void A_meeting_is_found_by_its_venue()
    {
        var page = Open("/search?q=bangkok");

        Assert.Contains("9th ANSO Governing Board (GB) Meeting", page.Find("section[aria-label=Meetings]").TextContent);
    }

    [Fact]
    public void No_result_says_what_to_try()
    {
        var page = Open("/search?q=zzqx");

        Assert.Equal("0 results for “zzqx”. Try part of a name, an acronym, an application number or a meeting (“9th GB”).",
            page.Find(".subtitle").TextContent.Trim());
        Assert.Empty(page.FindAll("section"));
    }

    [Fact]
    public void Without_a_query_the_page_says_what_can_be_searched()
    {
        var page = Open("/search");

        Assert.Contains("Type a name, an acronym, an application number or a meeting", page.Find(".subtitle").TextContent);
        Assert.Empty(page.FindAll("section"));
    }

    [Fact]
    public void The_top_bar_box_opens_the_results_and_works_as_a_plain_form_before_the_page_is_interactive()
    {
        SignInAs(Roles.Secretariat);
        var bar = Render<TopBarSearch>();

        var box = bar.Find("input[aria-label=Search]");
        Assert.Equal("q", box.GetAttribute("name"));
        Assert.Equal("search", box.GetAttribute("type"));
        var form = bar.Find("form[role=search]");
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));

        box.Input("  Bangkok 2024 ");
        form.Submit();

        Assert.EndsWith("/search?q=Bangkok%202024", Nav.Uri);
        Assert.Equal("/search", bar.Find("a[aria-label=Search]").GetAttribute("href")); // the phone's button
    }
}
