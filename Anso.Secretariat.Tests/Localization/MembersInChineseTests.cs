using AngleSharp.Dom;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Tests.Components;
using Anso.Secretariat.Tests.Components.Register;
using Bunit;
using Anso.Secretariat.Domain.Organizations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The register of organizations and an organization's page in Chinese: no English left from their resources.</summary>
public class MembersInChineseTests : ComponentTest
{
    [Fact]
    public async Task The_register_is_in_Chinese_with_its_counts_and_statuses()
    {
        SignInAs(Roles.Secretariat);
        InChinese.Use();

        var page = Render<OrganizationsPage>();
        page.Eventually(() => Assert.NotEmpty(page.FindAll(".organizations-grid tbody tr")));
        page.Eventually(() => Assert.NotEmpty(page.Find(".subtitle").TextContent.Trim()));

        Assert.Empty(InChinese.EnglishLeftIn<MembersText>(await RecordedData.LeftOutAsync(this, Database, page.Markup)));
        Assert.Equal("机构", page.Find("h1").TextContent.Trim());
        Assert.Matches(@"^显示\d+个机构，其中会员\d+个$", page.Find(".subtitle").TextContent.Trim());
        Assert.Contains(page.FindAll("tbody td"), td => td.TextContent.Trim() == "正式会员");
    }

    [Fact]
    public async Task A_members_page_says_its_status_region_and_history_in_Chinese()
    {
        var id = 0;
        await WithDatabaseAsync(async db => id = await db.Organizations.Where(o => o.Name == "Serbian Academy of Sciences and Arts").Select(o => o.Id).SingleAsync());
        SignInAs(Roles.Secretariat);
        InChinese.Use();

        var page = Render<OrganizationPage>(p => p.Add(x => x.Id, id));
        page.Eventually(() => Assert.Contains("会员历程", page.Markup));

        Assert.Empty(InChinese.EnglishLeftIn<MembersText>(await RecordedData.LeftOutAsync(this, Database, page.Markup)));
        Assert.Contains("正式会员", page.Find(".subtitle").TextContent);
        Assert.Contains("理事会成员单位", page.Find(".subtitle").TextContent);
        Assert.Contains("（欧洲）", page.Find(".facts").TextContent.Replace(" ", "").Replace("(", "（").Replace(")", "）"));
        var history = page.FindAll(".membership-steps li").Select(li => string.Concat(li.TextContent.Where(c => !char.IsWhiteSpace(c)))).ToList();
        Assert.Contains(history, h => h.Contains("获第2次理事会认可·纪要"));
        Assert.Contains(history, h => h.Contains("经第2次全体大会接纳为正式会员·纪要"));
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "编辑信息");
    }

    [Fact]
    public async Task The_registers_refusal_is_in_Chinese()
    {
        Organization organization = null!;
        await WithDatabaseAsync(async db => organization = await db.Organizations.FirstAsync(o => o.Status == OrganizationStatus.Member));
        SignInAs(Roles.Secretariat);
        InChinese.Use();
        var details = OrganizationDetails.Of(organization);
        details.CategoryId = 987654;

        var refusal = await Assert.ThrowsAsync<ValidationException>(() =>
            Services.GetRequiredService<MemberRegisterService>().EditAsync(organization.Id, organization.Version, details));

        Assert.Equal("请从列表中选择类别。", Assert.Single(refusal.Errors).ErrorMessage);
    }
}

/// <summary>
/// What the register records in English (category names, organizations' names: "International Organizations") is data,
/// not wording: it is taken out of a screen's markup before looking for English wording left on it.
/// </summary>
internal static class RecordedData
{
    public static async Task<INodeList> LeftOutAsync(BunitContext test, Support.TestDatabase database, string markup)
    {
        await using var db = database.CreateContext();
        var names = await db.Categories.Select(c => c.Name).Concat(db.Organizations.Select(o => o.Name)).ToListAsync();
        foreach (var name in names.OrderByDescending(n => n.Length)) markup = markup.Replace(System.Net.WebUtility.HtmlEncode(name), "").Replace(name, "");
        return test.Render(b => b.AddMarkupContent(0, markup)).Nodes;
    }
}
