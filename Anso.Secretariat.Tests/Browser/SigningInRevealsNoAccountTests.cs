using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>Sign-in tells a stranger nothing about which accounts exist; a changed password ends the other sessions.</summary>
[Collection(BrowserCollection.Name)]
public class SigningInRevealsNoAccountTests(AppFixture app, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string WrongPassword = "Wrong-Password-42";

    [Fact]
    public async Task An_unknown_account_a_wrong_password_a_locked_and_a_disabled_account_get_the_same_answer()
    {
        var wrong = await NewAccountAsync();
        var locked = await NewAccountAsync(locked: true);
        var disabled = await NewAccountAsync(disabled: true);
        var answers = new List<string>();
        foreach (var email in new[] { $"nobody-{Guid.NewGuid():N}@anso.example", wrong.Email, locked.Email, disabled.Email })
        {
            using var client = Client();
            var response = await HttpAccessTests.SignInAsync(client, email, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode); // no redirect: not signed in
            answers.Add(AlertOf(await response.Content.ReadAsStringAsync()));
        }
        Assert.All(answers, answer => Assert.Equal(SignInCheck.Refusal, answer));
    }

    [Fact]
    public async Task A_locked_or_disabled_account_learns_why_only_with_the_right_password()
    {
        foreach (var (account, reason) in new[]
                 {
                     (await NewAccountAsync(locked: true), SignInCheck.LockedOutRefusal),
                     (await NewAccountAsync(disabled: true), SignInCheck.DisabledRefusal),
                 })
        {
            using var client = Client();
            var response = await HttpAccessTests.SignInAsync(client, account.Email, account.Password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(reason, AlertOf(await response.Content.ReadAsStringAsync()));
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/applications")).StatusCode); // still signed out
        }
    }

    [Fact]
    public async Task An_unknown_account_takes_as_long_to_refuse_as_a_wrong_password()
    {
        var known = await NewAccountAsync();
        // Taken in turns, so a load that comes and goes on the machine falls on both alike; the first of each warms up.
        var unknown = new List<double>();
        var wrong = new List<double>();
        for (var i = 0; i <= 20; i++)
        {
            var u = await TimeSignInAsync($"nobody-{i}-{Guid.NewGuid():N}@anso.example");
            var w = await TimeSignInAsync(known.Email);
            if (i == 0) continue;
            unknown.Add(u);
            wrong.Add(w);
        }
        var (medianUnknown, medianWrong) = (Median(unknown), Median(wrong));
        // A hash check takes tens of milliseconds; skipping it for an unknown account (as before) differs by nearly all of it.
        var bound = Math.Max(5, 0.5 * Math.Max(medianUnknown, medianWrong));
        output.WriteLine($"Median of 20 sign-ins: unknown account {medianUnknown:F1} ms, wrong password {medianWrong:F1} ms.");
        Assert.True(Math.Abs(medianUnknown - medianWrong) < bound,
            $"Median of 20 sign-ins: unknown account {medianUnknown:F1} ms, wrong password {medianWrong:F1} ms (bound {bound:F1} ms).");
    }

    [Fact]
    public async Task After_a_password_change_the_old_cookie_is_refused()
    {
        var account = await NewAccountAsync();
        using var client = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await HttpAccessTests.SignInAsync(client, account.Email, account.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/applications")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(account.Email))!;
            Assert.True((await users.ChangePasswordAsync(user, account.Password, account.Password + "-new")).Succeeded);
        }

        var refused = await client.GetAsync("/applications");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/login", refused.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_secure_when_the_proxy_says_the_request_came_over_https()
    {
        var account = await NewAccountAsync();
        foreach (var https in new[] { true, false })
        {
            using var client = Client();
            if (https) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            var response = await HttpAccessTests.SignInAsync(client, account.Email, account.Password);
            var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("anso.auth="));
            Assert.Equal(https, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task<double> TimeSignInAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetRequiredService<SignInCheck>();
        var watch = Stopwatch.StartNew();
        Assert.Equal(SignInVerdict.Refused, await check.SignInAsync(email, WrongPassword));
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The text of the page's red box.</summary>
    private static string AlertOf(string html)
    {
        var match = Regex.Match(html, "class=\"mud-alert-message\"[^>]*>(.*?)</div>", RegexOptions.Singleline);
        Assert.True(match.Success, "The page has no alert.");
        return WebUtility.HtmlDecode(Regex.Replace(match.Groups[1].Value, "<[^>]+>", "")).Trim();
    }

    private async Task<(string Email, string Password)> NewAccountAsync(bool locked = false, bool disabled = false)
    {
        var email = $"signin-{Guid.NewGuid():N}@anso.example";
        var password = $"Right-{Guid.NewGuid():N}";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Sign-in Test", IsDisabled = disabled };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Viewer);
        if (locked) await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1));
        return (email, password);
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(app.BaseUrl),
    };
}
