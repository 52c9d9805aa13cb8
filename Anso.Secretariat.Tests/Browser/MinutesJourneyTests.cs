using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Documents;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class MinutesJourneyTests(AppFixture app)
{
    [Fact]
    public async Task The_secretariat_records_the_GB_decisions_circulates_and_approves_the_minutes_and_downloads_the_PDF()
    {
        var (meetingId, organizations) = await GbMeetingWithListAsync(number: 88, applications: 3);
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync($"/meetings/{meetingId}?tab=minutes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the minutes" }).ClickAsync();
        await Expect(Item(page, 1).GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync("1. Opening");
        await Expect(page.GetByText("The minutes are open, one item per agenda item.")).ToBeVisibleAsync();

        // One decision for all, then one changed by hand.
        await ChooseAsync(page, "Apply to all", "Endorsed");
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = $"Decision on {organizations[2]}" })).ToHaveTextAsync("Endorsed");
        await ChooseAsync(page, $"Decision on {organizations[2]}", "Deferred");
        await page.ScreenshotAsync("minutes-decisions");
        await ScreenshotOnPhoneAsync(Roles.Secretariat, $"/meetings/{meetingId}?tab=minutes", "minutes-draft-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decisions" }).ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Record decisions" }).ClickAsync();
        var decisions = Item(page, 2).Locator(".decisions");
        await Expect(decisions).ToContainTextAsync($"Endorsed: {organizations[0]}");
        await Expect(decisions).ToContainTextAsync($"Deferred: {organizations[2]}");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Decisions on the applications" })).ToContainTextAsync("No application is waiting");

        await Item(page, 2).GetByLabel("Summary").FillAsync("The Board considered three applications presented by the Secretariat.");
        await Item(page, 2).GetByRole(AriaRole.Button, new() { Name = "Save summary" }).ClickAsync();
        await Expect(page.GetByText("Summary saved.")).ToBeVisibleAsync();

        // Recording the decisions marked the meeting held; the minutes go round, and the chair approves them.
        await page.OpenAsync($"/meetings/{meetingId}");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record as held" })).ToHaveCountAsync(0);
        await page.OpenAsync($"/meetings/{meetingId}?tab=minutes");
        var status = page.GetByRole(AriaRole.Region, new() { Name = "Status of the minutes" });
        await Expect(status.GetByLabel("Circulated on")).ToHaveValueAsync(new Regex(@"^\d{1,2} [A-Z][a-z]{2} \d{4}$")); // "2 Dec 2026", today
        await page.GetByRole(AriaRole.Button, new() { Name = "Circulate" }).ClickAsync();
        await Expect(status).ToContainTextAsync("Circulated");
        await page.GetByLabel("Approved by (if not a meeting)").FillAsync("the Chair, Prof. Chunli Bai");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(status).ToContainTextAsync("Approved");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save summary" })).ToHaveCountAsync(0); // locked
        await Expect(Item(page, 2)).ToContainTextAsync("The Board considered three applications presented by the Secretariat.");
        await page.ScreenshotAsync("minutes-approved");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download minutes (PDF)" }).ClickAsync());
        Assert.Equal("88th-GB-2026-minutes.pdf", download.SuggestedFilename);
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var text = Regex.Replace(PdfTools.Text(pdf), @"\s+", " ");
        Assert.Contains("Minutes of the 88th ANSO Governing Board (GB) Meeting", text);
        Assert.Contains("by the Chair, Prof. Chunli Bai. Version 1.", text);
        Assert.Contains($"Endorsed: {organizations[0]}", text);
        Assert.Contains("2 applications endorsed by the 88th GB", text);
        Assert.Contains("1 application deferred by the 88th GB", text);
        Assert.DoesNotMatch(PdfTools.DraftMark, PdfTools.Text(pdf, raw: true));

        await app.WithDatabaseAsync(async db =>
        {
            var states = await db.Applications.Where(a => a.History.Any(h => h.MeetingId == meetingId && h.Action == ApplicationAction.Endorse))
                .CountAsync();
            Assert.Equal(2, states);
            Assert.Equal(MeetingStatus.MinutesApproved, (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Status);
        });
    }

    [Fact]
    public async Task The_minutes_start_from_the_agenda_and_take_attendance_from_the_participants()
    {
        // The demo's 2nd GB has approved minutes, started from its agenda.
        var id = await MeetingIdAsync(MeetingBody.GoverningBoard, 2);
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync($"/meetings/{id}?tab=minutes");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Status of the minutes" }))
            .ToContainTextAsync("Approved 16 Dec 2019 by the Chair, Prof. Chunli Bai");

        var items = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex(@"^Item \d+$") });
        await Expect(items.First.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync("1. Welcoming speech");
        await Expect(items).ToHaveCountAsync(12);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Attendance" }))
            .ToContainTextAsync("Annamária Szabó, Hungarian Academy of Sciences (MTA)");
        await page.ScreenshotAsync("minutes-2nd-gb");
        await ScreenshotOnPhoneAsync(Roles.Secretariat, $"/meetings/{id}?tab=minutes", "minutes-2nd-gb-phone");
    }

    [Fact]
    public async Task A_GB_member_reads_the_circulated_minutes_of_a_GB_meeting_and_can_change_nothing()
    {
        var id = await MeetingIdAsync(MeetingBody.GoverningBoard, 9);
        var page = await app.SignedInPageAsync(Roles.BoardMember, AppFixture.Phone);

        await page.OpenAsync($"/meetings/{id}?tab=minutes");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Status of the minutes" })).ToContainTextAsync("Circulated 15 Jan 2025");
        await Expect(page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex(@"^Item \d+$") }).First).ToBeVisibleAsync();
        var minutes = page.GetByRole(AriaRole.Region, new() { Name = "Minutes", Exact = true });
        foreach (var change in new[] { "Save summary", "Add decision", "Circulate", "Approve", "Make a correction", "Record decisions" })
            await Expect(minutes.GetByRole(AriaRole.Button, new() { Name = change })).ToHaveCountAsync(0);
        await Expect(minutes.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download minutes (PDF)" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("minutes-gb-member-phone");
    }

    [Fact]
    public async Task The_decision_register_keeps_its_filters_in_the_address_links_each_row_and_exports_what_is_shown()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/decisions");
        await page.ScreenshotAsync("decisions");

        await ChooseAsync(page, "Body", "General Assembly (GA)");
        await ChooseAsync(page, "Outcome", "Approved as full member");
        await Expect(page).ToHaveURLAsync(new Regex(@"/decisions\?body=GeneralAssembly&outcome=ApprovedAsFullMember$"));
        var rows = page.Locator(".decisions-grid tbody tr");
        await Expect(rows.First).ToContainTextAsync("General Assembly");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }))
            .ToHaveAttributeAsync("href", "/export/decisions.csv?body=GeneralAssembly&outcome=ApprovedAsFullMember");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        Assert.StartsWith("anso-decisions-", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("General Assembly", csv);
        Assert.DoesNotContain("Governing Board (GB) Meeting", csv);

        // A link with the filter opens the list filtered; each row leads to its meeting and its application.
        var phone = await app.SignedInPageAsync(Roles.Secretariat, AppFixture.Phone);
        await phone.OpenAsync("/decisions?body=GeneralAssembly&outcome=ApprovedAsFullMember");
        await Expect(phone.GetByRole(AriaRole.Combobox, new() { Name = "Body" })).ToContainTextAsync("General Assembly (GA)");
        await phone.ScreenshotAsync("decisions-phone");
        await phone.Context.CloseAsync();

        await Expect(rows.First.GetByRole(AriaRole.Link).Last).ToHaveAttributeAsync("href", new Regex(@"^/applications/\d+$"));
        await rows.First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/meetings/\d+$"));
    }

    /// <summary>One minutes item, by its number ("Item 2").</summary>
    private static ILocator Item(IPage page, int number) =>
        page.GetByRole(AriaRole.Region, new() { Name = $"Item {number}", Exact = true });

    /// <summary>Opens a MudSelect by its name and clicks the option in the popover.</summary>
    private static async Task ChooseAsync(IPage page, string select, string option)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = select, Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(option)}$") }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = select, Exact = true })).ToHaveTextAsync(option);
    }

    private async Task ScreenshotOnPhoneAsync(string role, string path, string name)
    {
        var phone = await app.SignedInPageAsync(role, AppFixture.Phone);
        await phone.OpenAsync(path);
        await Expect(phone.GetByRole(AriaRole.Region, new() { Name = "Minutes", Exact = true })).ToBeVisibleAsync();
        await phone.ScreenshotAsync(name);
        await phone.Context.CloseAsync();
    }

    private async Task<int> MeetingIdAsync(MeetingBody body, int number)
    {
        var id = 0;
        await app.WithDatabaseAsync(async db => id = await db.Meetings.Where(m => m.Body == body && m.Number == number).Select(m => m.Id).SingleAsync());
        return id;
    }

    private async Task<(int MeetingId, string[] Organizations)> GbMeetingWithListAsync(int number, int applications)
    {
        var meetingId = 0;
        var names = new List<string>();
        await app.WithDatabaseAsync(async db =>
        {
            // Dated before today, so that it can be recorded as held once decided.
            var meeting = A.Meeting.GoverningBoard(number).On(new DateOnly(2026, 11, 2)).Planned();
            var by = Actors.Secretary();
            meeting.AddAgendaItem(new AgendaItemDetails { Title = "Opening", Kind = AgendaItemKind.Opening, Purpose = AgendaPurpose.ForInformation, DurationMinutes = 10 }, by);
            meeting.AddAgendaItem(new AgendaItemDetails { Title = "Membership applications", Kind = AgendaItemKind.MembershipApplications, Purpose = AgendaPurpose.ForEndorsement, DurationMinutes = 30 }, by);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            var category = await db.Categories.Select(c => c.Id).FirstAsync();
            for (var i = 0; i < applications; i++)
            {
                var name = $"Académie des Sciences {number}-{(char)('A' + i)}";
                names.Add(name);
                db.Applications.Add(An.Application.From(An.Organization.Named(name).In("SN").InCategory(category).Build())
                    .AtBoard(meeting).InState(ApplicationState.ListedForBoard).Build());
            }
            await db.SaveChangesAsync();
            meetingId = meeting.Id;
        });
        return (meetingId, names.ToArray());
    }
}
