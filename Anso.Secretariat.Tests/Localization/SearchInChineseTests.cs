using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Search;
using Anso.Secretariat.Tests.Components;
using Anso.Secretariat.Tests.Components.Register;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The search page in Chinese: its sections, each hit's line and the count.</summary>
public class SearchInChineseTests : ComponentTest
{
    private IRenderedComponent<SearchPage> Open(string address)
    {
        SignInAs(Roles.Secretariat);
        InChinese.Use();
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var page = Render<SearchPage>();
        page.Eventually(() => Assert.NotEmpty(page.Find(".subtitle").TextContent.Trim()));
        return page;
    }

    [Fact]
    public void Results_are_worded_in_Chinese()
    {
        var page = Open("/search?q=politecnica");

        Assert.Empty(InChinese.EnglishLeftIn<SearchText>(page.Nodes));
        Assert.Matches(@"^“politecnica”的搜索结果：\d+条：$", page.Find(".subtitle").TextContent.Trim());
        Assert.Matches("(正式会员|临时会员|申请机构|前会员) · ", page.Find("section[aria-label=机构]").TextContent);
        Assert.Matches(@"第\d+号申请：Universitat Politècnica de Catalunya", page.Find("section[aria-label=申请]").TextContent);
        Assert.Contains("收到", page.Find("section[aria-label=申请]").TextContent);
    }

    [Fact]
    public void The_top_bar_search_is_named_in_Chinese()
    {
        SignInAs(Roles.Secretariat);
        InChinese.Use();

        var bar = Render<TopBarSearch>();

        Assert.Equal("搜索", bar.Find("input[name=q]").GetAttribute("aria-label"));
        Assert.Equal("查找机构、申请和会议", bar.Find("input[name=q]").GetAttribute("title"));
        Assert.Empty(InChinese.EnglishLeftIn<SearchText>(bar.Nodes));
    }

    [Fact]
    public void A_meeting_hit_and_an_empty_search_are_in_Chinese()
    {
        var meetings = Open("/search?q=bangkok");
        Assert.Contains("ANSO第9次理事会会议", meetings.Find("section[aria-label=会议]").TextContent);
        Assert.Empty(InChinese.EnglishLeftIn<SearchText>(meetings.Nodes));

        var none = Open("/search?q=zzqx");
        Assert.StartsWith("“zzqx”的搜索结果：0条。请尝试", none.Find(".subtitle").TextContent.Trim());
        Assert.Empty(InChinese.EnglishLeftIn<SearchText>(none.Nodes));
    }
}
