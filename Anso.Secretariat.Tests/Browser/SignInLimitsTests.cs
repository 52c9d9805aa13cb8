using System.Net;
using Anso.Secretariat.App.Features.Account;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>The app with low sign-in limits: 3 attempts per account and 5 per client address a window.</summary>
public sealed class RateLimitedAppFixture : AppFixture
{
    public RateLimitedAppFixture() => ExtraSettings = new Dictionary<string, string?>
    {
        ["Security:SignInAttemptsPerClient"] = "5",
        ["Security:SignInAttemptsPerAccount"] = "3",
        ["Security:SignInWindowMinutes"] = "10",
    };
}

/// <summary>The first-run app (no account yet) with the same low limits.</summary>
public sealed class RateLimitedFirstRunAppFixture : AppFixture
{
    public RateLimitedFirstRunAppFixture()
    {
        WithDemoAccounts = false;
        ExtraSettings = new RateLimitedAppFixture().ExtraSettings;
    }
}

/// <summary>The first-run setup form is limited like sign-in.</summary>
public class SetupLimitsTests(RateLimitedFirstRunAppFixture app) : IClassFixture<RateLimitedFirstRunAppFixture>
{
    [Fact]
    public async Task Setup_attempts_beyond_the_limit_for_one_account_get_429_with_a_message_and_create_nothing()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.BaseUrl),
        };
        var email = $"first-{Guid.NewGuid():N}@anso.example";
        for (var attempt = 1; attempt <= 3; attempt++)
            Assert.Equal(HttpStatusCode.OK, (await PostSetupAsync(client, email, "short")).StatusCode); // refused: a weak password
        var refused = await PostSetupAsync(client, email, $"Strong-{Guid.NewGuid():N}-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/setup")).StatusCode); // still no account: setup is still there
        Assert.Contains("Create administrator", await client.GetStringAsync("/setup"));
    }

    private static async Task<HttpResponseMessage> PostSetupAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/setup");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = token,
            ["Input.DisplayName"] = "First Administrator",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }
}

/// <summary>
/// Sign-in attempts are limited per client and per account. Each test poses as its own client through X-Forwarded-For,
/// which the app trusts from loopback (the proxy in front of it).
/// </summary>
public class SignInLimitsTests(RateLimitedAppFixture app) : IClassFixture<RateLimitedAppFixture>
{
    private const string TooMany = "Too many sign-in attempts";

    [Fact]
    public async Task Attempts_beyond_the_limit_for_one_account_get_429_with_a_message_from_any_client()
    {
        var email = AccountSeeder.DemoUserNames[Roles.Viewer];
        using var client = Client("203.0.113.10");
        for (var attempt = 1; attempt <= 3; attempt++)
            Assert.Equal(HttpStatusCode.OK, (await HttpAccessTests.SignInAsync(client, email, "Wrong-Password-1")).StatusCode);

        var refused = await HttpAccessTests.SignInAsync(client, email, app.Passwords[Roles.Viewer]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains(TooMany, html);
        Assert.Contains("Sign in", html); // the sign-in page itself says it
        using var elsewhere = Client("203.0.113.11");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await HttpAccessTests.SignInAsync(elsewhere, email, app.Passwords[Roles.Viewer])).StatusCode);

        // Another account is still tried (from a third client: refused attempts count against their client too).
        using var third = Client("203.0.113.12");
        Assert.Equal(HttpStatusCode.Redirect,
            (await HttpAccessTests.SignInAsync(third, AccountSeeder.DemoUserNames[Roles.Secretariat], app.Passwords[Roles.Secretariat])).StatusCode);
    }

    [Fact]
    public async Task Attempts_beyond_the_limit_from_one_client_get_429_whatever_the_account()
    {
        using var client = Client("203.0.113.20");
        for (var attempt = 1; attempt <= 5; attempt++)
            Assert.Equal(HttpStatusCode.OK, (await HttpAccessTests.SignInAsync(client, $"nobody-{attempt}-{Guid.NewGuid():N}@anso.example", "Wrong-Password-1")).StatusCode);
        var refused = await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Administrator], app.Passwords[Roles.Administrator]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(TooMany, await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/applications")).StatusCode); // not signed in

        // The sign-in page itself is still shown, and another client is not refused.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        using var other = Client("203.0.113.21");
        Assert.Equal(HttpStatusCode.Redirect,
            (await HttpAccessTests.SignInAsync(other, AccountSeeder.DemoUserNames[Roles.Administrator], app.Passwords[Roles.Administrator])).StatusCode);
    }

    private HttpClient Client(string address)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.BaseUrl),
        };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
