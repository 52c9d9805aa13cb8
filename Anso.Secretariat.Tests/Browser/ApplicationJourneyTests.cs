using Anso.Secretariat.Tests.Support;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ApplicationJourneyTests(AppFixture app)
{
    [Fact]
    public async Task A_staff_member_takes_an_application_from_receipt_to_provisional_membership()
    {
        await PlanMeetingsAsync(boardNumber: 98, assemblyNumber: 97);
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync("/applications/new");
        await Input(page, "Organization name").FillAsync("Université Abdou Moumouni de Niamey");
        await page.GetByLabel("Acronym").FillAsync("UAM");
        await Input(page, "Country").TypeAndChooseAsync("Niger", "Niger");
        await PickAsync(page, "Category", "Universities");
        await page.GetByLabel("Contact email").FillAsync("rectorat@uam.example");
        await page.ScreenshotAsync("applications-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record application" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/applications/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Université Abdou Moumouni de Niamey");
        await Expect(StateOf(page)).ToHaveTextAsync("Received");

        // An illegal step is not offered: nothing can be endorsed before it is reviewed and listed.
        var steps = page.GetByRole(AriaRole.Region, new() { Name = "Next steps" });
        await Expect(steps.GetByRole(AriaRole.Button, new() { Name = "Record GB endorsement" })).ToHaveCountAsync(0);
        await Expect(steps.GetByRole(AriaRole.Button)).ToHaveTextAsync(["Start review", "Withdraw"]);

        await StepAsync(page, "Start review");
        await Expect(StateOf(page)).ToHaveTextAsync("Under review");

        // Supporting documents: a PDF is attached; a file that is not one is refused, with its reason.
        await page.Locator("input[type=file]").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "letter-of-intent.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf },
            new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "minutes of a meeting"u8.ToArray() },
        });
        var documents = page.GetByRole(AriaRole.Region, new() { Name = "Supporting documents" });
        await Expect(documents.GetByRole(AriaRole.Link, new() { Name = "letter-of-intent.pdf" })).ToBeVisibleAsync();
        await Expect(documents.GetByRole(AriaRole.Alert)).ToContainTextAsync("notes.txt is not a PDF or an image");

        await StepAsync(page, "List for GB meeting", meeting: "98th ANSO Governing Board (GB) Meeting");
        await Expect(page.Locator(".page-head")).ToContainTextAsync("on the list of the 98th ANSO Governing Board (GB) Meeting");
        await page.ScreenshotAsync("applications-details-listed");

        await StepAsync(page, "Record GB endorsement", note: "Endorsed unanimously");
        await Expect(StateOf(page)).ToHaveTextAsync("Endorsed");

        await StepAsync(page, "List for GA meeting", meeting: "97th ANSO General Assembly (GA)");
        await Expect(page.Locator(".page-head")).ToContainTextAsync("97th ANSO General Assembly (GA)");

        await StepAsync(page, "Record GA admission (provisional member)");
        await Expect(StateOf(page)).ToHaveTextAsync("Admitted");
        await Expect(steps).ToContainTextAsync("No further step is possible");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Details" })).ToContainTextAsync("Provisional member since");

        // The history names every step, who took it and the meeting that decided it.
        var history = page.GetByRole(AriaRole.Region, new() { Name = "History" });
        var entries = history.Locator(".history-step");
        await Expect(entries).ToHaveCountAsync(6);
        await Expect(entries.First).ToContainTextAsync("97th ANSO General Assembly (GA)");
        await Expect(entries.First).ToContainTextAsync("by " + SignedInName);
        await Expect(history).ToContainTextAsync("Endorsed unanimously");
        await page.ScreenshotAsync("applications-details-admitted");

        // The register (another screen) now counts it as a provisional member.
        await page.OpenAsync("/organizations");
        await page.GetByLabel("Search organization").FillAsync("universite abdou");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Université Abdou Moumouni de Niamey" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Provisional member");
        await Expect(row).ToContainTextAsync("Niger");
    }

    [Fact]
    public async Task Validation_messages_appear_next_to_their_fields()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/applications/new");
        await page.GetByLabel("Contact email").FillAsync("not-an-address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record application" }).ClickAsync();

        await Expect(FieldOf(page, "Contact email")).ToContainTextAsync("valid email address");
        await Expect(FieldOf(page, "Organization name")).ToContainTextAsync("Enter the organization's name");
        await Expect(FieldOf(page, "Country")).ToContainTextAsync("Choose a country");
        await Expect(FieldOf(page, "Category")).ToContainTextAsync("Choose a category");
        await Expect(FieldOf(page, "Acronym")).Not.ToContainTextAsync("Enter");
        await Expect(page.GetByLabel("Contact email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The application was not saved. Correct the fields marked below.");
        await page.ScreenshotAsync("applications-new-invalid");
        // Nothing was saved: still on the form, with what was typed.
        await Expect(page).ToHaveURLAsync(new Regex("/applications/new$"));
        await Expect(page.GetByLabel("Contact email")).ToHaveValueAsync("not-an-address");
    }

    [Fact]
    public async Task An_unknown_application_gives_a_not_found_page()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        var response = await page.GotoAsync("/applications/987654");
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
        await Expect(page.Locator(".not-found")).ToContainTextAsync("no application no. 987654");

        var unknownRoute = await page.GotoAsync("/no-such-screen");
        Assert.Equal(404, unknownRoute!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_applications_list_filters_and_counts_by_state_and_keeps_the_filter_in_the_address()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/applications");
        var rows = page.Locator(".applications-grid tbody tr");
        await Expect(rows.Locator("a").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("applications-list");

        await PickAsync(page, "State", "Admitted");
        await Expect(page).ToHaveURLAsync(new Regex(@"/applications\?state=Admitted$"));
        await Expect(rows.First).ToContainTextAsync("Admitted");
        await AssertEveryRowIsAsync(page, "Admitted");

        // Each count is a button that filters the list, and says how many rows it gives.
        var endorsed = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Endorsed \d+$") });
        var count = int.Parse(Regex.Match((await endorsed.TextContentAsync())!, @"\d+").Value);
        await endorsed.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/applications\?state=Endorsed$"));
        await Expect(endorsed).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Input(page, "State")).ToHaveValueAsync("Endorsed");
        await Expect(page.Locator(".applications-grid tbody .application-state")).ToHaveCountAsync(count);
        await AssertEveryRowIsAsync(page, "Endorsed");

        // A link with the filter (from the dashboard or a meeting) opens the list filtered.
        var ninthGb = 0;
        await app.WithDatabaseAsync(async db => ninthGb = (await db.Meetings.SingleAsync(m => m.Body == MeetingBody.GoverningBoard && m.Number == 9)).Id);
        await page.OpenAsync($"/applications?state=Endorsed&meeting={ninthGb}");
        await Expect(Input(page, "Meeting")).ToHaveValueAsync("9th ANSO Governing Board (GB) Meeting");
        await Expect(rows.Locator("a").First).ToBeVisibleAsync();
        await AssertEveryRowIsAsync(page, "Endorsed");
        await page.ScreenshotAsync("applications-list-filtered");
    }

    [Fact]
    public async Task The_application_screens_fit_a_phone()
    {
        var secretariat = await app.SignedInPageAsync(Roles.Secretariat, AppFixture.Phone);
        await secretariat.OpenAsync("/applications");
        await Expect(secretariat.Locator(".applications-grid tbody tr a").First).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(secretariat);
        await secretariat.ScreenshotAsync("applications-list-phone");

        var listed = 0;
        await app.WithDatabaseAsync(async db => listed = (await db.Applications.OrderBy(a => a.Id).FirstAsync(a => a.State == ApplicationState.ListedForBoard)).Id);
        await secretariat.OpenAsync($"/applications/{listed}");
        await Expect(secretariat.GetByRole(AriaRole.Region, new() { Name = "Next steps" })).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(secretariat);
        await secretariat.ScreenshotAsync("applications-details-phone");

        await secretariat.OpenAsync("/applications/new");
        await AssertNoSidewaysScrollAsync(secretariat);
        await secretariat.ScreenshotAsync("applications-new-phone");

        // A GB member reads the list of the next GB meeting and an application, on a phone and on a laptop.
        foreach (var (viewport, suffix) in new[] { (AppFixture.Phone, "-phone"), (AppFixture.Laptop, "") })
        {
            var member = await app.SignedInPageAsync(Roles.BoardMember, viewport);
            await member.OpenAsync("/review");
            await Expect(member.Locator("article.review-item").First).ToBeVisibleAsync();
            await AssertNoSidewaysScrollAsync(member);
            await member.ScreenshotAsync("review-gb-member" + suffix);
            await member.OpenAsync($"/applications/{listed}");
            await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Expect(member.Locator("main").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            await AssertNoSidewaysScrollAsync(member);
            await member.ScreenshotAsync("applications-details-gb-member" + suffix);
        }
    }

    private static string SignedInName => $"Demo {Roles.Describe(Roles.Secretariat)}";

    /// <summary>The application's state, as the chip under its title shows it.</summary>
    private static ILocator StateOf(IPage page) => page.Locator(".page-head .application-state");

    /// <summary>The input labelled <paramref name="label"/>; a required field's label ends with an asterisk.</summary>
    private static ILocator Input(ILocator scope, string label) => scope.GetByLabel(LabelText(label));

    private static ILocator Input(IPage page, string label) => page.GetByLabel(LabelText(label));

    private static Regex LabelText(string label) => new($@"^{Regex.Escape(label)}\*?$");

    /// <summary>A field with everything under it (its message), found by its label.</summary>
    private static ILocator FieldOf(IPage page, string label) =>
        page.Locator(".mud-input-control").Filter(new() { Has = Input(page, label) });

    /// <summary>Opens a select by its label and clicks the option, as a person does.</summary>
    private static async Task PickAsync(IPage page, string label, string option, bool exact = true)
    {
        await Input(page, label).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = exact }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }


    private static async Task AssertEveryRowIsAsync(IPage page, string state)
    {
        var states = await page.Locator(".applications-grid tbody .application-state").AllTextContentsAsync();
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal(state, s.Trim()));
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scroll, width) = (widths[0], widths[1]);
        Assert.True(scroll <= width, $"The page is {scroll} px wide on a {width} px screen.");
    }

    private async Task StepAsync(IPage page, string action, string? meeting = null, string? note = null)
    {
        await page.GetByRole(AriaRole.Region, new() { Name = "Next steps" }).GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        if (meeting is not null)
        {
            await Input(dialog, "Meeting").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").GetByText(meeting).ClickAsync();
            await Expect(Input(dialog, "Meeting")).ToHaveValueAsync(new Regex("^" + Regex.Escape(meeting)));
        }
        if (note is not null) await dialog.GetByRole(AriaRole.Textbox).FillAsync(note);
        await dialog.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = $"Done: {action}." })).ToBeVisibleAsync();
    }

    private async Task PlanMeetingsAsync(int boardNumber, int assemblyNumber)
    {
        // Both have begun (a meeting decides only once it has) and are not yet recorded as held, so they take the list.
        var board = new Meeting(MeetingBody.GoverningBoard, boardNumber, new DateOnly(2026, 5, 6), new DateOnly(2026, 5, 6),
            new Venue("CAS Headquarters", "Beijing", "CN"), MeetingMode.Hybrid);
        var assembly = new Meeting(MeetingBody.GeneralAssembly, assemblyNumber, new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 21),
            new Venue(null, "Beijing", "CN"), MeetingMode.OnSite);
        await app.WithDatabaseAsync(async db =>
        {
            db.Meetings.AddRange(board, assembly);
            await db.SaveChangesAsync();
        });
    }
}
