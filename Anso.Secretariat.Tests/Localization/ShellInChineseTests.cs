using Anso.Secretariat.App.Components.Layout;
using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Tests.Components;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The shell, the sign-in page and the message pages rendered for a reader who chose Chinese: no English is left.</summary>
public class ShellInChineseTests : ComponentTest
{
    public ShellInChineseTests() => InChinese.Use();

    [Fact]
    public void The_layout_s_app_bar_and_navigation_are_in_Chinese()
    {
        // A viewer: the test accounts are named after their role ("Viewer (test)"), and a name is not wording.
        SignInAs(Roles.Viewer);
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "正文"))));

        var nav = layout.Find("nav").TextContent;
        Assert.Contains("概览", nav);
        Assert.Contains("入会申请", nav);
        Assert.Contains("退出登录", layout.Find("header").TextContent);
        Assert.Contains("查阅者", layout.Find("header").TextContent);
        // The language in use is marked; each is named in its own script.
        var current = layout.Find(".language-choice button[aria-pressed=true]");
        Assert.Equal("中文", current.TextContent.Trim());
        Assert.Equal("zh-Hans", current.GetAttribute("value"));
        Assert.Contains(layout.FindAll(".language-choice button"), b => b.TextContent.Trim() == "English");
        NoEnglishIn(layout.Nodes);
    }

    [Fact]
    public void A_failing_page_says_so_in_Chinese()
    {
        SignInAs(Roles.Viewer);
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b =>
        {
            b.OpenComponent<Failing>(0);
            b.CloseComponent();
        })));
        Assert.Contains("此页面出错了", layout.Markup);
        Assert.Contains("重试", layout.Markup);
        NoEnglishIn(layout.Nodes);
    }

    [Fact]
    public void The_sign_in_page_is_in_Chinese()
    {
        var page = Render<LoginPage>();
        Assert.Contains("登录", page.Find("h1").TextContent);
        Assert.Contains("电子邮箱", page.Markup);
        Assert.Contains("密码", page.Markup);
        NoEnglishIn(page.Nodes);
    }

    [Fact]
    public void The_error_not_found_and_not_allowed_pages_are_in_Chinese()
    {
        var error = Render<ErrorPage>();
        Assert.Contains("此页面出错了", error.Find("h1").TextContent);
        Assert.Contains("返回概览", error.Markup);
        NoEnglishIn(error.Nodes);

        var notFound = Render<NotFoundPage>();
        Assert.Contains("未找到", notFound.Find("h1").TextContent);
        Assert.Contains("此地址没有页面。", notFound.Markup);
        NoEnglishIn(notFound.Nodes);

        var denied = Render<AccessDeniedPage>();
        Assert.Contains("无权访问", denied.Find("h1").TextContent);
        NoEnglishIn(denied.Nodes);
    }

    [Fact]
    public void MudBlazor_s_own_words_in_a_grid_s_pager_are_in_Chinese()
    {
        var grid = Render<MudDataGrid<int>>(p => p
            .Add(g => g.Items, Enumerable.Range(1, 60).ToList())
            .Add(g => g.Columns, (RenderFragment)(b =>
            {
                b.OpenComponent<PropertyColumn<int, int>>(0);
                b.AddAttribute(1, nameof(PropertyColumn<int, int>.Property), (System.Linq.Expressions.Expression<Func<int, int>>)(x => x));
                b.CloseComponent();
            }))
            .Add(g => g.PagerContent, (RenderFragment)(b =>
            {
                b.OpenComponent<MudDataGridPager<int>>(0);
                b.CloseComponent();
            })));

        var pager = grid.Find(".mud-table-pagination").TextContent;
        Assert.Contains("每页行数", pager);
        Assert.Contains("共60条", pager);
        Assert.DoesNotContain("Rows per page", pager);
        Assert.DoesNotContain(" of ", pager);
    }

    [Fact]
    public void A_date_field_shows_and_reads_the_date_as_Chinese_write_it()
    {
        DateOnly? picked = null;
        var field = Render<DateField>(p => p
            .Add(f => f.Label, "收到日期")
            .Add(f => f.Value, new DateOnly(2026, 12, 1))
            .Add(f => f.ValueChanged, (DateOnly? d) => picked = d));
        var input = field.Find("input");
        Assert.Equal("2026年12月1日", input.GetAttribute("value"));

        input.Change("2026年11月6日");
        field.WaitForAssertion(() => Assert.Equal(new DateOnly(2026, 11, 6), picked));
    }

    [Fact]
    public async Task Someone_else_s_save_is_said_in_Chinese_with_a_Reload_button()
    {
        var outcome = Services.GetRequiredService<Outcome>();
        await outcome.RunAsync(() => throw StaleSaves.Conflict(StaleRecord.Meeting, "王芳"), success: null);
        var alert = Render<RefusalAlert>(p => p.Add(a => a.Outcome, outcome).Add(a => a.OnReload, () => { }));

        Assert.Contains("王芳在您打开此会议之后更改了", alert.Find(".refusal").TextContent);
        Assert.Contains("请重新加载查看其更改", alert.Find(".refusal").TextContent);
        Assert.Equal("重新加载", alert.Find("button").TextContent.Trim());
        NoEnglishIn(alert.Nodes);
    }

    private static void NoEnglishIn(INodeList nodes)
    {
        Assert.Empty(InChinese.EnglishLeftIn<LayoutText>(nodes));
        Assert.Empty(InChinese.EnglishLeftIn<SharedText>(nodes));
        Assert.Empty(InChinese.EnglishLeftIn<AccountText>(nodes));
        Assert.Empty(InChinese.EnglishLeftIn<DisplayText>(nodes));
    }

    private sealed class Failing : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("The page broke on purpose");
    }
}
