using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Dashboard;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Tests.Components;
using Anso.Secretariat.Tests.Components.Register;
using Bunit;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The dashboard in Chinese: its figures, charts' names, meetings' needs and regions.</summary>
public class DashboardInChineseTests : ComponentTest
{
    [Fact]
    public async Task The_dashboard_is_in_Chinese()
    {
        SignInAs(Roles.Secretariat);
        InChinese.Use();

        var page = Render<DashboardPage>();
        page.Eventually(() => Assert.NotEmpty(page.FindAll("[data-figure]")));

        var wording = await RecordedData.LeftOutAsync(this, Database, page.Markup);
        Assert.Empty(InChinese.EnglishLeftIn<DashboardText>(wording));
        Assert.Empty(InChinese.EnglishLeftIn<MembersText>(wording));
        Assert.Equal("概览", page.Find("h1").TextContent.Trim());
        Assert.Contains("个会员机构", page.Find("[data-figure=members]").TextContent);
        Assert.Contains("即将召开的会议", page.Markup);
        Assert.Contains(page.FindAll("[data-region] h3"), h => h.TextContent.Contains("亚洲"));
        Assert.Contains(page.FindAll("[data-figures=applications-by-state] a"), a => a.TextContent.Contains("已列入理事会名单"));
    }
}
