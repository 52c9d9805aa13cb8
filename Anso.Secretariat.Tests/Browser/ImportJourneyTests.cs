using System.Text;
using Anso.Secretariat.App.Features.Account;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ImportJourneyTests(AppFixture app)
{
    private static FilePayload Csv(string name, params string[] lines) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")],
    };

    private static async Task<int> MembersOnDashboardAsync(IPage page)
    {
        await page.OpenAsync("/");
        return int.Parse(await page.Locator("[data-figure=members] strong").InnerTextAsync());
    }

    [Fact]
    public async Task A_staff_member_imports_a_file_checks_the_preview_confirms_and_finds_the_organizations_in_the_register_and_on_the_dashboard()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        var membersBefore = await MembersOnDashboardAsync(page);

        await page.OpenAsync("/import");
        await page.GetByLabel("Organizations (the register)").CheckAsync();
        await page.GetByLabel("CSV file").SetInputFilesAsync(Csv("members-2025.csv",
            "Name,Acronym,Country,Category,Status,Membership type,Member since,Founding member,GB member",
            "Háskóli Íslands,HÍ,Iceland,Universities,Member,Full,2025-10-30,no,no",
            "The University of the South Pacific,USP,Fiji,Universities,Member,Provisional,2025-10-30,no,no",
            "Rannsóknamiðstöð Íslands,Rannís,IS,National Research Institutes and Agencies,Applicant,,,,"));

        var preview = page.Locator(".preview-summary");
        await Expect(preview).ToContainTextAsync("3 new");
        await Expect(preview).ToContainTextAsync("0 with errors");
        await Expect(page.Locator(".preview-grid tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator(".preview-grid")).ToContainTextAsync("Háskóli Íslands (Iceland)");
        await page.ScreenshotAsync("import-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 organizations" }).ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("Imported 3 organizations from members-2025.csv");
        await page.ScreenshotAsync("import-done");

        await page.OpenAsync("/organizations");
        await page.GetByLabel("Search organization").FillAsync("haskoli islands");
        var row = page.Locator(".organizations-grid tbody tr").Filter(new() { HasText = "Háskóli Íslands" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Iceland");
        await Expect(row).ToContainTextAsync("Full member");
        await page.ScreenshotAsync("organizations-after-import");

        Assert.Equal(membersBefore + 2, await MembersOnDashboardAsync(page));
        var oceania = page.Locator(".region[data-region=Oceania]");
        await Expect(oceania.Locator("a[data-label=Fiji]")).ToHaveAttributeAsync("data-count", "1");
        await Expect(page.Locator("a[data-label=Iceland]")).ToHaveAttributeAsync("data-count", "1");
        await page.ScreenshotAsync("dashboard-after-import");

        // The same file again adds nothing.
        await page.OpenAsync("/import");
        await page.GetByLabel("CSV file").SetInputFilesAsync(Csv("members-2025.csv",
            "Name,Acronym,Country,Category,Status,Membership type,Member since,Founding member,GB member",
            "HASKOLI ISLANDS,HÍ,IS,Universities,Member,Full,2025-10-30,no,no"));
        await Expect(page.Locator(".preview-summary")).ToContainTextAsync("1 already recorded");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import 0 organizations" })).ToBeDisabledAsync();
    }

    [Fact]
    public async Task A_file_with_a_bad_row_shows_the_row_and_its_error_and_cannot_be_imported()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/import");
        await page.GetByLabel("Applications, with their state").CheckAsync();

        await page.GetByLabel("CSV file").SetInputFilesAsync(Csv("applications.csv",
            "Organization,Country,Category,State,Received,GB meeting,GA meeting",
            "University of Iceland Hospital,Iceland,Universities,Received,2026-01-05,,",
            "Universidad de Chile,Chile,Universities,Endorsed,2019-05-01,42nd GB,"));

        await Expect(page.Locator(".preview-summary")).ToContainTextAsync("1 with errors");
        var bad = page.Locator(".preview-grid tbody tr").Filter(new() { HasText = "Universidad de Chile" });
        await Expect(bad.Locator("td").First).ToHaveTextAsync("3"); // the row, as a spreadsheet numbers it
        await Expect(bad).ToContainTextAsync("GB meeting: There is no 42nd GB meeting; record the meeting first.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import 1 application" })).ToBeDisabledAsync();
        await page.ScreenshotAsync("import-preview-errors");
    }
}
