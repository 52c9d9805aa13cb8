using AngleSharp.Dom;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Components.Minutes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The minutes as a user who chose Chinese: none yet, the draft's editor, circulated minutes to approve, approved ones.</summary>
public class MinutesInChineseTests : MinutesComponentTest
{
    private IRenderedComponent<MinutesTab> RenderTab(Meeting meeting, params Meeting[] later)
    {
        _ = Providers;
        return Render<MinutesTab>(p => p.Add(t => t.Meeting, meeting).Add(t => t.LaterMeetings, later)
            .Add(t => t.Attendance, AttendanceList.Build(meeting.Participants, new Dictionary<int, string>())));
    }

    [Fact]
    public async Task Minutes_not_yet_started_are_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        var tab = RenderTab(await GoverningBoardAsync(10));
        tab.WaitForAssertion(() => Assert.Contains("尚无纪要。", tab.Markup));

        NoEnglishIn(tab.Nodes);
        Assert.Contains("开始记录纪要", tab.Markup);
    }

    [Fact]
    public async Task The_draft_minutes_editor_is_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        var gb10 = await GoverningBoardAsync(10);
        await StartDraftAsync(gb10);
        var tab = RenderTab(gb10, []);
        tab.WaitForAssertion(() => Assert.NotEmpty(tab.FindAll(".minutes-item")));
        tab.WaitForAssertion(() => Assert.NotEmpty(tab.FindAll(".application-decisions")));

        NoEnglishIn(tab.Nodes);
        Assert.Contains("纪要（第1版）", tab.Markup);
        Assert.Contains("草稿", tab.Markup);
        Assert.Contains("保存摘要", tab.Markup);
        Assert.Contains("添加决定", tab.Markup);
        Assert.Contains("行动事项", tab.Markup);
        Assert.Contains("分发", tab.Markup);
    }

    [Fact]
    public async Task Circulated_minutes_and_their_approval_are_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        var tab = RenderTab(await GoverningBoardAsync(9), await GoverningBoardAsync(10));
        tab.WaitForAssertion(() => Assert.NotEmpty(tab.FindAll(".approval-bar")));

        NoEnglishIn(tab.Nodes);
        Assert.Contains("已分发", tab.Find(".minutes-status-chip").TextContent);
        Assert.Contains("批准日期", tab.Markup);
        Assert.Contains("批准方", tab.Markup);
        Assert.Contains("已批准的纪要未签名", tab.Markup);
    }

    [Fact]
    public async Task Approved_minutes_are_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.Secretariat);
        var tab = RenderTab(await GoverningBoardAsync(2));
        tab.WaitForAssertion(() => Assert.NotEmpty(tab.FindAll(".minutes-item")));

        NoEnglishIn(tab.Nodes);
        Assert.Contains("批准", tab.Find(".minutes-status-chip").TextContent);
        Assert.Contains("进行更正", tab.Markup);
        Assert.Contains("决定", tab.Markup);
    }

    [Fact]
    public void Decisions_recorded_are_counted_in_Chinese()
    {
        InChinese.Use();
        var text = Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<MinutesText>>();

        Assert.Equal("已记录3项决定：认可2项，推迟1项。",
            DecisionsRecorded.Say([DecisionOutcome.Endorsed, DecisionOutcome.Deferred, DecisionOutcome.Endorsed], text));
    }

    private static void NoEnglishIn(INodeList nodes) => Assert.Empty(InChinese.EnglishLeftIn<MinutesText>(ScreenData.Without(nodes, ScreenData.Minutes)));
}
