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
        await Expect(page.Locator(".minutes-item h3").First).ToHaveTextAsync("1. Opening");

        // One decision for all, then one changed by hand.
        await page.GetByLabel("Apply to all").SelectOptionAsync(new SelectOptionValue { Label = "Endorsed" });
        await page.GetByLabel($"Decision on {organizations[2]}").SelectOptionAsync(new SelectOptionValue { Label = "Deferred" });
        await page.ScreenshotAsync("minutes-decisions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decisions" }).ClickAsync();
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Record decisions" }).ClickAsync();
        var decisions = page.Locator(".minutes-item").Nth(1).Locator(".decisions");
        await Expect(decisions).ToContainTextAsync($"Endorsed: {organizations[0]}");
        await Expect(decisions).ToContainTextAsync($"Deferred: {organizations[2]}");
        await Expect(page.Locator(".application-decisions")).ToContainTextAsync("No application is waiting");

        await page.GetByLabel("Summary of item 2").FillAsync("The Board considered three applications presented by the Secretariat.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save summary" }).Nth(1).ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("Summary saved");

        // The meeting took place; the minutes go round, and the chair approves them.
        await page.OpenAsync($"/meetings/{meetingId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record as held" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record as held" })).ToHaveCountAsync(0);
        await page.OpenAsync($"/meetings/{meetingId}?tab=minutes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Circulate" }).ClickAsync();
        await Expect(page.Locator(".minutes-status")).ToContainTextAsync("Circulated");
        await page.GetByLabel("Approved by (if not a meeting)").FillAsync("the Chair, Prof. Chunli Bai");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(page.Locator(".minutes-status")).ToContainTextAsync("Approved");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save summary" })).ToHaveCountAsync(0); // locked
        await page.ScreenshotAsync("minutes-approved");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download minutes (PDF)" }).ClickAsync());
        Assert.Equal("88th-GB-2026-minutes.pdf", download.SuggestedFilename);
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var text = System.Text.RegularExpressions.Regex.Replace(PdfTools.Text(pdf), @"\s+", " ");
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
