using Anso.Secretariat.Tests.Support;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AgendaJourneyTests(AppFixture app)
{
    [Fact]
    public async Task A_staff_member_orders_a_GB_agenda_publishes_it_and_downloads_the_PDF_and_a_GB_member_only_reads_it()
    {
        var id = await PlanMeetingAsync(78);
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync($"/meetings/{id}?tab=agenda");
        await Expect(page.GetByText("No item yet. Add the first one below.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("agenda-state")).ToContainTextAsync("DRAFT");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publish agenda" })).ToBeDisabledAsync();
        await page.ScreenshotAsync("agenda-empty");

        await AddItemAsync(page, "Opening and welcome", 10);
        await AddItemAsync(page, "ANSO Progress Report 2030", 40);
        await AddItemAsync(page, "List of ANSO Membership Applications", 30, "Membership applications");
        var titles = page.Locator(".agenda-item .item-title");
        await Expect(titles).ToHaveTextAsync(["Opening and welcome", "ANSO Progress Report 2030", "List of ANSO Membership Applications"]);
        await Expect(page.GetByTestId("agenda-total")).ToContainTextAsync("1 h 20 min of the meeting's 3 h");
        await Expect(page.Locator(".agenda-item .item-time")).ToHaveTextAsync(["09:00-09:10 (10 min)", "09:10-09:50 (40 min)", "09:50-10:20 (30 min)"]);
        await Expect(page.Locator(".agenda-item").Nth(2)).ToContainTextAsync("For endorsement"); // the kind's default purpose

        // Reorder: the applications item up to second place, then the opening down below it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move item 3 up" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["Opening and welcome", "List of ANSO Membership Applications", "ANSO Progress Report 2030"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Move item 1 down" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["List of ANSO Membership Applications", "Opening and welcome", "ANSO Progress Report 2030"]);
        await Expect(page.Locator(".agenda-item .item-number")).ToHaveTextAsync(["1.", "2.", "3."]);

        // Removing asks first; cancelling changes nothing, confirming removes the item.
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove item 2" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("Remove item 2 \"Opening and welcome\"");
        await page.ScreenshotAsync("agenda-confirm-remove");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(titles).ToHaveCountAsync(3);
        await AddItemAsync(page, "Coffee break", 15);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove item 4" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await ExpectSnackbarAsync(page, "Item \"Coffee break\" removed.");
        await Expect(titles).ToHaveTextAsync(["List of ANSO Membership Applications", "Opening and welcome", "ANSO Progress Report 2030"]);

        // A paper: a title alone while it is to follow, then a PDF file.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a paper to item 3" }).ClickAsync();
        var paperForm = page.Locator(".paper-form");
        await paperForm.GetByLabel("Paper title").FillAsync("ANSO Progress Report 2030");
        await paperForm.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "progress-report-2030.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf,
        });
        await Expect(paperForm.GetByTestId("paper-file-name")).ToContainTextAsync("progress-report-2030.pdf");
        await page.ScreenshotAsync("agenda-paper-form");
        await paperForm.GetByRole(AriaRole.Button, new() { Name = "Attach paper" }).ClickAsync();
        await ExpectSnackbarAsync(page, "Paper added to item 3.");
        await Expect(page.Locator(".agenda-item").Nth(2).Locator(".papers")).ToContainTextAsync("ANSO Progress Report 2030 · PDF, 1 KB");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish agenda" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await ExpectSnackbarAsync(page, "Agenda published as revision 1.");
        await Expect(page.GetByTestId("agenda-state")).ToContainTextAsync("Current revision: 1");

        // A change after publishing is kept as revision 2.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move item 2 up" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["Opening and welcome", "List of ANSO Membership Applications", "ANSO Progress Report 2030"]);
        await Expect(page.GetByTestId("agenda-state")).ToContainTextAsync("Current revision: 2");
        var revisions = page.Locator(".revisions-table tbody tr");
        await Expect(revisions).ToHaveCountAsync(2);
        await Expect(revisions.First).ToContainTextAsync("Item \"Opening and welcome\" moved from 2 to 1.");
        await Expect(revisions.First).ToContainTextAsync("Beijing time");
        await page.ScreenshotAsync("agenda-published");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download agenda (PDF)" }).ClickAsync());
        Assert.Equal("78th-GB-2031-agenda.pdf", download.SuggestedFilename);
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        PdfTools.Check(pdf);
        var text = Regex.Replace(PdfTools.Text(pdf), @"\s+", " ");
        var order = new[] { "1. Opening and welcome", "2. List of ANSO Membership Applications", "3. ANSO Progress Report 2030" }
            .Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToArray();
        Assert.All(order, i => Assert.True(i >= 0, $"an item is missing from:\n{text}"));
        Assert.Equal(order.Order(), order);
        Assert.Contains("Chair Prof. Nebojša Lalić", text);
        Assert.Contains("Revision 2 of", text);

        var phone = await app.SignedInPageAsync(Roles.Secretariat, AppFixture.Phone);
        await phone.OpenAsync($"/meetings/{id}?tab=agenda");
        await Expect(phone.Locator(".agenda-item .item-title")).ToHaveCountAsync(3);
        await phone.ScreenshotAsync("agenda-published-phone");

        // A GB member reads the same agenda, its papers and revisions, and finds nothing to change.
        foreach (var (viewport, name) in new[] { (AppFixture.Laptop, "agenda-gb-member"), (AppFixture.Phone, "agenda-gb-member-phone") })
        {
            var member = await app.SignedInPageAsync(Roles.BoardMember, viewport);
            await member.OpenAsync($"/meetings/{id}?tab=agenda");
            await Expect(member.Locator(".agenda-item .item-title")).ToHaveTextAsync(["Opening and welcome", "List of ANSO Membership Applications", "ANSO Progress Report 2030"]);
            await Expect(member.Locator(".revisions-table tbody tr")).ToHaveCountAsync(2);
            await Expect(member.Locator(".papers a")).ToHaveTextAsync("ANSO Progress Report 2030");
            await Expect(member.Locator(".agenda-tab button")).ToHaveCountAsync(0);
            await member.ScreenshotAsync(name);
        }
    }

    [Fact]
    public async Task A_viewer_reads_the_9th_GBs_agenda_with_its_applications_by_category_and_changes_nothing()
    {
        var id = 0;
        await app.WithDatabaseAsync(async db => id = await db.Meetings
            .Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == 9).Select(m => m.Id).SingleAsync());
        var page = await app.SignedInPageAsync(Roles.Viewer);
        await page.OpenAsync($"/meetings/{id}?tab=agenda");

        await Expect(page.Locator(".agenda-item .item-title").Nth(2)).ToHaveTextAsync("ANSO Progress Report 2024");
        await Expect(page.Locator(".item-applications")).ToContainTextAsync("National Academies (4)");
        await Expect(page.GetByTestId("agenda-state")).ToContainTextAsync("Current revision: 1");
        await Expect(page.Locator(".agenda-tab button")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("agenda-9th-gb-viewer");
    }

    [Fact]
    public async Task The_item_forms_messages_sit_under_their_fields()
    {
        var id = await PlanMeetingAsync(79);
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync($"/meetings/{id}?tab=agenda");

        var form = page.Locator("#item-form");
        await form.GetByLabel("Duration (minutes)").FillAsync("");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();

        await Expect(form.Locator(".mud-input-control").Filter(new() { Has = page.GetByText("Title", new() { Exact = true }) }))
            .ToContainTextAsync("Enter the item's title.");
        await Expect(form.Locator(".mud-input-control").Filter(new() { Has = page.GetByText("Duration (minutes)", new() { Exact = true }) }))
            .ToContainTextAsync("Enter the time the item needs, in minutes.");
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("correct the fields marked below");
        await Expect(form.GetByLabel("Title")).ToHaveAttributeAsync("maxlength", "300");
        await page.ScreenshotAsync("agenda-item-invalid");
        await Expect(page.Locator(".agenda-item")).ToHaveCountAsync(0);
    }

    /// <summary>A one-day GB meeting, 09:00-12:00 in Bangkok, made directly in the app's database.</summary>
    private async Task<int> PlanMeetingAsync(int number)
    {
        var day = new DateOnly(2031, 3, 4);
        var meeting = new Meeting(MeetingBody.GoverningBoard, number, day, day, new Venue(null, "Bangkok", "TH"), MeetingMode.Hybrid);
        meeting.SetHours(new TimeOnly(9, 0), new TimeOnly(12, 0));
        meeting.AppointChairs("Prof. Nebojša Lalić", []);
        await app.WithDatabaseAsync(async db =>
        {
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
        });
        return meeting.Id;
    }

    private static async Task AddItemAsync(IPage page, string title, int minutes, string? kind = null)
    {
        var form = page.Locator("#item-form");
        await form.GetByLabel("Title").FillAsync(title);
        if (kind is not null)
        {
            await form.Locator(".mud-select").Filter(new() { HasText = "Kind" }).First.ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = kind }).ClickAsync();
            await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        }
        await form.GetByLabel("Duration (minutes)").FillAsync(minutes.ToString());
        await form.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await ExpectSnackbarAsync(page, $"Item \"{title}\" added.");
        await Expect(page.Locator(".agenda-item").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) }))
            .ToHaveCountAsync(1);
    }

    private static Task ExpectSnackbarAsync(IPage page, string message) =>
        Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = message }).First).ToBeVisibleAsync();
}
