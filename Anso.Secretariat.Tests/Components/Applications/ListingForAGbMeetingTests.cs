using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Components.Applications;

/// <summary>"List for GB meeting…" on the applications list, and "Add applications…" on a GB meeting's Applications tab.</summary>
public class ListingForAGbMeetingTests : ComponentTest
{
    private IRenderedComponent<ApplicationsPage> OpenList(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        _ = Providers;
        var page = Render<ApplicationsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".applications-grid tbody tr input[type=checkbox]")), Wait);
        return page;
    }

    private static void Tick(IRenderedComponent<ApplicationsPage> page, int applicationId, bool on = true) =>
        page.FindAll(".applications-grid tbody tr")
            .Single(tr => tr.QuerySelector($"a[href='/applications/{applicationId}']") is not null)
            .QuerySelector("input[type=checkbox]")!.Change(on);

    /// <summary>The demo's planned 10th GB, and its applications under review (the received ones taken into review first).</summary>
    private async Task<(Meeting Gb10, List<MembershipApplication> UnderReview)> UnderReviewAsync()
    {
        Meeting gb10 = null!;
        List<MembershipApplication> underReview = null!;
        await WithDatabaseAsync(async db =>
        {
            foreach (var received in await db.Applications.Where(a => a.State == ApplicationState.Received).ToListAsync())
                received.StartReview(new Actor("Li Wei", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            gb10 = await db.Meetings.SingleAsync(m => m.Body == MeetingBody.GoverningBoard && m.Number == 10);
            underReview = await db.Applications.Include(a => a.Organization).Where(a => a.State == ApplicationState.UnderReview).OrderBy(a => a.Id).ToListAsync();
        });
        return (gb10, underReview);
    }

    private void Confirm(string text) =>
        Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == text).Click();

    [Fact]
    public async Task Selected_rows_are_listed_for_the_chosen_GB_meeting_after_a_confirmation()
    {
        SignInAs(Roles.Secretariat);
        var (gb10, underReview) = await UnderReviewAsync();
        Assert.True(underReview.Count >= 2, "The demo data has two applications under review.");
        var page = OpenList("/applications?state=UnderReview");
        Assert.True(page.Button("List for GB meeting…").HasAttribute("disabled"));

        Tick(page, underReview[0].Id);
        Tick(page, underReview[1].Id);
        page.WaitForAssertion(() => Assert.False(page.Button("List for GB meeting… (2)").HasAttribute("disabled")), Wait);
        page.Press("List for GB meeting… (2)");

        Providers.WaitForAssertion(() => Assert.NotEmpty(Providers.FindAll(".list-for-board-dialog")), Wait);
        var dialog = Providers.Find(".list-for-board-dialog").TextContent;
        Assert.Contains(underReview[0].Organization.Name, dialog);
        Assert.Contains(underReview[1].Organization.Name, dialog);
        Assert.Equal(2, Providers.FindAll(".listing-choices input[type=checkbox]").Count(c => c.HasAttribute("checked") || c.GetAttribute("aria-checked") == "true"));
        Assert.Contains(gb10.Title, Providers.Markup);
        Confirm("List 2 applications");

        Providers.WaitForAssertion(() => Assert.Contains("2 applications listed for the 10th GB.", Providers.Markup), Wait);
        await WithDatabaseAsync(async db =>
        {
            var ids = new[] { underReview[0].Id, underReview[1].Id };
            var listed = await db.Applications.Where(a => ids.Contains(a.Id)).ToListAsync();
            Assert.All(listed, a => Assert.Equal((ApplicationState.ListedForBoard, (int?)gb10.Id), (a.State, a.ListedAtMeetingId)));
        });
    }

    [Fact]
    public async Task One_row_that_cannot_be_listed_is_named_in_the_dialog_and_nothing_is_listed()
    {
        SignInAs(Roles.Secretariat);
        MembershipApplication received = null!; // awaiting information: the workflow does not let it be listed
        await WithDatabaseAsync(async db => received = await db.Applications.Include(a => a.Organization).FirstAsync(a => a.State == ApplicationState.AwaitingInformation));
        var page = OpenList("/applications");
        page.Press("List for GB meeting…"); // disabled: nothing happens without a selection
        Assert.Empty(Providers.FindAll(".list-for-board-dialog"));

        page = OpenList($"/applications?search={Uri.EscapeDataString(received.Organization.Name)}");
        Tick(page, received.Id);
        page.WaitForAssertion(() => Assert.False(page.Button("List for GB meeting… (1)").HasAttribute("disabled")), Wait);
        page.Press("List for GB meeting… (1)");
        Providers.WaitForAssertion(() => Assert.NotEmpty(Providers.FindAll(".list-for-board-dialog")), Wait);
        Confirm("List 1 application");

        Providers.WaitForAssertion(() => Assert.Contains(
            $"Nothing was listed: {received.Organization.Name} (no. {received.Id}) cannot be listed.", Providers.Find(".list-for-board-dialog [role=alert]").TextContent), Wait);
        await WithDatabaseAsync(async db =>
            Assert.Equal(ApplicationState.AwaitingInformation, (await db.Applications.SingleAsync(a => a.Id == received.Id)).State));
    }

    [Fact]
    public async Task The_header_box_ticks_every_row_of_the_page_and_each_box_names_its_organization()
    {
        SignInAs(Roles.Secretariat);
        var (_, underReview) = await UnderReviewAsync();
        var page = OpenList("/applications?state=UnderReview");
        var rows = page.FindAll(".applications-grid tbody tr").Count;
        Assert.Equal(Math.Min(underReview.Count, 25), rows);
        Assert.Equal($"Select {underReview[0].Organization.Name}", page.FindAll(".applications-grid tbody tr")
            .Single(tr => tr.QuerySelector($"a[href='/applications/{underReview[0].Id}']") is not null)
            .QuerySelector("input[type=checkbox]")!.GetAttribute("aria-label"));

        page.Find(".applications-grid thead input[type=checkbox][aria-label='Select all rows on this page']").Change(true);
        page.WaitForAssertion(() => Assert.False(page.Button($"List for GB meeting… ({rows})").HasAttribute("disabled")), Wait);
        Assert.All(page.FindAll(".applications-grid tbody input[type=checkbox]"), box => Assert.True(box.HasAttribute("checked")));

        Tick(page, underReview[0].Id, on: false);
        page.WaitForAssertion(() => Assert.NotNull(page.FindAll("button").SingleOrDefault(b => b.TextContent.Trim() == $"List for GB meeting… ({rows - 1})")), Wait);
        Assert.False(page.Find(".applications-grid thead input[type=checkbox]").HasAttribute("checked"));
        page.Find(".applications-grid thead input[type=checkbox]").Change(false);
        page.WaitForAssertion(() => Assert.True(page.Button("List for GB meeting…").HasAttribute("disabled")), Wait);
    }

    [Fact]
    public void A_viewer_is_offered_neither_the_selection_nor_the_button()
    {
        SignInAs(Roles.Viewer);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/applications");
        var page = Render<ApplicationsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".applications-grid tbody tr")), Wait);

        Assert.Empty(page.FindAll(".applications-grid tbody input[type=checkbox]"));
        Assert.DoesNotContain(page.ButtonTexts(), t => t.StartsWith("List for GB meeting"));
    }
}
