using System.Text;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class RegisterScreensTests(AppFixture app)
{
    [Fact]
    public async Task The_dashboard_shows_charts_and_every_number_opens_the_list_behind_it()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/");

        await Expect(page.Locator(".rz-chart")).ToHaveCountAsync(4);
        await Expect(page.Locator(".chart-applications")).ToContainTextAsync("Listed for GB"); // the bars' axis labels
        await Expect(page.Locator(".meeting-list")).ToContainTextAsync("10th ANSO Governing Board (GB) Meeting");
        await Expect(page.Locator(".meeting-list")).ToContainTextAsync("Agenda not published");
        await Expect(page.Locator(".meeting-list")).ToContainTextAsync("endorsed but not yet listed for a GA");
        await page.ScreenshotAsync("dashboard");

        await OpenFigureAsync(page, "members-by-category", "Universities", @"/organizations\?status=Member&category=\d+$", ".organizations-grid");
        await Expect(page.Locator("#org-category")).ToHaveValueAsync(new Regex(@"^\d+$"));
        await page.OpenAsync("/");
        await OpenFigureAsync(page, "applications-by-state", "Endorsed", @"/applications\?state=Endorsed$", ".applications-grid");
    }

    /// <summary>Clicks a number on the dashboard and checks that the list it opens has as many rows.</summary>
    private static async Task OpenFigureAsync(IPage page, string figures, string label, string url, string grid)
    {
        var figure = page.Locator($"[data-figures={figures}] a[data-label='{label}']");
        var count = int.Parse((await figure.GetAttributeAsync("data-count"))!);
        await figure.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(url));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator($"{grid} tbody tr")).ToHaveCountAsync(count);
    }

    [Fact]
    public async Task An_organization_page_shows_its_membership_history_and_its_details_are_edited_with_messages_next_to_the_fields()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/organizations");
        await page.GetByLabel("Search organization").FillAsync("serbian academy");
        await page.GetByRole(AriaRole.Link, new() { Name = "Serbian Academy of Sciences and Arts" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations/\d+$"));
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Serbian Academy of Sciences and Arts");
        var history = page.Locator(".membership-steps");
        await Expect(history).ToContainTextAsync("Endorsed at the 2nd GB");
        await Expect(history).ToContainTextAsync("Admitted as a full member at the 2nd GA");
        await Expect(history.GetByRole(AriaRole.Link, new() { Name = "2nd GA" }).First).ToHaveAttributeAsync("href", new Regex(@"^/meetings/\d+$"));
        await Expect(history.GetByRole(AriaRole.Link, new() { Name = "minutes" }).First).ToHaveAttributeAsync("href", new Regex(@"^/meetings/\d+/minutes\.pdf$"));
        await Expect(page.Locator(".representatives")).ToContainTextAsync("Nebojša Lalić");
        await page.ScreenshotAsync("organization-profile");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit details" }).ClickAsync();
        await page.GetByLabel("Contact email").FillAsync("not-an-address");
        await page.GetByLabel("Website").FillAsync("www.sanu.ac.rs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();
        await Expect(page.Locator("#ContactEmail-error")).ToContainTextAsync("valid email address");
        await Expect(page.Locator("#Website-error")).ToContainTextAsync("http:// or https://");
        await Expect(page.GetByLabel("Contact email")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.ScreenshotAsync("organization-edit-errors");

        await page.GetByLabel("Contact email").FillAsync("office@sanu.ac.rs");
        await page.GetByLabel("Website").FillAsync("https://www.sanu.ac.rs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("The details were saved.");
        await Expect(page.Locator(".facts")).ToContainTextAsync("office@sanu.ac.rs");
    }

    [Fact]
    public async Task An_unknown_organization_says_it_is_not_found()
    {
        var page = await app.SignedInPageAsync(Roles.Viewer);
        await page.OpenAsync("/organizations/987654");

        await Expect(page.Locator(".not-found")).ToContainTextAsync("There is no organization no. 987654.");
    }

    [Fact]
    public async Task The_search_box_in_the_top_bar_finds_organizations_applications_and_meetings()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/applications");

        var box = page.GetByLabel("Find organizations, applications and meetings");
        await box.FillAsync("politecnica");
        await box.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=politecnica$"));
        var organizations = page.Locator("section[aria-label=Organizations]");
        await Expect(organizations).ToContainTextAsync("Universitat Politècnica de Catalunya");
        await Expect(page.Locator("section[aria-label=Applications]")).ToContainTextAsync("Universitat Politècnica de Catalunya");
        await page.ScreenshotAsync("search");

        await box.FillAsync("bangkok");
        await box.PressAsync("Enter");
        await Expect(page.Locator("section[aria-label=Meetings]")).ToContainTextAsync("9th ANSO Governing Board (GB) Meeting");
        await organizations.Or(page.Locator("section[aria-label=Meetings]")).First.WaitForAsync();
        await page.Locator("section[aria-label=Meetings]").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/meetings/\d+$"));
    }

    [Fact]
    public async Task The_applications_list_downloads_as_filtered_and_the_register_as_a_PDF()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/applications?state=Admitted");
        await page.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "Serbia" });
        await Expect(page.Locator(".applications-grid tbody tr")).ToHaveCountAsync(2);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());

        Assert.Matches(@"^anso-applications-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // the header and the two rows on screen
        Assert.All(lines.Skip(1), l => Assert.Contains(",Serbia,RS,", l));

        var pdf = await page.Context.APIRequest.GetAsync("/members.pdf");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
    }
}
