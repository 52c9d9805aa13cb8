using AngleSharp.Dom;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Components.Meetings;
using Bunit;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The meetings screens as a user who chose Chinese: the list, the new-meeting form and each tab of a meeting's page.</summary>
public class MeetingsInChineseTests : MeetingScreenTest
{
    [Fact]
    public void The_meetings_list_is_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        Nav.NavigateTo("/meetings");
        var page = Render<MeetingsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".meetings-table tbody tr:not(.section-row)")));

        NoEnglishIn(page.Nodes);
        Assert.Contains("新建会议", page.Markup);
        Assert.Contains("与会者", page.Find(".meetings-table thead").TextContent);
        Assert.Contains("ANSO第9次理事会会议", page.Markup);
        Assert.Contains("已举行", page.Markup); // the past meetings' group
    }

    [Fact]
    public void The_new_meeting_form_is_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        Nav.NavigateTo("/meetings/new");
        var form = Render<NewMeetingPage>();
        form.WaitForAssertion(() => Assert.NotEqual("", Field(form, "届次").GetAttribute("value")));

        NoEnglishIn(form.Nodes);
        Assert.Equal("ANSO第11次理事会会议", form.Find("[data-testid=derived-title]").TextContent.Trim());
        Assert.Contains("创建会议", form.Markup);
        Assert.Contains("地点和形式", form.Markup);
        Assert.NotNull(Field(form, "首日"));
    }

    [Fact]
    public async Task The_overview_of_a_meeting_is_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(10));

        NoEnglishIn(page.Nodes);
        Assert.Equal("ANSO第10次理事会会议", page.Find("h1").TextContent);
        Assert.Equal(["概览", "与会者", "议程", "申请", "纪要"], page.FindAll("[role=tab]").Select(t => t.TextContent.Trim().Split(" (")[0]));
        Assert.Contains("下载议程（PDF）", page.Markup);
        Assert.Contains("会议信息", page.Markup);
        Assert.Contains("保存更改", page.Markup);
    }

    [Fact]
    public async Task The_participants_of_a_meeting_are_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(9), "participants");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[role=tabpanel] tbody tr")));

        NoEnglishIn(ScreenData.Without(page.Nodes, ParticipantsData));
        Assert.Contains("出席情况", page.Find("[role=tabpanel] thead").TextContent);
        Assert.Contains("从名录中添加代表", page.Markup);
        Assert.Contains("添加与会者", page.Markup);
        Assert.Contains("移除", page.Markup);
    }

    [Fact]
    public async Task The_agenda_of_a_meeting_is_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        // Not OpenMeeting: the agenda's time bar is a progress bar that stays.
        var id = await GbAsync(10);
        _ = Providers;
        Nav.NavigateTo($"/meetings/{id}?tab=agenda");
        var page = Render<MeetingPage>(p => p.Add(c => c.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".agenda-item")));

        NoEnglishIn(ScreenData.Without(page.Nodes, AgendaData));
        Assert.Contains("合计：", page.Find("[data-testid=agenda-total]").TextContent);
        Assert.Contains("添加议程项目", page.Markup);
        Assert.Contains("时长（分钟）", page.Markup);
    }

    [Fact]
    public async Task The_list_of_a_GB_meeting_is_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(9), "applications");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tfoot")));

        NoEnglishIn(ScreenData.Without(page.Nodes, ApplicationsData));
        Assert.Contains("ANSO会员申请名单（供认可）", page.Markup);
        Assert.Contains("合计：11份申请", page.Find("tfoot").TextContent);
        Assert.Contains("理事会成员意见", page.Find("thead").TextContent);
    }

    [Fact]
    public async Task The_list_of_a_GA_meeting_is_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await MeetingIdAsync(MeetingBody.GeneralAssembly, 4), "applications");
        page.WaitForAssertion(() => Assert.DoesNotContain("mud-progress", page.Find("[role=tabpanel]").InnerHtml));

        NoEnglishIn(ScreenData.Without(page.Nodes, ApplicationsData));
        Assert.Contains("ANSO会员申请名单（供批准）", page.Markup);
    }

    [Fact]
    public async Task The_minutes_tab_of_a_meeting_is_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(9), "minutes");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".minutes-item")));

        NoEnglishIn(ScreenData.Without(page.Nodes, ScreenData.Minutes));
        Assert.Contains("纪要（第1版）", page.Markup);
        Assert.Contains("出席情况", page.Markup);
    }

    // The register's and the papers' own words (names, positions, categories, titles), which stay as written.
    private static readonly string[] ParticipantsData = [".participants-table tbody td:nth-child(-n+3)", ".suggestions"];
    private static readonly string[] AgendaData = [".item-title", ".item-notes", ".papers", ".item-applications li", ".application-group strong"];
    private static readonly string[] ApplicationsData =
        [".group-row", ".category-counts", ".meeting-applications tbody td:nth-child(2)", ".meeting-applications tbody td:nth-child(4)", ".meeting-applications tbody td:nth-child(6)"];

    /// <summary>No English of the meetings' or the minutes' resources is left (the meeting page shows both).</summary>
    private static void NoEnglishIn(INodeList nodes)
    {
        Assert.Empty(InChinese.EnglishLeftIn<MeetingsText>(nodes));
        Assert.Empty(InChinese.EnglishLeftIn<MinutesText>(nodes));
    }
}

/// <summary>A screen without its data: what the register and the papers say stays in their own words, so only the screen's wording is checked.</summary>
internal static class ScreenData
{
    /// <summary>The minutes' data: attendance names, item titles, what was typed in.</summary>
    public static readonly string[] Minutes =
        [".attendance dd", ".minutes-item h3", ".summary", ".decision-text", ".action-what", ".action-who", ".application-decisions tbody td:nth-child(-n+3)"];

    /// <summary>A copy of <paramref name="nodes"/> without the elements <paramref name="data"/> selects.</summary>
    public static INodeList Without(INodeList nodes, params string[] data)
    {
        var copy = nodes[0].Owner!.CreateElement("div");
        foreach (var node in nodes) copy.AppendChild(node.Clone(deep: true));
        foreach (var element in data.SelectMany(s => copy.QuerySelectorAll(s)).ToList()) element.Remove();
        return copy.ChildNodes;
    }
}

/// <summary>The meetings service's own refusals, said in the reader's language.</summary>
public sealed class MeetingRefusalsInChineseTests : IDisposable
{
    private readonly Support.TestDatabase database = Support.TestDatabase.WithDemoData();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Adding_nobody_is_refused_in_Chinese()
    {
        InChinese.Use();
        var secretariat = Support.MeetingServices.For(database, Roles.Secretariat);
        int id, version;
        await using (var db = database.CreateContext())
            (id, version) = db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == 10).Select(m => new { m.Id, m.Version })
                .AsEnumerable().Select(m => (m.Id, m.Version)).Single();

        var refused = await Assert.ThrowsAsync<Anso.Secretariat.Domain.Common.DomainException>(() => secretariat.AddParticipantsAsync(id, version, []));

        // The refusal is a code; the screen says it in the reader's language (Refusals.Say), the log in English.
        Assert.Equal("请至少选择一位要添加的人员。", Refusals.Say(refused));
    }
}
