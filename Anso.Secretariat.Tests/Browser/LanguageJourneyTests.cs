using System.Text.RegularExpressions;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class LanguageJourneyTests(AppFixture app)
{
    [Fact]
    public async Task A_user_chooses_Chinese_in_the_app_bar_and_finds_it_again_after_signing_out_and_in_on_any_browser()
    {
        var (email, password) = await NewAccountAsync();
        var page = await app.NewPageAsync();
        var consoleErrors = ConsoleErrors.Of(page);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav).ToContainTextAsync("Applications");

        // 中文 in the app bar: the same page comes back in Chinese.
        await page.OpenAsync("/meetings");
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/meetings$"));
        await page.WaitForInteractiveAsync();
        nav = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        await Expect(nav).ToContainTextAsync("入会申请");
        await page.OpenAsync("/");
        await Expect(nav).ToContainTextAsync("概览");
        await Expect(nav).ToContainTextAsync("会议");
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "中文" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await page.ScreenshotAsync("language-dashboard-chinese");

        // Signed out, this browser still reads Chinese (the cookie); signed in again, so does the account.
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登录" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("language-sign-in-chinese");
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })).ToContainTextAsync("入会申请");

        // Another browser, with no cookie and an English Accept-Language: English until signed in, then the account's Chinese.
        var other = await app.NewPageAsync();
        await other.GotoAsync("/account/login");
        await other.GetByLabel("Email").FillAsync(email);
        await other.GetByLabel("Password").FillAsync(password);
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await other.WaitForInteractiveAsync();
        await Expect(other.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })).ToContainTextAsync("入会申请");

        await other.SetViewportSizeAsync(AppFixture.Phone.Width, AppFixture.Phone.Height);
        await other.ScreenshotAsync("language-dashboard-chinese-phone");
        await other.SetViewportSizeAsync(AppFixture.Laptop.Width, AppFixture.Laptop.Height); // the drawer folds away on a phone

        // And back to English, for this account and browser.
        await other.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await other.WaitForInteractiveAsync();
        await Expect(other.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToContainTextAsync("Applications");
        Assert.Empty(consoleErrors);
    }

    private async Task<(string Email, string Password)> NewAccountAsync()
    {
        var email = $"journey-{Guid.NewGuid():N}@anso.example";
        var password = $"Right-{Guid.NewGuid():N}";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Lǐ Wěi" };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Secretariat);
        return (email, password);
    }
}
