using System.Text.RegularExpressions;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Scale;

/// <summary>Two people of the secretariat, each on a different instance, record the decisions of the same meeting at once.</summary>
public class DecidingOnTwoInstancesTests(TwoInstancesFixture servers) : IClassFixture<TwoInstancesFixture>
{
    [Fact]
    public async Task Two_secretariat_users_on_different_instances_record_decisions_for_one_meeting_and_exactly_one_succeeds()
    {
        var (meetingId, organizations) = await servers.GbMeetingWithListAsync(number: 72, applications: 2);
        var minutesTab = $"/meetings/{meetingId}?tab=minutes";
        var first = await servers.SignedInPageAsync(Roles.Secretariat, TwoInstancesFixture.First);
        var second = await servers.SignedInPageAsync(TwoInstancesFixture.ColleagueEmail, servers.ColleaguePassword, TwoInstancesFixture.Second);

        await OpenOnAsync(first, minutesTab, TwoInstancesFixture.First);
        await first.GetByRole(AriaRole.Button, new() { Name = "Start the minutes" }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Button, new() { Name = "Record decisions" })).ToBeVisibleAsync();
        await OpenOnAsync(second, minutesTab, TwoInstancesFixture.Second);

        foreach (var page in new[] { first, second })
        {
            await ChooseAsync(page, "Apply to all", "Endorsed");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record decisions" }).ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToBeVisibleAsync();
        }
        // Both confirm at the same moment.
        await Task.WhenAll(new[] { first, second }.Select(page =>
            page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Record decisions" }).ClickAsync()));

        var outcomes = await Task.WhenAll(new[] { first, second }.Select(OutcomeAsync));
        Assert.Single(outcomes, o => o == "recorded");
        Assert.Single(outcomes, o => o == "conflict");
        var refused = outcomes[0] == "conflict" ? first : second;
        var refusal = ConflictAlert(refused); // the first page may still show the snackbar of "Start the minutes", an alert too
        await Expect(refusal).ToContainTextAsync($"{organizations[0]} was changed by someone else meanwhile and is now endorsed");
        await Expect(refusal.GetByRole(AriaRole.Button, new() { Name = "Reload" })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await servers.WithDatabaseAsync(async db =>
        {
            var endorsements = await db.ApplicationHistory.CountAsync(h => h.MeetingId == meetingId && h.Action == ApplicationAction.Endorse);
            Assert.Equal(organizations.Length, endorsements); // one each, not two
        });
    }

    private static async Task OpenOnAsync(IPage page, string path, string instance)
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(instance, response!.Headers[HttpHardening.InstanceHeader.ToLowerInvariant()]);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>What the page says once its save is done: the snackbar counting the decisions, or the conflict alert.</summary>
    private static async Task<string> OutcomeAsync(IPage page)
    {
        var recorded = page.GetByText(new Regex(@"^Recorded 2 decisions"));
        var conflict = ConflictAlert(page);
        // Two saves on two instances of one busy machine: give them the fixture's 30 s, not Expect's default 5 s.
        await Expect(recorded.Or(conflict).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return await conflict.CountAsync() > 0 ? "conflict" : "recorded";
    }

    private static ILocator ConflictAlert(IPage page) => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "changed by someone else" });

    private static async Task ChooseAsync(IPage page, string select, string option)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = select, Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(option)}$") }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = select, Exact = true })).ToHaveTextAsync(option);
    }
}
