using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class MeetingJourneyTests(AppFixture app)
{
    [Fact]
    public async Task A_staff_member_plans_a_GB_meeting_and_opens_its_agenda()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync("/meetings/new");
        await Expect(page.GetByLabel("Number")).Not.ToHaveValueAsync(""); // the next number is proposed
        await PickAsync(page, "Body", "Governing Board (GB)");
        await page.GetByLabel("Number").FillAsync("71");
        await TypeAsync(page, "First day", "4 Mar 2031");
        await Expect(page.GetByLabel("Last day")).ToHaveValueAsync("4 Mar 2031"); // a one-day meeting unless set apart
        await TypeAsync(page, "Starts at (local time)", "09:00");
        await TypeAsync(page, "Ends at (local time)", "12:00");
        await PickAsync(page, "Mode", "Hybrid (on-site and online)");
        await page.GetByLabel("City").FillAsync("Bangkok");
        await page.GetByLabel("Country").TypeAndChooseAsync("Thail", "Thailand");
        await TypeAsync(page, "Chair", "Prof. Nebojša Lalić");
        await Expect(page.GetByTestId("derived-title")).ToHaveTextAsync("71st ANSO Governing Board (GB) Meeting");
        await page.ScreenshotAsync("meetings-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/meetings/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("71st ANSO Governing Board (GB) Meeting");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" })).ToContainTextAsync("Meetings");
        var overview = page.GetByRole(AriaRole.Tabpanel);
        await Expect(overview).ToContainTextAsync("4 Mar 2031, 09:00-12:00 (local time)");
        await Expect(overview).ToContainTextAsync("Bangkok, Thailand");
        await Expect(overview).ToContainTextAsync("Prof. Nebojša Lalić");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download agenda (PDF)" })).ToHaveAttributeAsync("download", "71st-GB-2031-agenda.pdf");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Agenda" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?tab=agenda$"));
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Agenda" })).ToHaveAttributeAsync("aria-selected", "true");
    }

    [Fact]
    public async Task A_taken_number_and_reversed_dates_are_refused_next_to_their_fields()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/meetings/new");
        await page.GetByLabel("Number").FillAsync("9");
        await TypeAsync(page, "First day", "6 May 2031");
        await Expect(page.GetByLabel("Last day")).ToHaveValueAsync("6 May 2031"); // it follows; set it apart only then
        await TypeAsync(page, "Last day", "5 May 2031");
        await page.GetByLabel("City").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();

        await Expect(Under(page, "Number")).ToContainTextAsync("There is already a 9th ANSO Governing Board (GB) Meeting (11 Dec 2024)");
        await Expect(Under(page, "Last day")).ToContainTextAsync("cannot be before the first day");
        await Expect(Under(page, "City")).ToContainTextAsync("Enter the city");
        await Expect(page.GetByLabel("Number")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Correct the fields marked below");
        await page.ScreenshotAsync("meetings-new-invalid");
        await Expect(page).ToHaveURLAsync(new Regex("/meetings/new$"));
    }

    [Fact]
    public async Task The_9th_GB_shows_its_chairs_participants_agenda_and_applications()
    {
        var id = await MeetingIdAsync(MeetingBody.GoverningBoard, 9);
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync($"/meetings/{id}");
        var panel = page.GetByRole(AriaRole.Tabpanel);
        await Expect(panel).ToContainTextAsync("Prof. Sukit Limpijumnong, ANSO President and President of NSTDA");
        await Expect(panel).ToContainTextAsync("Prof. HE Hongping");
        await page.ScreenshotAsync("meetings-overview");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Participants" }).ClickAsync();
        await Expect(panel.Locator("table tbody tr")).ToHaveCountAsync(9);
        await Expect(panel.GetByRole(AriaRole.Table)).ToContainTextAsync("Nebojša Lalić");
        await Expect(panel.GetByRole(AriaRole.Table)).ToContainTextAsync("Scientific and Technological Research Council of Türkiye (TÜBİTAK)");
        await page.ScreenshotAsync("meetings-participants");

        // The agenda tab's own markup is the agenda's business: its items and the applications item read as text.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Agenda" }).ClickAsync();
        await Expect(panel).ToContainTextAsync("ANSO Progress Report 2024");
        await Expect(panel).ToContainTextAsync("National Academies (4)");
        await page.ScreenshotAsync("meetings-agenda");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Applications" }).ClickAsync();
        await Expect(panel.Locator(".group-row")).ToHaveTextAsync(
            ["National Academies (4)", "International Organizations (1)", "National Research Institutes and Agencies (3)", "Universities (3)"]);
        await Expect(panel.Locator("tfoot")).ToContainTextAsync("Total: 11 applications");
        await page.ScreenshotAsync("meetings-applications");
    }

    [Fact]
    public async Task The_GB_member_organizations_representatives_are_suggested_for_a_GB_meeting()
    {
        var id = await MeetingIdAsync(MeetingBody.GoverningBoard, 10);
        var page = await app.SignedInPageAsync(Roles.Secretariat);

        await page.OpenAsync($"/meetings/{id}?tab=participants");
        var suggestions = page.GetByRole(AriaRole.Group, new() { Name = "Suggested participants" });
        await Expect(suggestions.GetByText("Nebojša Lalić")).ToHaveCountAsync(1);
        await page.GetByLabel("Nebojša Lalić").CheckAsync();
        await page.GetByLabel("Orhan Aydin").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add 2 chosen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Tabpanel).Locator("table tbody tr")).ToHaveCountAsync(2);
        await Expect(suggestions.GetByText("Nebojša Lalić")).ToHaveCountAsync(0);
        await PickAsync(page, "Attendance of Orhan Aydin", "Apologies");
        await Expect(Snackbar(page, "Orhan Aydin: member representative, apologies.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("meetings-participants-suggested");
    }

    [Fact]
    public async Task An_unknown_meeting_gives_a_not_found_page_and_a_GB_member_sees_only_GB_meetings()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        var response = await page.GotoAsync("/meetings/987654");
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("no meeting no. 987654");

        var assembly = await MeetingIdAsync(MeetingBody.GeneralAssembly, 4);
        var member = await app.SignedInPageAsync(Roles.BoardMember);
        await member.OpenAsync("/meetings");
        await Expect(member.GetByRole(AriaRole.Table)).ToContainTextAsync("9th ANSO Governing Board (GB) Meeting");
        await Expect(member.GetByRole(AriaRole.Table)).Not.ToContainTextAsync("General Assembly");
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "New meeting" })).ToHaveCountAsync(0);
        Assert.Equal(404, (await member.GotoAsync($"/meetings/{assembly}"))!.Status);
        Assert.Equal(404, (await member.APIRequest.GetAsync($"/meetings/{assembly}/agenda.pdf")).Status);
    }

    [Fact]
    public async Task The_list_puts_upcoming_meetings_first_and_filters_by_body_and_year()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync("/meetings");
        await Expect(page.Locator(".section-row").First).ToHaveTextAsync("Upcoming");
        await page.ScreenshotAsync("meetings-list");

        await PickAsync(page, "Body", "General Assembly (GA)");
        await PickAsync(page, "Year", "2025");
        var links = page.GetByRole(AriaRole.Table).Locator("tbody a");
        await Expect(links).ToHaveTextAsync(["4th ANSO General Assembly (GA)"]);
        await Expect(page).ToHaveURLAsync(new Regex(@"/meetings\?body=GeneralAssembly&year=2025$"));

        // The address keeps the filters: a reload opens the list as it was.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(links).ToHaveTextAsync(["4th ANSO General Assembly (GA)"]);
        await Expect(page.GetByLabel("Body")).ToHaveValueAsync("General Assembly (GA)");
    }

    [Fact]
    public async Task Two_people_edit_the_same_meeting_the_second_save_is_refused_keeps_the_typed_text_and_Reload_shows_the_first()
    {
        var id = await NewWorkingGroupAsync(61);
        var first = await app.SignedInPageAsync(Roles.Secretariat);
        var second = await app.SignedInPageAsync(Roles.Administrator);
        await first.OpenAsync($"/meetings/{id}");
        await second.OpenAsync($"/meetings/{id}");

        await first.GetByLabel("City").FillAsync("Shanghai");
        await second.GetByLabel("Place").FillAsync("Friendship Hotel, room 3");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(Snackbar(first, "Changes saved.")).ToBeVisibleAsync();

        await second.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        var refusal = second.GetByRole(AriaRole.Alert).Filter(new() { HasText = "changed this meeting after you opened it" });
        await Expect(refusal).ToBeVisibleAsync();
        await Expect(second.GetByLabel("Place")).ToHaveValueAsync("Friendship Hotel, room 3"); // nothing typed is lost
        await Expect(second.GetByLabel("City")).ToHaveValueAsync("Beijing");
        await second.ScreenshotAsync("meetings-overview-conflict");

        await refusal.GetByRole(AriaRole.Button, new() { Name = "Reload" }).ClickAsync();
        await Expect(second.GetByLabel("City")).ToHaveValueAsync("Shanghai");
        await Expect(second.GetByLabel("Place")).ToHaveValueAsync("");
        await Expect(second.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("Shanghai, China");
        await Expect(refusal).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_meeting_screens_fit_a_phone()
    {
        var id = await MeetingIdAsync(MeetingBody.GoverningBoard, 9);
        var page = await app.SignedInPageAsync(Roles.Secretariat, AppFixture.Phone);
        foreach (var (path, name) in new[]
        {
            ("/meetings", "meetings-list-phone"), ("/meetings/new", "meetings-new-phone"), ($"/meetings/{id}", "meetings-overview-phone"),
            ($"/meetings/{id}?tab=participants", "meetings-participants-phone"), ($"/meetings/{id}?tab=applications", "meetings-applications-phone"),
        })
        {
            await page.OpenAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.ScreenshotAsync(name);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow} px wider than the phone");
        }

        var member = await app.SignedInPageAsync(Roles.BoardMember, AppFixture.Phone);
        await member.OpenAsync($"/meetings/{id}?tab=participants");
        await Expect(member.GetByRole(AriaRole.Tabpanel).Locator("table tbody tr")).ToHaveCountAsync(9);
        await member.ScreenshotAsync("meetings-participants-member-phone");
    }

    /// <summary>Opens a MudSelect by its label and picks the option with this text.</summary>
    private static async Task PickAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(option)}$") }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    private static ILocator Snackbar(IPage page, string text) => page.Locator(".mud-snackbar").Filter(new() { HasText = text });

    /// <summary>Types into a field and leaves it, as a person moving on to the next one.</summary>
    private static async Task TypeAsync(IPage page, string label, string text)
    {
        await page.GetByLabel(label, new() { Exact = true }).FillAsync(text);
        await page.GetByLabel(label, new() { Exact = true }).PressAsync("Tab");
    }

    /// <summary>The field's box with its label, input and the message under it.</summary>
    private static ILocator Under(IPage page, string label) =>
        page.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel(label, new() { Exact = true }) }).Last;

    private async Task<int> MeetingIdAsync(MeetingBody body, int number)
    {
        var id = 0;
        await app.WithDatabaseAsync(async db => id = await db.Meetings.Where(m => m.Body == body && m.Number == number).Select(m => m.Id).SingleAsync());
        return id;
    }

    /// <summary>A meeting of its own, so that editing it changes nothing another test reads.</summary>
    private async Task<int> NewWorkingGroupAsync(int number)
    {
        var day = new DateOnly(2031, 6, 10);
        var meeting = new Meeting(MeetingBody.WorkingGroup, number, day, day, new Venue(null, "Beijing", "CN"), MeetingMode.OnSite);
        await app.WithDatabaseAsync(async db =>
        {
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
        });
        return meeting.Id;
    }
}
