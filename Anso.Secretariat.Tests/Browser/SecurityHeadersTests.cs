using System.Net;
using System.Text.RegularExpressions;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Exchange;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>The headers every response carries, downloads that no cache keeps, and a log-out another site cannot trigger.</summary>
[Collection(BrowserCollection.Name)]
public class SecurityHeadersTests(AppFixture app)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/healthz")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/applications")] // the redirect to sign in
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpAccessCsp, Header(response, "Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task A_not_found_page_carries_the_security_headers_too()
    {
        using var client = Client();
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Viewer], app.Passwords[Roles.Viewer]);
        var response = await client.GetAsync("/applications/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpAccessCsp, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("/members.pdf")]
    [InlineData("/meetings/1/agenda.pdf")]
    [InlineData(ExchangeEndpoints.OrganizationsCsv)]
    [InlineData("/account/login")]
    public async Task Downloads_and_pages_are_kept_in_no_cache(string path)
    {
        using var client = Client();
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Secretariat], app.Passwords[Roles.Secretariat]);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control is {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Static_files_keep_their_caching()
    {
        using var client = Client();
        var response = await client.GetAsync("/_framework/blazor.web.js");
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Signing_out_needs_the_form_token_a_get_or_a_bare_post_signs_no_one_out()
    {
        using var client = Client();
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Viewer], app.Passwords[Roles.Viewer]);
        var home = await client.GetStringAsync("/applications");

        await client.GetAsync("/account/logout");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/account/logout", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/applications")).StatusCode); // still signed in

        var token = Regex.Match(home, "action=\"/account/logout\".*?name=\"__RequestVerificationToken\" value=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The Sign out form has no antiforgery token.");
        var signedOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/applications")).StatusCode); // signed out
    }

    [Fact]
    public async Task The_app_is_interactive_under_its_content_security_policy_with_no_violation()
    {
        var page = await app.NewPageAsync();
        var problems = ConsoleErrors.Of(page);
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) lock (problems) problems.Add(message.Text); };
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(AccountSeeder.DemoUserNames[Roles.Secretariat]);
        await page.GetByLabel("Password").FillAsync(app.Passwords[Roles.Secretariat]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForInteractiveAsync();

        await page.OpenAsync("/organizations");
        await page.GetByLabel("Search organization").FillAsync("serbian academy"); // answered by the circuit
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?search=serbian%20academy$"));
        await page.OpenAsync("/applications");
        await page.OpenAsync("/meetings");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(problems);
    }

    private const string HttpAccessCsp = HttpHardening.ContentSecurityPolicy;

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(app.BaseUrl),
    };
}
