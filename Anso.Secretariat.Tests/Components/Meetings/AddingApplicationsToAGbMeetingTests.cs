using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Bunit;
using Microsoft.EntityFrameworkCore;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Components.Meetings;

/// <summary>"Add applications…" on a GB meeting's Applications tab: choose among those the workflow lets it list.</summary>
public class AddingApplicationsToAGbMeetingTests : MeetingScreenTest
{
    [Fact]
    public async Task The_tab_offers_the_applications_under_review_and_lists_the_ticked_ones()
    {
        SignInAs(Roles.Secretariat);
        MembershipApplication exeter = null!;
        await WithDatabaseAsync(async db => exeter = await db.Applications.Include(a => a.Organization)
            .FirstAsync(a => a.State == ApplicationState.UnderReview));
        var page = OpenMeeting(await GbAsync(10), "applications");

        page.Press("Add applications…");

        Providers.WaitForAssertion(() => Assert.NotEmpty(Providers.FindAll(".listing-choices input[type=checkbox]")), Wait);
        Assert.Contains("10th ANSO Governing Board (GB) Meeting", Providers.Find(".list-for-board-dialog").TextContent);
        var choice = Providers.FindAll(".listing-choices .mud-checkbox").Single(c => c.TextContent.Contains(exeter.Organization.Name));
        Assert.DoesNotContain(Providers.FindAll(".listing-choices .mud-checkbox"), c => c.TextContent.Contains("(on the list of the 10th GB)"));
        choice.QuerySelector("input")!.Change(true);
        Providers.WaitForAssertion(() => Assert.Contains(Providers.FindAll(".mud-dialog button"), b => b.TextContent.Trim() == "List 1 application"), Wait);
        Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "List 1 application").Click();

        Providers.WaitForAssertion(() => Assert.Contains("1 application listed for the 10th GB.", Providers.Markup), Wait);
        page.WaitForAssertion(() => Assert.Contains(exeter.Organization.Name, page.Find(".meeting-applications").TextContent), Wait);
    }

    [Fact]
    public async Task A_held_GB_meeting_and_a_viewer_are_not_offered_to_add_applications()
    {
        SignInAs(Roles.Secretariat);
        var held = OpenMeeting(await GbAsync(9), "applications");
        Assert.DoesNotContain("Add applications…", held.ButtonTexts());

        SignInAs(Roles.Viewer);
        var planned = OpenMeeting(await GbAsync(10), "applications");
        Assert.DoesNotContain("Add applications…", planned.ButtonTexts());
    }
}
