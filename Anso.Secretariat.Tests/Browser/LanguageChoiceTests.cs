using System.Net;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>
/// The language as plain HTTP sees it: the request's language (account, cookie, Accept-Language), and the form post that
/// changes it (antiforgery, a return address of this site only, remembered in the cookie and in the account).
/// </summary>
[Collection(BrowserCollection.Name)]
public class LanguageChoiceTests(AppFixture app)
{
    [Fact]
    public async Task Before_sign_in_the_browser_s_Accept_Language_chooses_and_the_cookie_overrides_it()
    {
        using var chinese = Client("zh-CN,zh;q=0.9,en;q=0.8");
        Assert.Contains(">登录</h1>", await PageAsync(chinese, "/account/login"));
        using var english = Client("en-GB,en;q=0.9");
        Assert.Contains(">Sign in</h1>", await PageAsync(english, "/account/login"));

        // The cookie, set by the language choice, comes before the browser's header.
        using var chosen = Client("en-GB", cookie: "zh-Hans");
        Assert.Contains(">登录</h1>", await PageAsync(chosen, "/account/login"));
    }

    [Fact]
    public async Task Choosing_a_language_needs_the_form_s_token()
    {
        using var client = Client("en");
        var bare = await client.PostAsync("/account/language", Form(("language", "zh-Hans"), ("returnUrl", "/account/login")));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.False(bare.Headers.Contains("Set-Cookie"), "A post without the token set a cookie.");
        Assert.Contains(">Sign in</h1>", await PageAsync(client, "/account/login"));
    }

    [Fact]
    public async Task A_signed_out_visitor_s_choice_is_remembered_in_a_cookie_and_the_page_comes_back()
    {
        using var client = Client("en");
        var token = TokenOf(await client.GetStringAsync("/account/login?returnUrl=%2Fmeetings"));

        var chosen = await client.PostAsync("/account/language",
            Form(("__RequestVerificationToken", token), ("language", "zh-Hans"), ("returnUrl", "/account/login?returnUrl=%2Fmeetings")));

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/account/login?returnUrl=%2Fmeetings", chosen.Headers.Location!.OriginalString);
        var cookie = Assert.Single(chosen.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Languages.CookieName + "="));
        Assert.StartsWith($"{Languages.CookieName}=zh-Hans;", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(">登录</h1>", await PageAsync(client, "/account/login"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("")]
    public async Task The_way_back_is_a_page_of_this_site_or_the_dashboard(string returnUrl)
    {
        using var client = Client("en");
        var token = TokenOf(await PageAsync(client, "/account/login"));
        var chosen = await client.PostAsync("/account/language",
            Form(("__RequestVerificationToken", token), ("language", "en"), ("returnUrl", returnUrl)));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/", chosen.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_language_the_app_does_not_speak_is_refused()
    {
        using var client = Client("en");
        var token = TokenOf(await PageAsync(client, "/account/login"));
        var refused = await client.PostAsync("/account/language", Form(("__RequestVerificationToken", token), ("language", "fr")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_choice_is_stored_in_the_account_and_follows_it_to_another_browser()
    {
        var (email, password) = await NewAccountAsync();
        using var first = Client("en");
        await HttpAccessTests.SignInAsync(first, email, password);
        var home = await first.GetStringAsync("/applications");
        Assert.Contains(">Applications<", home);

        var chosen = await first.PostAsync("/account/language",
            Form(("__RequestVerificationToken", TokenOf(home)), ("language", "zh-Hans"), ("returnUrl", "/applications")));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/applications", chosen.Headers.Location!.OriginalString);
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal("zh-Hans", (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.PreferredLanguage);
        Assert.Contains(">入会申请<", await PageAsync(first, "/applications"));

        // Another browser, which asks for English and even has an English cookie: the account's choice comes first.
        using var second = Client("en-US", cookie: "en");
        Assert.Contains(">Sign in</h1>", await PageAsync(second, "/account/login"));
        await HttpAccessTests.SignInAsync(second, email, password);
        var page = await PageAsync(second, "/applications");
        Assert.Contains(">入会申请<", page); // the navigation
        Assert.Contains(">退出登录<", page);

        // Signing in made the account's language this browser's: signed out, its sign-in page speaks Chinese.
        var signOut = Regex.Match(page, "action=\"/account/logout\".*?name=\"__RequestVerificationToken\" value=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostAsync("/account/logout", Form(("__RequestVerificationToken", signOut)))).StatusCode);
        Assert.Contains(">登录</h1>", await PageAsync(second, "/account/login"));
    }

    /// <summary>The page's HTML with its character references decoded: Blazor writes Chinese as &amp;#x767B; and the like.</summary>
    private static async Task<string> PageAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    private static string TokenOf(string html)
    {
        var token = Regex.Match(html, "action=\"/account/language\".*?name=\"__RequestVerificationToken\" value=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The language choice has no antiforgery token.");
        return token;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private async Task<(string Email, string Password)> NewAccountAsync()
    {
        var email = $"language-{Guid.NewGuid():N}@anso.example";
        var password = $"Right-{Guid.NewGuid():N}";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Language Test" };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Secretariat);
        return (email, password);
    }

    private HttpClient Client(string acceptLanguage, string? cookie = null)
    {
        var cookies = new CookieContainer();
        if (cookie is not null) cookies.Add(new Uri(app.BaseUrl), new Cookie(Languages.CookieName, cookie));
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return client;
    }
}
