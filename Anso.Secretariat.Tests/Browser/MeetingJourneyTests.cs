using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class MeetingJourneyTests(AppFixture app)
{
    [Fact]
    public async Task A_staff_member_plans_a_GB_meeting_orders_its_agenda_publishes_it_and_downloads_the_PDF()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync("/meetings/new");
        await Expect(page.GetByLabel("Number")).Not.ToHaveValueAsync(""); // the next number is proposed
        await page.GetByLabel("Body").SelectOptionAsync(new SelectOptionValue { Label = "Governing Board (GB)" });
        await page.GetByLabel("Number").FillAsync("77");
        await page.GetByLabel("First day").FillAsync("2031-03-04");
        await page.GetByLabel("Last day").FillAsync("2031-03-04");
        await page.GetByLabel("Starts at (local time)").FillAsync("09:00");
        await page.GetByLabel("Ends at (local time)").FillAsync("12:00");
        await page.GetByLabel("Mode").SelectOptionAsync(new SelectOptionValue { Label = "Hybrid (on-site and online)" });
        await page.GetByLabel("City").FillAsync("Bangkok");
        await page.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "Thailand" });
        await page.GetByLabel("Chair", new() { Exact = true }).FillAsync("Prof. Nebojša Lalić");
        await Expect(page.GetByTestId("derived-title")).ToHaveTextAsync("77th ANSO Governing Board (GB) Meeting");
        await page.ScreenshotAsync("meetings-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/meetings/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("77th ANSO Governing Board (GB) Meeting");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Agenda" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?tab=agenda$"));

        await AddItemAsync(page, "Opening and welcome", 10);
        await AddItemAsync(page, "ANSO Progress Report 2030", 40);
        await AddItemAsync(page, "List of ANSO Membership Applications", 30, "Membership applications");
        var titles = page.Locator(".agenda-item .item-title");
        await Expect(titles).ToHaveTextAsync(["Opening and welcome", "ANSO Progress Report 2030", "List of ANSO Membership Applications"]);
        await Expect(page.GetByTestId("agenda-total")).ToContainTextAsync("1 h 20 min of the meeting's 3 h");

        // Reorder: the applications item up to second place, then the opening down below it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move item 3 up" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["Opening and welcome", "List of ANSO Membership Applications", "ANSO Progress Report 2030"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Move item 1 down" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["List of ANSO Membership Applications", "Opening and welcome", "ANSO Progress Report 2030"]);
        await Expect(page.Locator(".agenda-item .item-number")).ToHaveTextAsync(["1.", "2.", "3."]);

        // Removing asks first; keeping it changes nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove item 2" }).ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        await Expect(dialog).ToContainTextAsync("Remove item 2 \"Opening and welcome\"");
        await page.ScreenshotAsync("meetings-agenda-confirm-remove");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep" }).ClickAsync();
        await Expect(titles).ToHaveCountAsync(3);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish agenda" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.GetByTestId("agenda-state")).ToContainTextAsync("Current revision: 1");

        // A change after publishing is kept as revision 2.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move item 2 up" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["Opening and welcome", "List of ANSO Membership Applications", "ANSO Progress Report 2030"]);
        await Expect(page.GetByTestId("agenda-state")).ToContainTextAsync("Current revision: 2");
        await Expect(page.Locator(".revisions-table tbody tr")).ToHaveCountAsync(2);
        await page.ScreenshotAsync("meetings-agenda-published");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download agenda (PDF)" }).ClickAsync());
        Assert.Equal("77th-GB-2031-agenda.pdf", download.SuggestedFilename);
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
    }

    [Fact]
    public async Task A_taken_number_and_reversed_dates_are_refused_next_to_their_fields()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/meetings/new");
        await page.GetByLabel("Number").FillAsync("9");
        await page.GetByLabel("First day").FillAsync("2031-05-06");
        await page.GetByLabel("Last day").FillAsync("2031-05-05");
        await page.GetByLabel("City").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();

        await Expect(page.Locator("#Number-error")).ToContainTextAsync("There is already a 9th ANSO Governing Board (GB) Meeting (11 Dec 2024)");
        await Expect(page.Locator("#EndDate-error")).ToContainTextAsync("cannot be before the first day");
        await Expect(page.Locator("#City-error")).ToContainTextAsync("Enter the city");
        await Expect(page.GetByLabel("Number")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.ScreenshotAsync("meetings-new-invalid");
        await Expect(page).ToHaveURLAsync(new Regex("/meetings/new$"));
    }

    [Fact]
    public async Task The_9th_GB_shows_its_chairs_participants_agenda_and_applications()
    {
        var id = await MeetingIdAsync(MeetingBody.GoverningBoard, 9);
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync($"/meetings/{id}");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Prof. Sukit Limpijumnong, ANSO President and President of NSTDA");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Prof. HE Hongping");
        await page.ScreenshotAsync("meetings-overview");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Participants" }).ClickAsync();
        await Expect(page.Locator(".participants-table tbody tr")).ToHaveCountAsync(9);
        await Expect(page.Locator(".participants-table")).ToContainTextAsync("Nebojša Lalić");
        await Expect(page.Locator(".participants-table")).ToContainTextAsync("Scientific and Technological Research Council of Türkiye (TÜBİTAK)");
        await page.ScreenshotAsync("meetings-participants");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Agenda" }).ClickAsync();
        await Expect(page.Locator(".agenda-item .item-title").Nth(2)).ToHaveTextAsync("ANSO Progress Report 2024");
        await Expect(page.Locator(".item-applications")).ToContainTextAsync("National Academies (4)");
        await page.ScreenshotAsync("meetings-agenda");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Applications" }).ClickAsync();
        await Expect(page.Locator(".meeting-applications .group-row")).ToHaveTextAsync(
            ["National Academies (4)", "International Organizations (1)", "National Research Institutes and Agencies (3)", "Universities (3)"]);
        await Expect(page.Locator(".meeting-applications tfoot")).ToContainTextAsync("Total: 11 applications");
        await page.ScreenshotAsync("meetings-applications");
    }

    [Fact]
    public async Task The_GB_member_organizations_representatives_are_suggested_for_a_GB_meeting()
    {
        var id = await MeetingIdAsync(MeetingBody.GoverningBoard, 10);
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync($"/meetings/{id}?tab=participants");
        var suggestions = page.Locator(".suggestions li");
        await Expect(suggestions.Filter(new() { HasText = "Nebojša Lalić" })).ToHaveCountAsync(1);
        await page.GetByLabel("Nebojša Lalić").CheckAsync();
        await page.GetByLabel("Orhan Aydin").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add 2 chosen" }).ClickAsync();

        await Expect(page.Locator(".participants-table tbody tr")).ToHaveCountAsync(2);
        await Expect(suggestions.Filter(new() { HasText = "Nebojša Lalić" })).ToHaveCountAsync(0);
        await page.GetByLabel("Attendance of Orhan Aydin").SelectOptionAsync(new SelectOptionValue { Label = "Apologies" });
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("Orhan Aydin: member representative, apologies");
        await page.ScreenshotAsync("meetings-participants-suggested");
    }

    [Fact]
    public async Task The_minutes_start_from_the_agenda_and_take_attendance_from_the_participants()
    {
        // The demo's 2nd GB has approved minutes, started from its agenda.
        var id = await MeetingIdAsync(MeetingBody.GoverningBoard, 2);
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync($"/meetings/{id}?tab=minutes");
        await Expect(page.Locator(".minutes-status")).ToContainTextAsync("Approved 16 Dec 2019 by the Chair, Prof. Chunli Bai");

        var items = page.Locator(".minutes-item h3");
        await Expect(items.First).ToHaveTextAsync("1. Welcoming speech");
        await Expect(items).ToHaveCountAsync(12);
        await Expect(page.Locator(".attendance")).ToContainTextAsync("Annamária Szabó (Hungarian Academy of Sciences (MTA))");
        await page.ScreenshotAsync("meetings-minutes");
    }

    [Fact]
    public async Task An_unknown_meeting_gives_a_not_found_page_and_a_GB_member_sees_only_GB_meetings()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        var response = await page.GotoAsync("/meetings/987654");
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator(".not-found")).ToContainTextAsync("no meeting no. 987654");

        var assembly = await MeetingIdAsync(MeetingBody.GeneralAssembly, 4);
        var member = await app.SignedInPageAsync(Roles.BoardMember);
        await member.OpenAsync("/meetings");
        await Expect(member.Locator(".meetings-table")).ToContainTextAsync("9th ANSO Governing Board (GB) Meeting");
        await Expect(member.Locator(".meetings-table")).Not.ToContainTextAsync("General Assembly");
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "New meeting" })).ToHaveCountAsync(0);
        Assert.Equal(404, (await member.GotoAsync($"/meetings/{assembly}"))!.Status);
        Assert.Equal(404, (await member.APIRequest.GetAsync($"/meetings/{assembly}/agenda.pdf")).Status);
    }

    [Fact]
    public async Task The_list_puts_upcoming_meetings_first_and_filters_by_body_and_year()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/meetings");
        await Expect(page.Locator(".meetings-table .section-row").First).ToHaveTextAsync("Upcoming");
        await page.ScreenshotAsync("meetings-list");

        await page.GetByLabel("Body").SelectOptionAsync(new SelectOptionValue { Label = "General Assembly (GA)" });
        await page.GetByLabel("Year").SelectOptionAsync("2025");
        var links = page.Locator(".meetings-table tbody a");
        await Expect(links).ToHaveTextAsync(["4th ANSO General Assembly (GA)"]);
    }

    private static async Task AddItemAsync(IPage page, string title, int minutes, string? kind = null)
    {
        var form = page.Locator("#item-form");
        await form.GetByLabel("Title").FillAsync(title);
        if (kind is not null) await form.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await form.GetByLabel("Duration (minutes)").FillAsync(minutes.ToString());
        await form.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync($"Item \"{title}\" added.");
    }

    private async Task<int> MeetingIdAsync(MeetingBody body, int number)
    {
        var id = 0;
        await app.WithDatabaseAsync(async db => id = await db.Meetings.Where(m => m.Body == body && m.Number == number).Select(m => m.Id).SingleAsync());
        return id;
    }
}
