using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ApplicationJourneyTests(AppFixture app)
{
    [Fact]
    public async Task A_staff_member_takes_an_application_from_receipt_to_provisional_membership()
    {
        var (boardId, assemblyId) = await PlanMeetingsAsync(boardNumber: 98, assemblyNumber: 97);
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync("/applications/new");
        await page.GetByLabel("Organization name").FillAsync("Université Abdou Moumouni de Niamey");
        await page.GetByLabel("Acronym").FillAsync("UAM");
        await page.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "Niger" });
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Universities" });
        await page.GetByLabel("Contact email").FillAsync("rectorat@uam.example");
        await page.ScreenshotAsync("applications-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record application" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/applications/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Université Abdou Moumouni de Niamey");
        await Expect(page.Locator(".subtitle .state-badge")).ToHaveTextAsync("Received");

        // An illegal step is not offered: nothing can be endorsed before it is reviewed and listed.
        var actions = page.Locator(".actions-bar");
        await Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Record GB endorsement" })).ToHaveCountAsync(0);
        await Expect(actions.GetByRole(AriaRole.Button)).ToHaveTextAsync(["Start review", "Withdraw"]);

        await StepAsync(page, "Start review");
        await Expect(page.Locator(".subtitle .state-badge")).ToHaveTextAsync("Under review");

        await StepAsync(page, "List for GB meeting", meetingId: boardId);
        await Expect(page.Locator(".subtitle")).ToContainTextAsync("98th ANSO Governing Board (GB) Meeting");
        await page.ScreenshotAsync("applications-details-listed");

        await StepAsync(page, "Record GB endorsement", note: "Endorsed unanimously");
        await Expect(page.Locator(".subtitle .state-badge")).ToHaveTextAsync("Endorsed");

        await StepAsync(page, "List for GA meeting", meetingId: assemblyId);
        await Expect(page.Locator(".subtitle")).ToContainTextAsync("97th ANSO General Assembly (GA)");

        await StepAsync(page, "Record GA admission (provisional member)");
        await Expect(page.Locator(".subtitle .state-badge")).ToHaveTextAsync("Admitted");
        await Expect(page.Locator(".actions-bar")).ToContainTextAsync("No further step is possible");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Provisional member since");

        // The history names every step, who took it and the meeting that decided it.
        var timeline = page.Locator(".timeline li");
        await Expect(timeline).ToHaveCountAsync(6);
        await Expect(timeline.First).ToContainTextAsync("97th ANSO General Assembly (GA)");
        await Expect(page.Locator(".timeline")).ToContainTextAsync("Endorsed unanimously");
        await page.ScreenshotAsync("applications-details-admitted");

        await page.OpenAsync("/organizations");
        await page.GetByLabel("Search organization").FillAsync("universite abdou");
        var row = page.Locator(".organizations-grid tbody tr").Filter(new() { HasText = "Université Abdou Moumouni de Niamey" });
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

        await Expect(page.Locator("#ContactEmail-error")).ToContainTextAsync("valid email address");
        await Expect(page.Locator("#OrganizationName-error")).ToContainTextAsync("Enter the organization's name");
        await Expect(page.Locator("#CountryCode-error")).ToContainTextAsync("Choose a country");
        await Expect(page.GetByLabel("Contact email")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.ScreenshotAsync("applications-new-invalid");
        // Nothing was saved: still on the form.
        await Expect(page).ToHaveURLAsync(new Regex("/applications/new$"));
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
    public async Task The_applications_list_filters_and_counts_by_state()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/applications");
        await Expect(page.Locator(".applications-grid tbody tr a").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("applications-list");
        await page.GetByLabel("State", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Admitted" });
        var rows = page.Locator(".applications-grid tbody tr");
        await Expect(rows.First).ToContainTextAsync("Admitted");
        var states = await page.Locator(".applications-grid tbody .state-badge").AllTextContentsAsync();
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal("Admitted", s));
    }

    private async Task StepAsync(IPage page, string action, int? meetingId = null, string? note = null)
    {
        await page.Locator(".actions-bar").GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        if (meetingId is not null) await dialog.GetByLabel("Meeting").SelectOptionAsync(meetingId.Value.ToString());
        if (note is not null) await dialog.GetByRole(AriaRole.Textbox).FillAsync(note);
        await dialog.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync($"Done: {action}");
    }

    private async Task<(int Board, int Assembly)> PlanMeetingsAsync(int boardNumber, int assemblyNumber)
    {
        var board = new Meeting(MeetingBody.GoverningBoard, boardNumber, new DateOnly(2031, 5, 6), new DateOnly(2031, 5, 6),
            new Venue("CAS Headquarters", "Beijing", "CN"), MeetingMode.Hybrid);
        var assembly = new Meeting(MeetingBody.GeneralAssembly, assemblyNumber, new DateOnly(2031, 10, 20), new DateOnly(2031, 10, 21),
            new Venue(null, "Beijing", "CN"), MeetingMode.OnSite);
        await app.WithDatabaseAsync(async db =>
        {
            db.Meetings.AddRange(board, assembly);
            await db.SaveChangesAsync();
        });
        return (board.Id, assembly.Id);
    }
}
