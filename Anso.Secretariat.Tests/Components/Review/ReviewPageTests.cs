using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Review;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Components.Applications;
using Bunit;
using Microsoft.EntityFrameworkCore;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Components.Review;

public class ReviewPageTests : ComponentTest
{
    private async Task<IRenderedComponent<ReviewPage>> OpenAsGbMemberAsync()
    {
        var organization = 0;
        await WithDatabaseAsync(async db => organization = (await db.Organizations.FirstAsync(o => o.IsBoardMember)).Id);
        SignInAs(Roles.BoardMember, organization);
        _ = Providers;
        var page = Render<ReviewPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("h1")), Wait);
        return page;
    }

    private static void Pick(AngleSharp.Dom.IElement item, string position) =>
        item.QuerySelectorAll("label").Single(l => l.TextContent.Trim() == position).QuerySelector("input[type=radio]")!.Click();

    [Fact]
    public async Task A_GB_member_records_a_position_with_a_comment_and_sees_it_recorded()
    {
        var page = await OpenAsGbMemberAsync();
        page.WaitForAssertion(() => Assert.True(page.FindAll("article.review-item").Count >= 2), Wait);
        var first = page.FindAll("article.review-item")[0];
        var id = int.Parse(first.GetAttribute("data-application")!);
        Assert.Contains("Secretariat recommendation:", first.TextContent);
        Assert.True(first.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Save position").HasAttribute("disabled"),
            "Nothing to save before a position is chosen.");

        Pick(first, "Support");
        page.FindAll("article.review-item")[0].QuerySelectorAll("textarea").Single().Change("Strong research record.");
        page.FindAll("article.review-item")[0].QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Save position").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Recorded: Support,", page.Find($"article[data-application='{id}'] .saved-position").TextContent.Trim()), Wait);
        await WithDatabaseAsync(async db =>
        {
            var saved = await db.ReviewPositions.SingleAsync(p => p.ApplicationId == id);
            Assert.Equal((Position.Support, "Strong research record."), (saved.Position, saved.Comment));
        });
        Providers.WaitForAssertion(() => Assert.Contains("was recorded.", Providers.Markup), Wait);
    }

    [Fact]
    public async Task Once_the_meeting_is_held_a_position_is_refused_with_the_reason()
    {
        var page = await OpenAsGbMemberAsync();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("article.review-item")), Wait);
        var meetingTitle = page.Find("section.review-meeting h2").TextContent.Trim();
        // The meeting is held while the page is open.
        await WithDatabaseAsync(async db =>
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Body == MeetingBody.GoverningBoard && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished)
                && db.Applications.Any(a => a.ListedAtMeetingId == m.Id && a.State == ApplicationState.ListedForBoard));
            meeting.MarkHeld();
            await db.SaveChangesAsync();
        });

        var item = page.FindAll("article.review-item")[0];
        var id = item.GetAttribute("data-application");
        Pick(item, "Object");
        page.Find($"article[data-application='{id}']").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Save position").Click();

        page.WaitForAssertion(() => Assert.Contains($"The {meetingTitle} has been held; positions can no longer be recorded or changed.",
            page.Find($"article[data-application='{id}'] [role=alert]").TextContent), Wait);
        Assert.Empty(page.FindAll($"article[data-application='{id}'] .saved-position"));
    }

    [Fact]
    public async Task Without_a_GB_meeting_to_come_there_is_nothing_to_review()
    {
        await WithDatabaseAsync(async db =>
        {
            foreach (var meeting in await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished)).ToListAsync())
                meeting.MarkHeld();
            await db.SaveChangesAsync();
        });

        var page = await OpenAsGbMemberAsync();

        page.WaitForAssertion(() => Assert.Contains("No GB meeting still to come has applications on its list.", page.Markup), Wait);
        Assert.Empty(page.FindAll("article.review-item, button"));
    }
}
