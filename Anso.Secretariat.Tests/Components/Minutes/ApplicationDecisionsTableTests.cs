using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Bunit;
using static Anso.Secretariat.Tests.Components.Minutes.UserActions;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Components.Minutes;

/// <summary>The decisions on the 10th GB's list of applications (the demo's planned meeting).</summary>
public class ApplicationDecisionsTableTests : MinutesComponentTest
{
    private IRenderedComponent<ApplicationDecisionsTable> RenderTable(Meeting meeting)
    {
        _ = Providers;
        return Render<ApplicationDecisionsTable>(p => p.Add(t => t.Meeting, meeting).Add(t => t.CanRecord, true));
    }

    private async Task<List<MembershipApplication>> ListedAsync(Meeting meeting)
    {
        List<MembershipApplication> listed = [];
        await WithDatabaseAsync(async db => listed = await db.Applications.AsNoTracking().Include(a => a.Organization)
            .Where(a => a.ListedAtMeetingId == meeting.Id).ToListAsync());
        return listed;
    }

    /// <summary>Presses "Record decisions" and confirms in the dialog that asks first.</summary>
    private async Task RecordAsync(IRenderedComponent<ApplicationDecisionsTable> table)
    {
        var recording = Button(table.Find(".application-decisions"), "Record decisions").ClickAsync();
        var dialog = await Providers.WaitForElementAsync(".mud-dialog");
        Assert.Contains("Each application moves on, and the minutes record the decision.", dialog.TextContent);
        await Button(dialog, "Record decisions").ClickAsync();
        await recording;
    }

    [Fact]
    public async Task Apply_to_all_then_Record_decisions_moves_every_application_after_a_confirmation()
    {
        var meeting = await GoverningBoardAsync(10);
        var listed = await ListedAsync(meeting);
        SignInAs(Roles.Secretariat);
        var table = RenderTable(meeting);

        Assert.True(Button(table.Find(".application-decisions"), "Record decisions").HasAttribute("disabled"));
        Assert.Contains("Choose a decision for every application first.", table.Markup);
        await ChooseAsync(table.Find(".application-decisions"), Providers, "Apply to all", "Deferred");
        await table.WaitForAssertionAsync(() => Assert.False(Button(table.Find(".application-decisions"), "Record decisions").HasAttribute("disabled")));
        await RecordAsync(table);

        await table.WaitForAssertionAsync(() => Assert.Contains("No application is waiting on the list of this meeting.", table.Markup));
        await Providers.WaitForAssertionAsync(() => Assert.Contains($"Recorded {listed.Count} decisions: {listed.Count} deferred.", Providers.Markup));
        await WithDatabaseAsync(async db => Assert.Equal(listed.Count,
            await db.ApplicationHistory.CountAsync(h => h.MeetingId == meeting.Id && h.Action == ApplicationAction.DeferAtBoard)));
    }

    [Fact]
    public async Task An_application_changed_meanwhile_is_named_with_why_and_nothing_is_recorded_until_Reload()
    {
        var meeting = await GoverningBoardAsync(10);
        var listed = await ListedAsync(meeting);
        SignInAs(Roles.Secretariat);
        var table = RenderTable(meeting);
        await ChooseAsync(table.Find(".application-decisions"), Providers, "Apply to all", "Endorsed");

        var changed = listed[0];
        await WithDatabaseAsync(async db =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == changed.Id);
            application.EditDetails(application.ReceivedOn, "Summary changed in another browser.", application.Recommendation);
            await db.SaveChangesAsync();
        });
        await RecordAsync(table);

        var alert = await table.WaitForElementAsync("[role=alert]");
        Assert.Contains("Nothing was recorded", alert.TextContent);
        Assert.Contains($"{changed.Organization.Name} was changed by someone else meanwhile", alert.TextContent);
        Assert.DoesNotContain("decisions recorded.", Providers.Markup);
        await WithDatabaseAsync(async db =>
            Assert.Equal(listed.Count, await db.Applications.CountAsync(a => a.ListedAtMeetingId == meeting.Id && a.State == ApplicationState.ListedForBoard)));

        // Reload takes the fresh versions and keeps the choices; recording then goes through.
        await Button(alert, "Reload").ClickAsync();
        await table.WaitForAssertionAsync(() => Assert.Empty(table.FindAll("[role=alert]")));
        await RecordAsync(table);
        await table.WaitForAssertionAsync(() => Assert.Contains("No application is waiting on the list of this meeting.", table.Markup));
    }

    [Fact]
    public async Task A_withdrawn_application_stops_the_whole_list_and_the_message_says_why()
    {
        var meeting = await GoverningBoardAsync(10);
        var listed = await ListedAsync(meeting);
        SignInAs(Roles.Secretariat);
        var table = RenderTable(meeting);
        await ChooseAsync(table.Find(".application-decisions"), Providers, "Apply to all", "Endorsed");

        var withdrawn = listed[^1];
        await WithDatabaseAsync(async db =>
        {
            (await db.Applications.SingleAsync(a => a.Id == withdrawn.Id)).Withdraw(Actors.Secretary(), "The institute withdrew its application.");
            await db.SaveChangesAsync();
        });
        await RecordAsync(table);

        var alert = await table.WaitForElementAsync("[role=alert]");
        // Withdrawn after the table was opened: a stale save, refused with the conflict message, which says what it is now.
        Assert.Contains($"Nothing was recorded: {withdrawn.Organization.Name} was changed by someone else meanwhile and is now withdrawn.", alert.TextContent);
        await WithDatabaseAsync(async db =>
            Assert.False(await db.ApplicationHistory.AnyAsync(h => h.MeetingId == meeting.Id && h.Action == ApplicationAction.Endorse)));
    }

    [Fact]
    public async Task After_recording_the_confirmation_counts_the_applications_moved_by_outcome()
    {
        var meeting = await GoverningBoardAsync(10);
        var listed = await ListedAsync(meeting);
        Assert.True(listed.Count >= 3, "the 10th GB's list needs three applications for this test");
        SignInAs(Roles.Secretariat);
        var table = RenderTable(meeting);
        await table.WaitForAssertionAsync(() => Assert.Contains(listed[1].Organization.Name, table.Markup));

        await ChooseAsync(table.Find(".application-decisions"), Providers, "Apply to all", "Endorsed");
        await ChooseAsync(table.Find(".application-decisions"), Providers, $"Decision on {listed[0].Organization.Name}", "Not endorsed");
        await ChooseAsync(table.Find(".application-decisions"), Providers, $"Decision on {listed[1].Organization.Name}", "Deferred");
        await RecordAsync(table);

        await Providers.WaitForAssertionAsync(() => Assert.Contains(
            $"Recorded {listed.Count} decisions: {listed.Count - 2} endorsed, 1 not endorsed, 1 deferred.", Providers.Markup));
        await WithDatabaseAsync(async db => Assert.Equal(listed.Count - 2,
            await db.ApplicationHistory.CountAsync(h => h.MeetingId == meeting.Id && h.Action == ApplicationAction.Endorse)));
    }
}
