using System.Net;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>
/// What a page's first frame waits for (README, "Lists show rows at once"): its style sheets and scripts come from the
/// browser's cache without asking the server again, and its scripts run after the page is parsed, not in the middle of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PageAssetsTests(AppFixture app)
{
    [Fact]
    public async Task Every_style_sheet_and_script_a_page_links_is_fingerprinted_and_kept_as_immutable()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.BaseUrl),
        };
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Secretariat], app.Passwords[Roles.Secretariat]);
        var html = await client.GetStringAsync("/applications");

        var files = Links(html).ToList();
        Assert.Equal(7, files.Count); // MudBlazor's, the app's, the meetings' and the scoped style sheets; three scripts
        // Without the sign-in cookie: a response that renews it is marked no-store, as it should be, whatever it carries.
        using var anonymous = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        foreach (var file in files)
        {
            var response = await anonymous.GetAsync("/" + file);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365) && response.Headers.CacheControl.Extensions.Any(e => e.Name == "immutable"),
                $"{file}: Cache-Control is {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task Scripts_wait_for_the_page_to_be_parsed()
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var html = await client.GetStringAsync("/account/login");

        var scripts = Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.Matches(@"\sdefer[\s>]", script));
    }

    [Fact]
    public async Task A_second_page_takes_its_style_sheets_and_scripts_from_the_browsers_cache()
    {
        var first = await app.SignedInPageAsync(Roles.Secretariat);
        var second = await first.Context.NewPageAsync();

        await second.GotoAsync("/applications");
        await second.Locator(".shell[data-interactive=true]").WaitForAsync();

        // Resource Timing: a file read from the cache transfers no bytes; one revalidated with a 304 transfers its headers.
        var transferred = await second.EvaluateAsync<Dictionary<string, int>>("""
            () => Object.fromEntries(performance.getEntriesByType('resource')
                .filter(e => /\.(css|js)$/.test(new URL(e.name).pathname))
                .map(e => [new URL(e.name).pathname, e.transferSize]))
            """);
        Assert.Equal(7, transferred.Count);
        Assert.All(transferred, file => Assert.True(file.Value == 0, $"{file.Key}: {file.Value} bytes from the server"));
        await first.Context.CloseAsync();
    }

    private static IEnumerable<string> Links(string html) =>
        Regex.Matches(html, "<link[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"").Concat(Regex.Matches(html, "<script[^>]*src=\"([^\"]+)\""))
            .Select(m => m.Groups[1].Value.TrimStart('/'));
}
