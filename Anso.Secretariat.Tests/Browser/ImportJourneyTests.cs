using System.Text;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
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

    private const string OrganizationColumns = "Name,Acronym,Country,Category,Status,Membership type,Member since,Founding member,GB member";

    private async Task<int> MembersAsync()
    {
        var count = 0;
        await app.WithDatabaseAsync(async db => count = await db.Organizations.CountAsync(o => o.Status == OrganizationStatus.Member));
        return count;
    }

    private static ILocator Summary(IPage page) => page.GetByRole(AriaRole.Group, new() { Name = "Rows in the file" });

    private static ILocator PreviewRows(IPage page) => page.GetByRole(AriaRole.Table, new() { Name = "Rows of the file" }).Locator("tbody tr");

    [Fact]
    public async Task A_staff_member_imports_a_file_checks_the_preview_confirms_and_finds_the_organizations_in_the_register_and_on_the_dashboard()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        var membersBefore = await MembersAsync();

        await page.OpenAsync("/import");
        await page.GetByLabel("Organizations (the register)").CheckAsync();
        await page.GetByLabel("CSV file").SetInputFilesAsync(Csv("members-2025.csv", OrganizationColumns,
            "Háskóli Íslands,HÍ,Iceland,Universities,Member,Full,2025-10-30,no,no",
            "The University of the South Pacific,USP,Fiji,Universities,Member,Provisional,2025-10-30,no,no",
            "Rannsóknamiðstöð Íslands,Rannís,IS,National Research Institutes and Agencies,Applicant,,,,"));

        await Expect(Summary(page)).ToContainTextAsync("3 new");
        await Expect(Summary(page)).ToContainTextAsync("0 with errors");
        await Expect(PreviewRows(page)).ToHaveCountAsync(3);
        await Expect(PreviewRows(page).First).ToContainTextAsync("Háskóli Íslands (Iceland)");
        Assert.Equal(membersBefore, await MembersAsync()); // nothing written before the confirmation
        await page.ScreenshotAsync("import-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 organizations" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Imported 3 organizations from members-2025.csv");
        await page.ScreenshotAsync("import-done");

        await page.OpenAsync("/organizations?country=IS");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Háskóli Íslands" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Iceland");
        await Expect(row).ToContainTextAsync("Full member");
        await page.ScreenshotAsync("organizations-after-import");

        // Two of the three became members (the third is an applicant); the dashboard counts them and links their countries.
        var membersAfter = await MembersAsync();
        Assert.Equal(membersBefore + 2, membersAfter);
        await page.OpenAsync("/");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(new Regex($@"\b{membersAfter}\s*member organizations"));
        await Expect(page.Locator("a[href*='country=FJ']").First).ToBeVisibleAsync();
        await Expect(page.Locator("a[href*='country=IS']").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("dashboard-after-import");

        // The same file again adds nothing.
        await page.OpenAsync("/import");
        await page.GetByLabel("CSV file").SetInputFilesAsync(Csv("members-2025.csv", OrganizationColumns,
            "HASKOLI ISLANDS,HÍ,IS,Universities,Member,Full,2025-10-30,no,no"));
        await Expect(Summary(page)).ToContainTextAsync("1 already recorded");
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

        await Expect(Summary(page)).ToContainTextAsync("1 with errors");
        var bad = PreviewRows(page).Filter(new() { HasText = "Universidad de Chile" });
        await Expect(bad.Locator("td").First).ToHaveTextAsync("3"); // the row, as a spreadsheet numbers it
        await Expect(bad).ToContainTextAsync("GB meeting: There is no 42nd GB meeting; record the meeting first.");
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import") })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("import-preview-errors");

        var phone = await app.SignedInPageAsync(Roles.Secretariat, AppFixture.Phone);
        await phone.OpenAsync("/import");
        await phone.GetByLabel("Applications, with their state").CheckAsync();
        await phone.GetByLabel("CSV file").SetInputFilesAsync(Csv("applications.csv",
            "Organization,Country,Category,State,Received,GB meeting,GA meeting",
            "Universidad de Chile,Chile,Universities,Endorsed,2019-05-01,42nd GB,"));
        await Expect(Summary(phone)).ToContainTextAsync("1 with errors");
        await phone.ScreenshotAsync("import-preview-errors-phone");
    }
}
