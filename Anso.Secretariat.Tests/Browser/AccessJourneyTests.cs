using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Position = Anso.Secretariat.Domain.Applications.Position;
using ReviewPosition = Anso.Secretariat.Domain.Applications.ReviewPosition;
using Anso.Secretariat.App.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

public class FirstRunTests(FirstRunAppFixture app) : IClassFixture<FirstRunAppFixture>
{
    [Fact]
    public async Task The_first_visitor_creates_the_administrator_and_then_setup_is_gone()
    {
        // Before any account exists, the setup page's scripts and styles still reach a signed-out browser.
        await HttpAccessTests.AssertScriptsAndStylesServedSignedOutAsync(app.BaseUrl, "/setup");

        var page = await app.NewPageAsync();
        var consoleErrors = ConsoleErrors.Of(page);
        await page.GotoAsync("/applications");
        await Expect(page).ToHaveURLAsync(new Regex("/setup$"));
        await page.ScreenshotAsync("setup");
        var phone = await app.NewPageAsync(AppFixture.Phone);
        await phone.GotoAsync("/setup");
        await phone.ScreenshotAsync("setup-phone");

        await page.GetByLabel("Your name").FillAsync("Annamária Szabó");
        await page.GetByLabel("Email").FillAsync("admin@anso.example");
        await page.GetByLabel("Password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Expect(FieldOf(page, "Password")).ToContainTextAsync("at least 10 characters");
        await Expect(page.GetByLabel("Your name")).ToHaveValueAsync("Annamária Szabó"); // what was typed stays
        await page.ScreenshotAsync("setup-refused");

        await page.GetByLabel("Password").FillAsync("A-first-admin-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Annamária Szabó");
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Administrator");
        Assert.Empty(consoleErrors);

        // Gone for good: a 404 (which the browser's console reports as such).

        await page.GotoAsync("/setup");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Setup is finished.")).ToBeVisibleAsync();
    }

    /// <summary>The MudBlazor control around the input labelled <paramref name="label"/>: its message sits under it.</summary>
    internal static ILocator FieldOf(IPage page, string label) =>
        page.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel(label, new() { Exact = true }) });
}

[Collection(BrowserCollection.Name)]
public class AccessJourneyTests(AppFixture app)
{
    [Fact]
    public async Task A_GB_member_created_by_the_administrator_reviews_two_applications_and_the_secretariat_sees_the_tally()
    {
        // The administrator creates a GB member account for a GB member organization.
        var admin = await app.SignedInPageAsync(Roles.Administrator);
        await admin.OpenAsync("/admin/users");
        var email = $"nebojsa.{Guid.NewGuid():N}"[..16] + "@anso.example";
        const string password = "Positions-2026-GB";
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Nebojša Lalić");
        await admin.GetByLabel("Email").FillAsync(email);
        await admin.GetByLabel("Initial password").FillAsync(password);
        await ChooseAsync(admin, "Role", "GB member");
        var organizationName = await ChooseFirstAsync(admin, "GB member organization");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(admin.GetByText($"Account created for {email}.")).ToBeVisibleAsync();
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
        await Expect(row).ToContainTextAsync("GB member");
        await Expect(row).ToContainTextAsync(organizationName);
        await admin.ScreenshotAsync("admin-users");
        await row.GetByRole(AriaRole.Button, new() { Name = "Change role" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Dialog)).ToContainTextAsync("is now GB member");
        await Expect(admin.GetByRole(AriaRole.Dialog).GetByLabel("GB member organization")).ToHaveValueAsync(organizationName);
        await admin.ScreenshotAsync("admin-users-change-role");
        await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        var adminPhone = await app.SignedInPageAsync(Roles.Administrator, AppFixture.Phone);
        await adminPhone.OpenAsync("/admin/users");
        await adminPhone.ScreenshotAsync("admin-users-phone");

        // The GB member records positions on two applications of the next GB meeting's list.
        var member = await app.SignedInPageAsync(email, password);
        await member.OpenAsync("/review");
        var save = member.GetByRole(AriaRole.Button, new() { Name = "Save position" });
        Assert.True(await save.CountAsync() >= 2, "The demo data lists at least two applications for the next GB meeting.");
        var first = PositionFormOf(save.Nth(0));
        await first.GetByLabel("Support").CheckAsync();
        await first.GetByLabel("Comment (optional)").FillAsync("Strong research record.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save position" }).ClickAsync();
        await Expect(member.GetByText(new Regex("Recorded: Support"))).ToBeVisibleAsync();

        var second = PositionFormOf(save.Nth(1));
        await second.GetByLabel("Object").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Save position" }).ClickAsync();
        await Expect(member.GetByText(new Regex("Recorded: Object"))).ToBeVisibleAsync();
        await member.ScreenshotAsync("review");
        var (supported, objected) = await PositionsOfAsync("Nebojša Lalić");

        // The GB member finds no button that changes an application.
        await member.OpenAsync($"/applications/{supported}");
        await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(member.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Withdraw|Endorse|List for|Start review|Request information|Close|Save details|Upload|Attach", RegexOptions.IgnoreCase) }))
            .ToHaveCountAsync(0);
        await Expect(member.Locator("input[type=file]")).ToHaveCountAsync(0);
        await member.OpenAsync("/applications");
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "New application" })).ToHaveCountAsync(0);
        await Expect(member.GetByRole(AriaRole.Button, new() { Name = "New application" })).ToHaveCountAsync(0);

        // The secretariat sees the tally and the comments.
        var secretariat = await app.SignedInPageAsync(Roles.Secretariat);
        await secretariat.OpenAsync($"/applications/{supported}");
        var main = secretariat.GetByRole(AriaRole.Main);
        await Expect(main).ToContainTextAsync("1 support");
        await Expect(main).ToContainTextAsync("Nebojša Lalić");
        await Expect(main).ToContainTextAsync("Strong research record.");
        await secretariat.ScreenshotAsync("applications-details-tally");
        await secretariat.OpenAsync($"/applications/{objected}");
        await Expect(secretariat.GetByRole(AriaRole.Main)).ToContainTextAsync("1 object");
    }

    [Fact]
    public async Task A_user_changes_their_password_and_meets_not_allowed_and_not_found_pages()
    {
        var email = $"officer-{Guid.NewGuid():N}"[..20] + "@anso.example";
        const string first = "First-password-2026";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, DisplayName = "Password Changer" };
            Assert.True((await users.CreateAsync(user, first)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Viewer);
        }
        var page = await app.SignedInPageAsync(email, first);

        // A viewer is not allowed on the administrators' page, and an unknown address is not found.
        await page.OpenAsync("/admin/users");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create account" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("access-denied");
        await page.OpenAsync("/nowhere-at-all");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
        await Expect(page.GetByText("There is no page at this address.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("not-found");

        // The password form is a real form post: the wrong current password is refused under its field.
        await page.OpenAsync("/");
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Password" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/password$"));
        await page.GetByLabel("Current password").FillAsync("Not-the-password-1");
        await page.GetByLabel("New password").FillAsync("Second-password-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(FirstRunTests.FieldOf(page, "Current password")).ToContainTextAsync("Incorrect password.");
        await page.ScreenshotAsync("change-password-refused");

        await page.GetByLabel("Current password").FillAsync(first);
        await page.GetByLabel("New password").FillAsync("second-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(FirstRunTests.FieldOf(page, "New password")).ToContainTextAsync("uppercase");

        await page.GetByLabel("Current password").FillAsync(first);
        await page.GetByLabel("New password").FillAsync("Second-password-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password was changed.");
        await page.ScreenshotAsync("change-password-done");
        var phone = await app.SignedInPageAsync(email, "Second-password-2026", AppFixture.Phone);
        await phone.GotoAsync("/account/password");
        await phone.ScreenshotAsync("change-password-phone");
    }

    /// <summary>The nearest element around a Save position button that holds the position's choices.</summary>
    private static ILocator PositionFormOf(ILocator saveButton) =>
        saveButton.Locator("xpath=ancestor::*[.//input[@type='radio']][1]");

    /// <summary>Which applications the reviewer supported and objected to, as recorded.</summary>
    private async Task<(int Supported, int Objected)> PositionsOfAsync(string reviewer)
    {
        List<ReviewPosition> positions = [];
        await app.WithDatabaseAsync(async db => positions = await db.ReviewPositions.Where(p => p.ReviewerName == reviewer).ToListAsync());
        return (positions.Single(p => p.Position == Position.Support).ApplicationId, positions.Single(p => p.Position == Position.Object).ApplicationId);
    }

    /// <summary>Picks an option of a MudSelect: a click opens its list in a popover.</summary>
    internal static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(option, new() { Exact = true }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>Picks the first option of a MudSelect and says which it was.</summary>
    private static async Task<string> ChooseFirstAsync(IPage page, string label)
    {
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        var option = page.Locator(".mud-popover-open .mud-list-item").First;
        var text = (await option.InnerTextAsync()).Trim();
        await option.ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        return text;
    }
}

/// <summary>Console errors and uncaught script errors of a page, such as "Unexpected token '&lt;'" when a script was answered with HTML.</summary>
internal static class ConsoleErrors
{
    public static List<string> Of(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add(message.Text); };
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };
        return errors;
    }
}
