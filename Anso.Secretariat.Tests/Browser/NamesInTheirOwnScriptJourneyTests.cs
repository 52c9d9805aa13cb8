using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>Issue 15: an organization recorded with its name in its own script is found by part of that name.</summary>
[Collection(BrowserCollection.Name)]
public class NamesInTheirOwnScriptJourneyTests(AppFixture app)
{
    private const string Caas = "Chinese Academy of Agricultural Sciences";

    [Fact]
    public async Task A_staff_member_records_an_applicant_with_its_chinese_name_and_finds_it_by_part_of_that_name()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync("/applications/new");
        await page.GetByLabel(new Regex(@"^Organization name\*?$")).FillAsync(Caas);
        await page.GetByLabel("Name in its own script").FillAsync("中国农业科学院");
        await page.GetByLabel("Acronym").FillAsync("CAAS");
        await page.GetByLabel(new Regex(@"^Country\*?$")).TypeAndChooseAsync("China", "China");
        await page.GetByLabel(new Regex(@"^Category\*?$")).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("National Research Institutes and Agencies", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record application" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/applications/\d+$"));

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search", Exact = true });
        await box.FillAsync("科学院");
        await box.PressAsync("Enter");

        var organizations = page.GetByRole(AriaRole.Region, new() { Name = "Organizations" });
        var hit = organizations.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Caas });
        await Expect(hit).ToContainTextAsync("中国农业科学院");
        await Expect(organizations).ToContainTextAsync("中国科学院"); // the demo data's Chinese Academy of Sciences, found by the same part
        await page.ScreenshotAsync("search-native-names");

        await hit.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Caas);
        await Expect(page.Locator(".facts")).ToContainTextAsync("Name in its own script");
        await Expect(page.Locator(".facts")).ToContainTextAsync("中国农业科学院");
    }
}
