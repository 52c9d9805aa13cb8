using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.Tests.Components;
using Anso.Secretariat.Tests.Components.Register;
using Bunit;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The decision register in Chinese: heading, filters and columns.</summary>
public class DecisionsInChineseTests : ComponentTest
{
    [Fact]
    public void The_decision_register_is_in_Chinese()
    {
        SignInAs(Roles.Secretariat);
        InChinese.Use();

        var page = Render<DecisionsPage>();
        page.Eventually(() => Assert.NotEmpty(page.FindAll(".decisions-grid tbody tr")));

        Assert.Empty(InChinese.EnglishLeftIn<DecisionsText>(page.Nodes));
        Assert.Equal("决定登记册", page.Find("h1").TextContent.Trim());
        Assert.Equal(["日期", "会议", "议题", "决定", "结果"], page.FindAll(".decisions-grid th").Select(th => th.TextContent.Trim()).Where(t => t.Length > 0).ToList());
        Assert.Contains("筛选决定", page.Find("[role=search]").GetAttribute("aria-label"));
    }
}
