using System.Net;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

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
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
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

    [Fact]
    public async Task A_viewer_is_not_allowed_on_the_administrators_page()
    {
        using var client = Client();
        await SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Viewer], app.Passwords[Roles.Viewer]);
        var refused = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery);
        var html = await client.GetStringAsync(refused.Headers.Location);
        Assert.Contains("Not allowed", html);
        Assert.DoesNotContain("Create account", html);
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
