using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Tests.Components;
using Bunit;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The applications' screens as a user who chose Chinese reads them: no English left from their resources.</summary>
public class ApplicationsInChineseTests : ComponentTest
{
    private async Task<int> FirstAsync(ApplicationState state)
    {
        var id = 0;
        await WithDatabaseAsync(async db => id = await db.Applications.Where(a => a.State == state).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        return id;
    }

    [Fact]
    public async Task The_list_of_applications_is_in_Chinese()
    {
        SignInAs(Roles.Secretariat);
        InChinese.Use();

        var page = Render<ApplicationsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".applications-grid tbody tr")), Wait);

        Assert.Empty(InChinese.EnglishLeftIn<ApplicationsText>(await RecordedData.LeftOutAsync(this, Database, page.Markup)));
        Assert.Equal("会员申请", page.Find("h1").TextContent.Trim());
        Assert.StartsWith("全部", page.Find(".state-count").TextContent.Trim());
        Assert.Contains(page.FindAll("th"), th => th.TextContent.Trim() == "所在名单");
        Assert.Contains(page.FindAll(".application-state"), s => s.TextContent.Trim() == "已列入理事会名单");
    }

    [Fact]
    public async Task An_applications_page_its_facts_history_and_next_step_are_in_Chinese()
    {
        SignInAs(Roles.Secretariat);
        var id = await FirstAsync(ApplicationState.ListedForBoard);
        InChinese.Use();
        _ = Providers;

        var page = Render<ApplicationDetailsPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".application-facts")), Wait);

        var wording = await RecordedData.LeftOutAsync(this, Database, page.Markup);
        Assert.Empty(InChinese.EnglishLeftIn<ApplicationsText>(wording));
        Assert.Empty(InChinese.EnglishLeftIn<MembersText>(wording));
        Assert.Matches(@"第\d+号 ·", page.Find(".page-head").TextContent);
        Assert.Contains("已列入ANSO第", page.Find(".page-head").TextContent);
        Assert.Contains("理事会成员的意见", page.Markup);
        Assert.Contains("证明文件", page.Find(".supporting-documents").TextContent);
        Assert.Contains("历史记录", page.Markup);

        page.FindAll(".actions-bar button").First().Click();
        Providers.WaitForAssertion(() => Assert.NotEmpty(Providers.FindAll(".transition-dialog")), Wait);
        Assert.Empty(InChinese.EnglishLeftIn<ApplicationsText>(Providers.Nodes));
        Assert.Contains("取消", Providers.Find(".mud-dialog").TextContent);
    }

    [Fact]
    public async Task A_member_applying_again_is_refused_in_Chinese()
    {
        SignInAs(Roles.Secretariat);
        Organization member = null!;
        await WithDatabaseAsync(async db => member = await db.Organizations.FirstAsync(o => o.Status == OrganizationStatus.Member));
        InChinese.Use();
        var input = new NewApplication
        {
            OrganizationName = member.Name, CountryCode = member.CountryCode, CategoryId = member.CategoryId,
            ReceivedOn = Services.GetRequiredService<SecretariatTime>().Today,
        };

        var refusal = await Assert.ThrowsAsync<ValidationException>(() => Services.GetRequiredService<ApplicationService>().CreateAsync(input));

        Assert.Contains(refusal.Errors, e => e.ErrorMessage == $"{member.Name}（{member.CountryName}）已是ANSO会员。");
    }

    [Fact]
    public void The_new_application_form_and_its_refusal_are_in_Chinese()
    {
        SignInAs(Roles.Secretariat);
        InChinese.Use();

        var page = Render<NewApplicationPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindComponents<MudBlazor.MudSelectItem<int?>>()), Wait);
        Assert.Equal("新建会员申请", page.Find("h1").TextContent.Trim());
        Assert.Contains("初始状态为已收到", page.Find(".subtitle").TextContent);
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("申请未保存。请更正下方标出的字段。", page.Markup), Wait);
        Assert.Empty(InChinese.EnglishLeftIn<ApplicationsText>(page.Nodes));
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "登记申请");
    }
}
