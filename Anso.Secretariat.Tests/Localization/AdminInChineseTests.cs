using AngleSharp.Dom;
using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Admin;
using Anso.Secretariat.App.Features.Backup;
using Anso.Secretariat.App.Features.Integrity;
using Anso.Secretariat.Tests.Components;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Anso.Secretariat.App.Data;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The users page, its forms and its Change role dialog, as an administrator who chose Chinese sees them.</summary>
public class AdminInChineseTests : ComponentTest
{
    public AdminInChineseTests() => SignInAs(Roles.Administrator);

    [Fact]
    public async Task The_users_page_reads_in_Chinese_with_the_roles_named_in_Chinese()
    {
        foreach (var role in Roles.All.Where(r => r != Roles.BoardMember)) await CreateAccountAsync($"{role.ToLowerInvariant()}@anso.example", $"Officer {role}", role);
        InChinese.Use();

        var page = Render<UsersPage>();

        var shown = await WithoutPeoplesNamesAsync(page);
        Assert.Empty(InChinese.EnglishLeftIn<AdminText>(shown));
        Assert.Empty(InChinese.EnglishLeftIn<BackupText>(shown));
        Assert.Empty(InChinese.EnglishLeftIn<IntegrityText>(shown));
        Assert.Equal(["姓名", "电子邮箱", "角色", "代表机构", "状态", "操作"], page.FindAll("thead th").Select(th => th.TextContent.Trim()).ToArray());
        var roles = page.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToHashSet();
        Assert.Superset(new HashSet<string> { "管理员", "秘书处", "查看者" }, roles);
        Assert.Equal("理事会成员", Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<AdminText>>().RoleName(Roles.BoardMember));
        Assert.Contains("新建账户", page.Markup);
        Assert.Contains("下载备份", page.Markup);
        Assert.Contains("核验记录", page.Markup);
    }

    [Fact]
    public async Task A_refused_account_is_explained_in_Chinese_under_each_field()
    {
        InChinese.Use();
        var page = Render<UsersPage>();

        page.FindAll("button").Single(b => b.TextContent.Trim() == "创建账户").Click();

        page.WaitForAssertion(() => Assert.Contains("账户未创建", page.Find("[role=alert]").TextContent));
        Assert.Equal("请输入此人的姓名。", ErrorUnder(page, "姓名"));
        Assert.StartsWith("请输入电子邮箱地址。", ErrorUnder(page, "电子邮箱"));
        Assert.Equal("密码至少需要10个字符。", ErrorUnder(page, "初始密码"));
        Assert.Empty(InChinese.EnglishLeftIn<AdminText>(await WithoutPeoplesNamesAsync(page)));
    }

    [Fact]
    public async Task The_change_role_dialog_reads_in_Chinese()
    {
        await CreateAccountAsync("officer@anso.example", "Officer", Roles.Secretariat);
        InChinese.Use();
        _ = Providers;
        var page = Render<UsersPage>();
        var officer = page.FindAll("tbody tr").First(r => r.QuerySelectorAll("button").Any(b => b.TextContent.Trim() == "更改角色"));

        officer.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "更改角色").Click();

        Providers.WaitForAssertion(() => Assert.Contains("当前的角色是", Providers.Find(".mud-dialog").TextContent));
        Assert.Empty(InChinese.EnglishLeftIn<AdminText>(await WithoutPeoplesNamesAsync(Providers)));
        Assert.Contains("新角色", Providers.Find(".mud-dialog").TextContent);
        Assert.Contains("取消", Providers.Find(".mud-dialog").TextContent); // the shared Cancel
    }

    [Fact]
    public async Task A_broken_chain_is_named_in_Chinese_on_the_users_page()
    {
        await WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE ApplicationHistory SET Note = 'Nothing to see here' WHERE Id = (SELECT MIN(Id) FROM ApplicationHistory)"));
        InChinese.Use();
        var page = Render<UsersPage>();

        page.FindAll("button").Single(b => b.TextContent.Contains("核验记录")).Click();

        page.WaitForAssertion(() => Assert.Contains("个链不相符", page.Find("[data-testid=integrity-result]").TextContent), TimeSpan.FromSeconds(30));
        var result = page.Find("[data-testid=integrity-result]").TextContent;
        Assert.Contains("申请历史，申请 ", result);
        Assert.Contains("与其哈希值不符：内容已被修改", result);
        Assert.Empty(InChinese.EnglishLeftIn<IntegrityText>(page.Nodes));
    }

    /// <summary>
    /// The rendered markup without the accounts' display names: those are data ("Demo Secretariat", "Viewer (test)"), and
    /// would read as a role's English name left on the screen.
    /// </summary>
    private async Task<INodeList> WithoutPeoplesNamesAsync(IRenderedComponent<IComponent> view)
    {
        var names = new List<string>();
        await WithDatabaseAsync(async db => names = await db.Users.Select(u => u.DisplayName).ToListAsync());
        var markup = names.OrderByDescending(n => n.Length).Aggregate(view.Markup, (m, n) => m.Replace(System.Net.WebUtility.HtmlEncode(n), ""));
        return Render(b => b.AddMarkupContent(0, markup)).Nodes;
    }

    private async Task CreateAccountAsync(string email, string name, string role)
    {
        await AccountSeeder.SeedAsync(Services, new ConfigurationBuilder().Build()); // the roles
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = name };
        Assert.True((await users.CreateAsync(user, "Password-2026-x")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    private static string? ErrorUnder(IRenderedComponent<IComponent> view, string label) =>
        view.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label)
            .QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();
}
