using System.Text.RegularExpressions;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Scale;

/// <summary>Two instances behind nginx: when the one that served a person stops, the other carries on with the same cookie.</summary>
public class SessionOnAnotherInstanceTests(TwoInstancesFixture servers) : IClassFixture<TwoInstancesFixture>
{
    [Fact]
    public async Task When_the_instance_that_served_a_change_stops_the_session_and_the_change_continue_on_the_other()
    {
        var (meetingId, _) = await servers.GbMeetingWithListAsync(number: 71, applications: 2);
        var page = await servers.SignedInPageAsync(Roles.Secretariat);
        var minutesTab = $"/meetings/{meetingId}?tab=minutes";

        // Through nginx over HTTPS: the app saw https (X-Forwarded-Proto), so the sign-in cookie is Secure.
        var response = await page.GotoAsync(minutesTab);
        var served = response!.Headers[HttpHardening.InstanceHeader.ToLowerInvariant()];
        Assert.Contains(served, new[] { TwoInstancesFixture.First, TwoInstancesFixture.Second });
        await page.WaitForInteractiveAsync();
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "anso.auth");
        Assert.True(cookie.Secure, "the sign-in cookie is Secure behind HTTPS");
        Assert.True(cookie.HttpOnly);

        // A change, made through the circuit on the instance that served the page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the minutes" }).ClickAsync();
        await Expect(Item(page, 1).GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync("1. Opening");

        var servedAddress = servers.Address(served);
        await servers.StopInstanceAsync(served);
        var other = served == TwoInstancesFixture.First ? TwoInstancesFixture.Second : TwoInstancesFixture.First;

        // Reload: nginx sends the same browser, with the same cookie, to the other instance, which knows who it is.
        IResponse? reloaded = null;
        try { reloaded = await page.ReloadAsync(); }
        catch (PlaywrightException) { /* Blazor may reload the page itself once its circuit is gone: the same request */ }
        await page.WaitForInteractiveAsync();
        if (reloaded is not null) Assert.Equal(other, reloaded.Headers[HttpHardening.InstanceHeader.ToLowerInvariant()]);
        Assert.EndsWith(minutesTab, page.Url); // not sent to sign in
        Assert.Equal(cookie.Value, (await page.Context.CookiesAsync()).Single(c => c.Name == "anso.auth").Value);
        await Expect(Item(page, 1).GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync("1. Opening");
        // The first circuit ran on a WebSocket through nginx (logged when it closed, with the instance it went to).
        Assert.Matches(new Regex($@"""GET /_blazor\?id=\S+ HTTP/1.1"" 101 upstream={Regex.Escape(new Uri(servedAddress).Authority)}"),
            await File.ReadAllTextAsync(servers.Proxy.AccessLog));

        // And the session goes on there: a new change through the other instance's circuit.
        await Item(page, 1).GetByLabel("Summary").FillAsync("Opened on the second server.");
        await Item(page, 1).GetByRole(AriaRole.Button, new() { Name = "Save summary" }).ClickAsync();
        await Expect(page.GetByText("Summary saved.")).ToBeVisibleAsync();
        await servers.WithDatabaseAsync(async db =>
            Assert.True(await db.Minutes.AnyAsync(m => m.MeetingId == meetingId && m.Items.Any(i => i.Summary == "Opened on the second server."))));
    }

    private static ILocator Item(IPage page, int number) =>
        page.GetByRole(AriaRole.Region, new() { Name = $"Item {number}", Exact = true });
}
