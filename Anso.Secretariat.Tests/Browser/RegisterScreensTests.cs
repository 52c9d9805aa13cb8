using System.Text;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>
/// The register's screens in a real browser: the dashboard, the organizations list and page, the search and the
/// downloads. /applications belongs to another screen: here it is checked by its address and visible text only.
/// </summary>
[Collection(BrowserCollection.Name)]
public class RegisterScreensTests(AppFixture app)
{
    [Fact]
    public async Task The_dashboard_shows_charts_and_every_number_opens_the_list_behind_it()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/");

        foreach (var chart in new[] { "Applications by state", "Members by category", "Members over time", "Members by region" })
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = chart })).ToBeVisibleAsync();
        var byState = page.GetByRole(AriaRole.Region, new() { Name = "Applications by state" });
        await Expect(byState.Locator("path.mud-chart-bar")).ToHaveCountAsync(11); // one bar per state
        await Expect(byState.GetByRole(AriaRole.Link, new() { Name = "Listed for GB" })).ToBeVisibleAsync();
        var meetings = page.GetByRole(AriaRole.Region, new() { Name = "Upcoming meetings" });
        await Expect(meetings).ToContainTextAsync("10th ANSO Governing Board (GB) Meeting");
        await Expect(meetings).ToContainTextAsync("Agenda not published");
        await Expect(meetings).ToContainTextAsync("endorsed but not yet listed for a GA");
        await page.ScreenshotAsync("dashboard");

        // A number under a chart opens its list, with as many organizations as it says.
        var universities = await FigureAsync(page, "members-by-category", "Universities");
        await universities.Link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?status=Member&category=\d+$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator(".subtitle")).ToContainTextAsync($"{universities.Count} organization");
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Category" })).ToHaveValueAsync("Universities");
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Status" })).ToHaveValueAsync("Members");

        // A slice of the ring opens the same list as its number.
        await page.OpenAsync("/");
        var categories = await page.Locator("[data-figures=members-by-category] a").AllAsync();
        var index = await IndexOfAsync(categories, "Universities");
        // The middle of a slice's box can fall in the ring's hole, so the click is sent to the slice itself.
        await page.GetByRole(AriaRole.Img, new() { Name = "Members by category" }).Locator("path.mud-chart-serie").Nth(index).DispatchEventAsync("click");
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?status=Member&category=\d+$"));

        // A bar opens the applications in its state; the list shows as many.
        await page.OpenAsync("/");
        var endorsed = await FigureAsync(page, "applications-by-state", "Endorsed");
        Assert.True(endorsed.Count > 0);
        var states = await page.Locator("[data-figures=applications-by-state] a").AllAsync();
        await byState.Locator("path.mud-chart-bar").Nth(await IndexOfAsync(states, "Endorsed")).DispatchEventAsync("click"); // a short bar lies under its value
        await Expect(page).ToHaveURLAsync(new Regex(@"/applications\?state=Endorsed$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Endorsed" })).ToHaveCountAsync(endorsed.Count);

        // A year of the table and a country of a region open their members.
        await page.OpenAsync("/");
        var byYear = page.Locator("[data-figures=members-over-time] a").First;
        await byYear.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?status=Member&admitted=\d{4}$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByText(new Regex(@"^Admitted in \d{4}$"))).ToBeVisibleAsync();

        await page.SetViewportSizeAsync(AppFixture.Phone.Width, AppFixture.Phone.Height);
        await page.OpenAsync("/");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Applications by state" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("dashboard-phone");
    }

    private static async Task<(ILocator Link, int Count)> FigureAsync(IPage page, string figures, string label)
    {
        var link = page.Locator($"[data-figures={figures}] a[data-label='{label}']");
        return (link, int.Parse((await link.GetAttributeAsync("data-count"))!));
    }

    private static async Task<int> IndexOfAsync(IReadOnlyList<ILocator> links, string label)
    {
        for (var i = 0; i < links.Count; i++)
            if (await links[i].GetAttributeAsync("data-label") == label) return i;
        throw new InvalidOperationException($"No figure {label}.");
    }

    [Fact]
    public async Task An_organization_page_shows_its_membership_history_and_its_details_are_edited_with_messages_next_to_the_fields()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/organizations");
        await page.GetByLabel("Search organization").FillAsync("serbian academy");
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?search=serbian%20academy$")); // the filter is in the address
        await page.GetByRole(AriaRole.Link, new() { Name = "Serbian Academy of Sciences and Arts" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations/\d+$"));
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Serbian Academy of Sciences and Arts");
        var history = page.GetByRole(AriaRole.Region, new() { Name = "Membership history" });
        await Expect(history).ToContainTextAsync("Endorsed at the 2nd GB");
        await Expect(history).ToContainTextAsync("Admitted as a full member at the 2nd GA");
        await Expect(history.GetByRole(AriaRole.Link, new() { Name = "2nd GA" }).First).ToHaveAttributeAsync("href", new Regex(@"^/meetings/\d+$"));
        await Expect(history.GetByRole(AriaRole.Link, new() { Name = "minutes" }).First).ToHaveAttributeAsync("href", new Regex(@"^/meetings/\d+/minutes\.pdf$"));
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Representatives" })).ToContainTextAsync("Nebojša Lalić");
        await page.ScreenshotAsync("organization-profile");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit details" }).ClickAsync();
        var email = page.GetByLabel("Contact email");
        var website = page.GetByLabel("Website");
        await email.FillAsync("not-an-address");
        await website.FillAsync("www.sanu.ac.rs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();

        // Each message sits under its field and describes it; the form says why nothing was saved.
        await Expect(page.Locator("#ContactEmail-error")).ToContainTextAsync("valid email address");
        await Expect(page.Locator("#Website-error")).ToContainTextAsync("http:// or https://");
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(email).ToHaveAccessibleDescriptionAsync(new Regex("valid email address"));
        await Expect(website).ToHaveAccessibleDescriptionAsync(new Regex("http:// or https://"));
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "correct the fields" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("organization-edit-errors");

        await email.FillAsync("office@sanu.ac.rs");
        await website.FillAsync("https://www.sanu.ac.rs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();
        await Expect(page.GetByText("The details were saved.")).ToBeVisibleAsync();
        var profile = page.GetByRole(AriaRole.Region, new() { Name = "Profile" });
        await Expect(profile).ToContainTextAsync("office@sanu.ac.rs");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save details" })).ToHaveCountAsync(0);

        var phone = await app.SignedInPageAsync(Roles.BoardMember, AppFixture.Phone);
        await phone.OpenAsync(new Uri(page.Url).PathAndQuery);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Serbian Academy of Sciences and Arts");
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Edit details" })).ToHaveCountAsync(0);
        await phone.ScreenshotAsync("organization-profile-phone-gb-member");
    }

    [Fact]
    public async Task An_unknown_organization_says_it_is_not_found()
    {
        var page = await app.SignedInPageAsync(Roles.Viewer);
        await page.OpenAsync("/organizations/987654");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is no organization no. 987654.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Back to the organizations" })).ToHaveAttributeAsync("href", "/organizations");
    }

    [Fact]
    public async Task The_search_box_in_the_top_bar_finds_organizations_applications_and_meetings()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/applications");

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search", Exact = true });
        await box.FillAsync("politecnica");
        await box.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=politecnica$"));
        var organizations = page.GetByRole(AriaRole.Region, new() { Name = "Organizations" });
        await Expect(organizations).ToContainTextAsync("Universitat Politècnica de Catalunya");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Applications" })).ToContainTextAsync("Universitat Politècnica de Catalunya");
        await page.ScreenshotAsync("search");

        await box.FillAsync("zzqx");
        await box.PressAsync("Enter");
        await Expect(page.GetByText("0 results for “zzqx”. Try part of a name")).ToBeVisibleAsync();
        await Expect(organizations).ToHaveCountAsync(0);

        await box.FillAsync("bangkok");
        await box.PressAsync("Enter");
        var meetings = page.GetByRole(AriaRole.Region, new() { Name = "Meetings" });
        await Expect(meetings).ToContainTextAsync("9th ANSO Governing Board (GB) Meeting");
        await meetings.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/meetings/\d+$"));

        // On a phone the top bar has a button to the search page, which has its own box.
        var phone = page;
        await phone.SetViewportSizeAsync(AppFixture.Phone.Width, AppFixture.Phone.Height);
        await phone.OpenAsync("/organizations");
        await phone.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex(@"/search$"));
        await phone.WaitForInteractiveAsync();
        var pageBox = phone.GetByRole(AriaRole.Searchbox, new() { Name = "Search for" });
        await pageBox.FillAsync("academy");
        await pageBox.PressAsync("Enter");
        await Expect(phone.GetByRole(AriaRole.Region, new() { Name = "Organizations" })).ToContainTextAsync("Serbian Academy of Sciences and Arts");
        await phone.ScreenshotAsync("search-phone");
    }

    [Fact]
    public async Task The_lists_download_as_filtered_and_the_register_as_a_PDF()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/organizations");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Status" }).ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Members", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Country").FillAsync("serbia");
        await page.Locator(".mud-popover-open").GetByText("Serbia", new() { Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?status=Member&country=RS$"));
        // The address changes before the grid has its new rows: wait until every row is a Serbian one.
        await Expect(page.Locator(".organizations-grid tbody tr").Filter(new() { HasNotText = "Serbia" })).ToHaveCountAsync(0);
        var shown = page.Locator(".subtitle");
        var rows = await page.Locator(".organizations-grid tbody tr").CountAsync();
        await Expect(shown).ToContainTextAsync(new Regex($@"^{rows} organizations? shown"));
        var count = int.Parse(Regex.Match(await shown.InnerTextAsync(), @"^\d+").Value);
        Assert.True(count > 0);
        await page.ScreenshotAsync("organizations-filtered");

        var register = await DownloadAsync(page);
        Assert.Matches(@"^anso-members-\d{4}-\d{2}-\d{2}\.csv$", register.Name); // only members are shown
        Assert.Equal(count + 1, register.Lines.Length); // the header and the rows on screen
        Assert.All(register.Lines.Skip(1), l => Assert.Contains(",Serbia,RS,Europe,", l));

        // The applications list's link carries its filter too (its own screen is tested with it).
        await page.OpenAsync("/applications?state=Admitted&country=RS");
        var applications = await DownloadAsync(page);
        Assert.Matches(@"^anso-applications-\d{4}-\d{2}-\d{2}\.csv$", applications.Name);
        Assert.Equal(3, applications.Lines.Length); // the header and the two admitted Serbian applications
        Assert.All(applications.Lines.Skip(1), l => Assert.Contains(",Serbia,RS,", l));

        foreach (var path in new[] { "/", "/organizations" })
        {
            await page.OpenAsync(path);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Register of members (PDF)" })).ToHaveAttributeAsync("href", "/members.pdf");
        }
        var pdf = await page.Context.APIRequest.GetAsync("/members.pdf");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));

        var phone = await app.SignedInPageAsync(Roles.Viewer, AppFixture.Phone);
        await phone.OpenAsync("/organizations?status=Member&region=Europe");
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Import" })).ToHaveCountAsync(0);
        await phone.ScreenshotAsync("organizations-phone-viewer");
    }

    /// <summary>Clicks Export CSV and reads the file: UTF-8 with a byte order mark.</summary>
    private static async Task<(string Name, string[] Lines)> DownloadAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return (download.SuggestedFilename, Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
