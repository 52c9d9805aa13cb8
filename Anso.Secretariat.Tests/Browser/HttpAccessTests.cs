using System.Net;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>Sign-in as plain HTTP sees it: redirects, 401s, cookies and lockout.</summary>
[Collection(BrowserCollection.Name)]
public class HttpAccessTests(AppFixture app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/applications")]
    [InlineData("/applications/1")]
    [InlineData("/organizations")]
    [InlineData("/review")]
    [InlineData("/admin/users")]
    [InlineData("/applications/1/documents/1")]
    public async Task Without_sign_in_pages_and_downloads_redirect_to_sign_in(string path)
    {
        using var client = Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/members.pdf")]
    [InlineData("/meetings/1/agenda.pdf")]
    public async Task Without_sign_in_a_pdf_gets_401(string path)
    {
        using var client = Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_sign_in_a_json_request_gets_401()
    {
        using var client = Client();
        var request = new HttpRequestMessage(HttpMethod.Get, "/applications");
        request.Headers.Accept.ParseAdd("application/json");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_health_check_and_the_sign_in_page_need_no_sign_in()
    {
        using var client = Client();
        var health = await client.GetAsync("/healthz");
        var answer = await health.Content.ReadAsStringAsync();
        // On failure, say why: the health check's reason is only in the app's log.
        Assert.True(answer == "Healthy", $"/healthz answered {(int)health.StatusCode} \"{answer}\"; the app logged: " +
            string.Join(Environment.NewLine, app.Logs.Where(line => line.Contains("ealth"))));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task A_signed_out_visitor_gets_every_script_and_style_sheet_of_the_sign_in_page() =>
        await AssertScriptsAndStylesServedSignedOutAsync(app.BaseUrl, "/account/login");

    [Fact]
    public async Task The_sign_in_page_loads_without_a_console_error_and_signs_in()
    {
        var page = await app.NewPageAsync();
        var errors = ConsoleErrors.Of(page);
        await page.GotoAsync("/account/login");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync("login");
        Assert.Empty(errors); // a script answered with the sign-in page's HTML shows here as "Unexpected token '<'"

        // A wrong password is refused on the page; the email stays.
        await page.GetByLabel("Email").FillAsync(AccountSeeder.DemoUserNames[Roles.Viewer]);
        await page.GetByLabel("Password").FillAsync("Not-the-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or the password is not right.");
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync(AccountSeeder.DemoUserNames[Roles.Viewer]);

        var phone = await app.NewPageAsync(AppFixture.Phone);
        await phone.GotoAsync("/account/login");
        await phone.ScreenshotAsync("login-phone");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task After_sign_in_pages_work()
    {
        using var client = Client();
        var signIn = await SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Viewer], app.Passwords[Roles.Viewer]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var page = await client.GetAsync("/applications");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Membership applications", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/admin/users", "Create account")]
    [InlineData("/applications/new", "New membership application")]
    [InlineData("/meetings/new", "New meeting")]
    [InlineData("/import", "Import from a spreadsheet")]
    [InlineData("/review", "Review of membership applications")]
    public async Task A_page_whose_operation_the_role_lacks_answers_403_with_its_not_allowed_screen(string path, string pageText)
    {
        using var client = Client();
        await SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Viewer], app.Passwords[Roles.Viewer]);
        var refused = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Not allowed", html);
        Assert.Contains("Your role does not give access to this page", html);
        Assert.DoesNotContain(pageText, html);
    }

    [Fact]
    public async Task A_page_whose_operation_the_role_has_opens()
    {
        using var client = Client();
        await SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Secretariat], app.Passwords[Roles.Secretariat]);
        var page = await client.GetAsync("/applications/new");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("Not allowed", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_account_locks_after_the_configured_failed_sign_ins_and_no_password_is_logged()
    {
        var email = $"lockme-{Guid.NewGuid():N}@anso.example";
        var password = $"Right-{Guid.NewGuid():N}";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, DisplayName = "Lock Test" };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Viewer);
        }

        using var client = Client();
        var wrong = new List<string>();
        for (var attempt = 1; attempt <= 3; attempt++) // Security:MaxFailedSignIns is 3 in the fixture
        {
            wrong.Add($"Wrong-{attempt}-{Guid.NewGuid():N}");
            var failed = await SignInAsync(client, email, wrong[^1]);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        var locked = await SignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode); // no redirect: not signed in
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());

        string hash;
        await using (var scope = app.Services.CreateAsyncScope())
            hash = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.PasswordHash!;
        var logs = string.Join("\n", app.Logs);
        Assert.NotEmpty(app.Logs);
        foreach (var secret in wrong.Append(password).Append(hash))
            Assert.DoesNotContain(secret, logs);
    }

    /// <summary>
    /// Fetches, signed out, every script and style sheet the page links (blazor.web.js, MudBlazor's files, app.css, the
    /// scoped-CSS bundle): each must come back 200 with its own content type, not as a redirect to a sign-in or setup page.
    /// </summary>
    internal static async Task AssertScriptsAndStylesServedSignedOutAsync(string baseUrl, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        var page = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var styles = Regex.Matches(html, "<link[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        var scripts = Regex.Matches(html, "<script[^>]*src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("_framework/blazor.web.js", scripts);
        Assert.Contains("_content/MudBlazor/MudBlazor.min.js", scripts);
        Assert.Contains("_content/MudBlazor/MudBlazor.min.css", styles);
        Assert.Contains("Anso.Secretariat.App.styles.css", styles);

        foreach (var (files, contentType) in new[] { (styles, "text/css"), (scripts, "text/javascript") })
            foreach (var file in files)
            {
                var response = await client.GetAsync("/" + file.TrimStart('/'));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file} answered {(int)response.StatusCode} {response.Headers.Location}");
                Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
            }
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(app.BaseUrl),
    };

    /// <summary>Posts the sign-in form as a browser would, with its antiforgery token.</summary>
    internal static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The sign-in form has no antiforgery token.");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }
}
