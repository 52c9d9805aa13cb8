using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Meetings;
using Bunit;
using Microsoft.EntityFrameworkCore;
using static Anso.Secretariat.Tests.Components.Minutes.UserActions;

namespace Anso.Secretariat.Tests.Components.Minutes;

/// <summary>The approval bar and the version list: the 9th GB's circulated minutes, the 2nd GB's approved ones.</summary>
public class MinutesApprovalTests : MinutesComponentTest
{
    private const string Status = "[role=region][aria-label='Status of the minutes']";

    private IRenderedComponent<MinutesTab> RenderTab(Meeting meeting, params Meeting[] later)
    {
        _ = Providers;
        return Render<MinutesTab>(p => p.Add(t => t.Meeting, meeting).Add(t => t.LaterMeetings, later));
    }

    [Fact]
    public async Task Circulated_minutes_are_approved_by_a_later_meeting_of_the_same_body_and_then_locked()
    {
        SignInAs(Roles.Secretariat);
        var gb9 = await GoverningBoardAsync(9);
        var tab = RenderTab(gb9, await GoverningBoardAsync(10));

        var status = await tab.WaitForElementAsync(Status);
        Assert.NotNull(status.QuerySelectorAll("label").SingleOrDefault(l => l.TextContent.Trim() == "Approved on"));
        await ChooseAsync(status, Providers, "Approved by", "10th ANSO Governing Board (GB) Meeting");
        await tab.WaitForAssertionAsync(() => Assert.DoesNotContain("Approved by (if not a meeting)", tab.Find(Status).TextContent));
        await Button(tab.Find(Status), "Approve").ClickAsync();

        await tab.WaitForAssertionAsync(() => Assert.Contains("by the 10th ANSO Governing Board (GB) Meeting", tab.Find(Status).TextContent));
        await Providers.WaitForAssertionAsync(() => Assert.Contains("The minutes are approved and locked; their PDF is kept, not signed", Providers.Markup));
        Assert.Contains("Make a correction", ButtonTexts(tab.Find(Status)));
        Assert.Empty(tab.FindAll("textarea"));
        await WithDatabaseAsync(async db => Assert.Equal(MeetingStatus.MinutesApproved, (await db.Meetings.SingleAsync(m => m.Id == gb9.Id)).Status));
    }

    [Fact]
    public async Task Without_a_certificate_the_approved_version_is_listed_as_not_signed_and_the_tab_says_how_to_sign()
    {
        SignInAs(Roles.Secretariat);
        var gb9 = await GoverningBoardAsync(9);
        var tab = RenderTab(gb9);
        const string Files = "[role=region][aria-label='Approved versions']";

        var note = await tab.WaitForElementAsync(Files);
        Assert.Contains("not signed: no signing certificate is configured", note.TextContent);
        Assert.Contains("Signing:CertificatePath", note.TextContent);
        Assert.Empty(note.QuerySelectorAll("table")); // nothing approved yet

        var status = tab.Find(Status);
        await status.QuerySelectorAll("input").Single(i => i.GetAttribute("maxlength") == Anso.Secretariat.Domain.Common.TextLimits.MinutesApprovedBy.ToString()).TypeAsync("the Chair, Prof. Chunli Bai");
        await Button(status, "Approve").ClickAsync();

        await tab.WaitForAssertionAsync(() => Assert.Contains("Not signed", tab.Find($"{Files} table").TextContent));
        var row = tab.Find($"{Files} tbody tr");
        Assert.Contains("Download version 1 (PDF)", row.TextContent);
        Assert.Equal($"/meetings/{gb9.Id}/minutes/v1.pdf", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_correction_needs_its_reason_opens_version_2_and_keeps_version_1_readable()
    {
        SignInAs(Roles.Secretariat);
        var tab = RenderTab(await GoverningBoardAsync(2));

        await Button(await tab.WaitForElementAsync(Status), "Make a correction").ClickAsync();
        var refusal = await tab.WaitForElementAsync($"{Status} [role=alert]");
        Assert.Contains("A correction needs its reason.", refusal.TextContent);
        Assert.Empty(refusal.QuerySelectorAll("button")); // not a conflict: nothing to reload

        await tab.Find(Status).QuerySelectorAll("input").Single(i => i.GetAttribute("maxlength") == "2000")
            .TypeAsync("The name of the Slovak academy was misspelt.");
        await Button(tab.Find(Status), "Make a correction").ClickAsync();

        await tab.WaitForAssertionAsync(() => Assert.Contains("Minutes, version 2", tab.Find(Status).TextContent));
        Assert.Contains("Correction of version 1: The name of the Slovak academy was misspelt.", tab.Find(Status).TextContent);
        Assert.NotEmpty(tab.FindAll("textarea")); // the new version is a draft with the same content

        await ChooseAsync(tab.Find(Status), Providers, "Version", "Version 1 (Approved 16 Dec 2019 by the Chair, Prof. Chunli Bai)");
        await tab.WaitForAssertionAsync(() => Assert.Contains("Replaced by a later version; kept for the record.", tab.Find(Status).TextContent));
        Assert.Empty(tab.FindAll("textarea"));
        Assert.Empty(ButtonTexts(tab.Find("section.minutes")).Intersect(["Circulate", "Approve", "Make a correction", "Save summary"]));
    }
}
