using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class BulkListingJourneyTests(AppFixture app)
{
    [Fact]
    public async Task The_secretariat_ticks_two_applications_and_lists_them_for_a_GB_meeting_in_one_step()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3);
        await app.WithDatabaseAsync(async db =>
        {
            db.Meetings.Add(new Meeting(MeetingBody.GoverningBoard, 95, day, day, new Venue(null, "Tashkent", "UZ"), MeetingMode.Hybrid));
            var category = (await db.Categories.FirstAsync(c => c.Name == "Universities")).Id;
            foreach (var name in new[] { "Bulkova University of Samarkand", "Bulkova University of Bukhara" })
            {
                var application = new MembershipApplication(new Organization(name, "UZ", category), day.AddYears(-3), new Actor("Li Wei", DateTimeOffset.UtcNow));
                application.StartReview(new Actor("Li Wei", DateTimeOffset.UtcNow));
                db.Applications.Add(application);
            }
            await db.SaveChangesAsync();
        });
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync("/applications?search=Bulkova");
        var rows = page.Locator(".applications-grid tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        foreach (var row in await rows.AllAsync()) await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "List for GB meeting… (2)" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Bulkova University of Bukhara");
        await Expect(dialog).ToContainTextAsync("Bulkova University of Samarkand");
        await dialog.GetByLabel("GB meeting").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("95th ANSO Governing Board") }).ClickAsync();
        await page.ScreenshotAsync("applications-list-for-gb");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "List 2 applications" }).ClickAsync();

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("2 applications listed for the 95th GB.");
        await Expect(rows.Filter(new() { HasText = "95th GB" })).ToHaveCountAsync(2);
    }
}
