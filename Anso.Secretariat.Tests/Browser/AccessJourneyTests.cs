using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

public class FirstRunTests(FirstRunAppFixture app) : IClassFixture<FirstRunAppFixture>
{
    [Fact]
    public async Task The_first_visitor_creates_the_administrator_and_then_setup_is_gone()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/applications");
        await Expect(page).ToHaveURLAsync(new Regex("/setup$"));
        await page.ScreenshotAsync("setup");

        await page.GetByLabel("Your name").FillAsync("Annamária Szabó");
        await page.GetByLabel("Email").FillAsync("admin@anso.example");
        await page.GetByLabel("Password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Expect(page.Locator("#Password-error")).ToContainTextAsync("at least 10 characters");

        await page.GetByLabel("Password").FillAsync("A-first-admin-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator(".user-menu")).ToContainTextAsync("Annamária Szabó");
        await Expect(page.Locator(".user-menu")).ToContainTextAsync("Administrator");

        await page.GotoAsync("/setup");
        await Expect(page.Locator(".not-found")).ToContainTextAsync("Setup is finished");
    }
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
        await admin.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "GB member" });
        var organization = admin.GetByLabel("GB member organization");
        await Expect(organization).ToBeVisibleAsync();
        var organizationName = (await organization.Locator("option").Nth(1).TextContentAsync())!;
        await organization.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await admin.ScreenshotAsync("admin-users-after-create");
        await Expect(admin.Locator(".alert-ok")).ToContainTextAsync("Account created");
        var row = admin.Locator(".users-grid tbody tr").Filter(new() { HasText = email });
        await Expect(row).ToContainTextAsync("GB member");
        await Expect(row).ToContainTextAsync(organizationName);
        await admin.ScreenshotAsync("admin-users");

        // The GB member records positions on two applications of the next GB meeting's list.
        var member = await app.SignedInPageAsync(email, password);
        await member.OpenAsync("/review");
        var items = member.Locator("article.review-item");
        Assert.True(await items.CountAsync() >= 2, "The demo data lists at least two applications for the next GB meeting.");
        var first = items.Nth(0);
        var second = items.Nth(1);
        var firstId = await first.GetAttributeAsync("data-application");
        var secondId = await second.GetAttributeAsync("data-application");

        await first.GetByLabel("Support").CheckAsync();
        await first.GetByLabel("Comment (optional)").FillAsync("Strong research record.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save position" }).ClickAsync();
        await Expect(first.Locator(".saved-position")).ToContainTextAsync("Recorded: Support");

        await second.GetByLabel("Object").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Save position" }).ClickAsync();
        await Expect(second.Locator(".saved-position")).ToContainTextAsync("Recorded: Object");
        await member.ScreenshotAsync("review");

        // The GB member finds no button that changes an application.
        await member.OpenAsync($"/applications/{firstId}");
        await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(member.Locator(".actions-bar")).ToHaveCountAsync(0);
        await Expect(member.GetByRole(AriaRole.Button, new() { Name = "Save details" })).ToHaveCountAsync(0);
        await Expect(member.Locator("input[type=file]")).ToHaveCountAsync(0);
        await member.OpenAsync("/applications");
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "New application" })).ToHaveCountAsync(0);

        // The secretariat sees the tally and the comments.
        var secretariat = await app.SignedInPageAsync(Roles.Secretariat);
        await secretariat.OpenAsync($"/applications/{firstId}");
        var positions = secretariat.Locator(".gb-positions");
        await Expect(positions.Locator(".tally")).ToContainTextAsync("1 support");
        await Expect(positions).ToContainTextAsync("Nebojša Lalić");
        await Expect(positions).ToContainTextAsync("Strong research record.");
        await secretariat.ScreenshotAsync("applications-details-tally");
        await secretariat.OpenAsync($"/applications/{secondId}");
        await Expect(secretariat.Locator(".gb-positions .tally")).ToContainTextAsync("1 object");
    }
}
