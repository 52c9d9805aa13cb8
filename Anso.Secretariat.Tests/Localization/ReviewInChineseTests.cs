using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Review;
using Anso.Secretariat.Tests.Components;
using Bunit;
using Microsoft.EntityFrameworkCore;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The GB review in Chinese: the list's heading, each application's card and the position form.</summary>
public class ReviewInChineseTests : ComponentTest
{
    [Fact]
    public async Task The_GB_review_is_in_Chinese()
    {
        var organization = 0;
        await WithDatabaseAsync(async db => organization = (await db.Organizations.FirstAsync(o => o.IsBoardMember)).Id);
        SignInAs(Roles.BoardMember, organization);
        InChinese.Use();

        var page = Render<ReviewPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("article.review-item")), Wait);

        Assert.Empty(InChinese.EnglishLeftIn<ReviewText>(page.Nodes));
        Assert.Equal("会员申请审议", page.Find("h1").TextContent.Trim());
        var item = page.FindAll("article.review-item")[0];
        Assert.Contains("秘书处建议：", item.TextContent);
        Assert.Equal(["支持", "反对", "弃权"], item.QuerySelectorAll("label").Select(l => l.TextContent.Trim()).Where(t => t.Length is > 0 and < 3).ToList());
        Assert.Contains(item.QuerySelectorAll("button"), b => b.TextContent.Trim() == "保存意见");
        Assert.Matches(@"\d+份申请待认可", page.Find("section.review-meeting").TextContent);
    }
}
