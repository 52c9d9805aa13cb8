using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Common;
using Bunit;
using static Anso.Secretariat.Tests.Components.Minutes.UserActions;

namespace Anso.Secretariat.Tests.Components.Minutes;

public class MinutesTabTests : MinutesComponentTest
{
    private static readonly string[] ChangingButtons =
        ["Start the minutes", "Save summary", "Add decision", "Remove", "Add action", "Circulate", "Approve", "Make a correction", "Record decisions"];

    private const string Item2 = "[role=region][aria-label='Item 2']";

    [Fact]
    public async Task Without_minutes_the_secretariat_starts_them_with_one_item_per_agenda_item()
    {
        SignInAs(Roles.Secretariat);
        var tab = RenderTab(await GoverningBoardAsync(10));

        await tab.WaitForAssertionAsync(() => Assert.Contains("No minutes yet.", tab.Markup));
        await Button(tab.Find("section.minutes"), "Start the minutes").ClickAsync();

        await tab.WaitForAssertionAsync(() => Assert.Equal("1. Opening and welcome", tab.FindAll(".minutes-item h3")[0].TextContent.Trim()));
        Assert.Equal("3. List of ANSO Membership Applications", tab.FindAll(".minutes-item h3")[2].TextContent.Trim());
        await Providers.WaitForAssertionAsync(() => Assert.Contains("The minutes are open, one item per agenda item.", Providers.Markup));
        Assert.Contains("Draft", Region(tab.Find("section.minutes"), "Status of the minutes").TextContent);
    }

    [Fact]
    public async Task A_GB_member_finds_no_minutes_yet_and_no_button_to_start_them()
    {
        SignInAs(Roles.BoardMember, await BoardMemberOrganizationAsync());
        var tab = RenderTab(await GoverningBoardAsync(10));

        await tab.WaitForAssertionAsync(() => Assert.Contains("No minutes yet.", tab.Markup));
        Assert.Empty(ButtonTexts(tab.Find("section.minutes")));
    }

    [Fact]
    public async Task A_draft_has_each_item_to_write_and_a_summary_is_saved_only_when_the_server_keeps_it()
    {
        var meeting = await GoverningBoardAsync(10);
        var minutesId = await StartDraftAsync(meeting);
        SignInAs(Roles.Secretariat);
        var tab = RenderTab(meeting);

        var item = await tab.WaitForElementAsync(Item2);
        Assert.Equal(TextLimits.MinutesSummary.ToString(), item.QuerySelector("textarea")!.GetAttribute("maxlength"));
        Assert.Contains("Add decision", ButtonTexts(item));
        Assert.Contains("Add action", ButtonTexts(item));
        Assert.Contains("Circulate", ButtonTexts(Region(tab.Find("section.minutes"), "Status of the minutes")));
        // The membership applications item lists the 10th GB's applications, one decision each.
        Assert.Contains("Record decisions", ButtonTexts(tab.Find("[role=region][aria-label='Item 3']")));

        await item.QuerySelector("textarea")!.TypeAsync("The Secretariat presented the progress report for 2026.");
        await Button(tab.Find(Item2), "Save summary").ClickAsync();

        await Providers.WaitForAssertionAsync(() => Assert.Contains("Summary saved.", Providers.Markup));
        var saved = await MinutesAsync(minutesId);
        Assert.Equal("The Secretariat presented the progress report for 2026.", saved.Items.Single(i => i.Number == "2").Summary);
    }

    [Fact]
    public async Task A_decision_and_an_action_item_are_added_and_a_decision_is_removed_after_a_confirmation()
    {
        var meeting = await GoverningBoardAsync(10);
        var minutesId = await StartDraftAsync(meeting);
        SignInAs(Roles.Secretariat);
        var tab = RenderTab(meeting);

        var item = await tab.WaitForElementAsync(Item2);
        await item.QuerySelectorAll("input").Single(i => i.GetAttribute("maxlength") == TextLimits.DecisionText.ToString())
            .TypeAsync("The Board noted the progress report.");
        await Button(tab.Find(Item2), "Add decision").ClickAsync();
        await tab.WaitForAssertionAsync(() => Assert.Contains("The Board noted the progress report.", tab.Find($"{Item2} .decisions").TextContent));

        await tab.Find(Item2).QuerySelectorAll("input")
            .Single(i => i.GetAttribute("maxlength") == TextLimits.ActionWhat.ToString()).TypeAsync("Send the report to the members");
        await Button(tab.Find(Item2), "Add action").ClickAsync();
        await tab.WaitForAssertionAsync(() => Assert.Contains("Send the report to the members", tab.Find($"{Item2} .action-items").TextContent));

        var removing = tab.Find($"{Item2} .decisions button").ClickAsync(); // waits for the answer below
        var dialog = await Providers.WaitForElementAsync(".mud-dialog");
        Assert.Contains("Remove this decision from the minutes?", dialog.TextContent);
        await Button(dialog, "Remove").ClickAsync();
        await removing;

        await tab.WaitForAssertionAsync(() => Assert.Contains("None recorded.", tab.Find(Item2).TextContent));
        var saved = (await MinutesAsync(minutesId)).Items.Single(i => i.Number == "2");
        Assert.Empty(saved.Decisions);
        Assert.Equal("Send the report to the members", Assert.Single(saved.ActionItems).What);
    }

    [Fact]
    public async Task When_someone_else_saved_first_the_typed_summary_stays_until_Reload_shows_their_version()
    {
        var meeting = await GoverningBoardAsync(10);
        var minutesId = await StartDraftAsync(meeting);
        SignInAs(Roles.Secretariat);
        var tab = RenderTab(meeting);
        await (await tab.WaitForElementAsync($"{Item2} textarea")).TypeAsync("My summary of the report.");

        var itemId = (await MinutesAsync(minutesId)).Items.Single(i => i.Number == "2").Id;
        await ChangeElsewhereAsync(minutesId, m => m.Summarize(itemId, "Their summary of the report.", "Zhang Min", DateTimeOffset.Now));
        await Button(tab.Find(Item2), "Save summary").ClickAsync();

        var alert = await tab.WaitForElementAsync($"{Item2} [role=alert]");
        Assert.Contains("changed these minutes after you opened them", alert.TextContent);
        Assert.Equal("My summary of the report.", tab.Find($"{Item2} textarea").TextContent);
        Assert.DoesNotContain("Summary saved.", Providers.Markup);
        Assert.Equal("Their summary of the report.", (await MinutesAsync(minutesId)).Items.Single(i => i.Id == itemId).Summary);

        await Button(alert, "Reload").ClickAsync();
        await tab.WaitForAssertionAsync(() => Assert.Equal("Their summary of the report.", tab.Find($"{Item2} textarea").TextContent));
        Assert.Empty(tab.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task Approved_minutes_are_read_only_and_offer_only_a_correction()
    {
        SignInAs(Roles.Secretariat);
        var tab = RenderTab(await GoverningBoardAsync(2));

        var status = await tab.WaitForElementAsync("[role=region][aria-label='Status of the minutes']");
        Assert.Contains("Approved 16 Dec 2019 by the Chair, Prof. Chunli Bai", status.TextContent);
        Assert.Equal(12, tab.FindAll(".minutes-item").Count);
        Assert.Empty(tab.FindAll("textarea"));
        var buttons = ButtonTexts(tab.Find("section.minutes"));
        Assert.Contains("Make a correction", buttons);
        Assert.Empty(buttons.Intersect(ChangingButtons.Except(["Make a correction"])));
        Assert.Equal(15, tab.FindAll(".decisions li").Count(d => d.TextContent.Contains("Endorsed: "))); // the 15 endorsements of 2019
        Assert.Contains("Download minutes (PDF)", buttons);
    }

    [Fact]
    public async Task A_GB_member_reads_circulated_GB_minutes_without_any_button_that_changes_them()
    {
        SignInAs(Roles.BoardMember, await BoardMemberOrganizationAsync());
        var tab = RenderTab(await GoverningBoardAsync(9));

        var status = await tab.WaitForElementAsync("[role=region][aria-label='Status of the minutes']");
        Assert.Contains("Circulated 15 Jan 2025", status.TextContent);
        Assert.NotEmpty(tab.FindAll(".minutes-item"));
        Assert.Contains("Vision and Mission", tab.Markup);
        Assert.Empty(ButtonTexts(tab.Find("section.minutes")).Intersect(ChangingButtons));
        Assert.Empty(tab.FindAll("textarea"));
        Assert.All(tab.FindAll(".action-items input"), box => Assert.True(box.HasAttribute("disabled")));
    }

    [Fact]
    public async Task A_GB_member_does_not_see_draft_minutes()
    {
        var meeting = await GoverningBoardAsync(10);
        await StartDraftAsync(meeting);
        SignInAs(Roles.BoardMember, await BoardMemberOrganizationAsync());
        var tab = RenderTab(meeting);

        await tab.WaitForAssertionAsync(() => Assert.Contains("No minutes yet.", tab.Markup));
        Assert.Empty(tab.FindAll(".minutes-item"));
    }
}
