using System.Net;
using System.Text;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Admin;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.App.Features.Review;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Documents;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Anso.Secretariat.Tests.Hostile.HostileInputs;

namespace Anso.Secretariat.Tests.Hostile;

/// <summary>
/// The rest of issue #11's hostile-input suite: the applications import's columns, the participants, minutes, review and
/// user-account forms, and the text of the applications list and minutes PDFs. The same assertions as
/// <see cref="HostileInputTests"/>: no 500, nothing stored beyond its column, markup shown as text.
/// </summary>
public sealed class HostileFormsTests(HostileAppFixture app, ITestOutputHelper output) : IClassFixture<HostileAppFixture>
{
    private IServiceProvider Services => app.Services;

    /// <summary>One hostile try: it works, or it is refused with a message. Anything else fails the test.</summary>
    private static async Task<bool> TryAsync(Func<Task> attempt, string what)
    {
        try { await attempt(); return true; }
        catch (Exception e) when (e is ValidationException or DomainException) { return false; }
        catch (Exception e) { throw new Xunit.Sdk.XunitException($"{what} failed with {e.GetType().Name}: {e.Message}"); }
    }

    /// <summary>The overlong text first: on a one-way step (approve, correct) the first accepted try ends the choice.</summary>
    private static IEnumerable<string> OverlongFirst => [Overlong, .. Texts];

    private async Task<SecretariatDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();

    private static async Task<string> PageAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(address);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}.");
        var html = await response.Content.ReadAsStringAsync();
        AssertEscaped(html, address);
        return html;
    }

    [Fact]
    public async Task Hostile_text_in_every_applications_import_column_is_an_error_row_or_imported_within_its_column()
    {
        var columns = CsvColumns.Applications;
        string[] good = ["", "", "", "Kenya", "", "Universities", "Received", "2026-11-02", "", "", "", "", ""];
        var organization = Array.IndexOf(columns, CsvColumns.Organization);
        var rows = new List<string>();
        var tried = 0;
        foreach (var (column, index) in columns.Select((c, i) => (c, i)))
            foreach (var value in All)
            {
                var fields = good.ToArray();
                fields[organization] = $"Imported Applicant {index}-{tried}";
                fields[index] = value;
                rows.Add(string.Join(",", fields.Select(Quote)));
                tried++;
            }
        var file = Encoding.UTF8.GetBytes(string.Join("\r\n", [string.Join(",", columns.Select(Quote)), .. rows]) + "\r\n");

        await using var scope = await ActAsAsync(Services, Roles.Secretariat);
        var import = scope.ServiceProvider.GetRequiredService<ImportService>();
        var preview = await import.PreviewAsync(ImportKind.Applications, "hostile-applications.csv", file);
        Assert.Empty(preview.FileErrors);
        Assert.Equal(rows.Count, preview.Rows.Count);
        // The number column is the export's; an import gives its own numbers and never reads it.
        var numbered = rows.Count / columns.Length * Array.IndexOf(columns, CsvColumns.Number);
        foreach (var row in preview.Rows.Where(r => r.Row - 2 < numbered || r.Row - 2 >= numbered + All.Count()))
            Assert.True(row.Outcome != RowOutcome.New || !rows[row.Row - 2].Contains(Overlong), $"Row {row.Row} with an overlong value is not an error.");

        var accepted = preview.Rows.Where(r => r.Outcome == RowOutcome.New).Select(r => rows[r.Row - 2]).ToList();
        Assert.NotEmpty(accepted);
        var acceptedFile = Encoding.UTF8.GetBytes(string.Join("\r\n", [string.Join(",", columns.Select(Quote)), .. accepted]) + "\r\n");
        var report = await import.ImportAsync(ImportKind.Applications, "hostile-applications.csv", acceptedFile);
        Assert.Equal(accepted.Count, report.New);
        await AssertNothingStoredBeyondLimitsAsync(Services);

        using var client = await SignedInClientAsync(app, Roles.Secretariat);
        await PageAsync(client, "/applications?search=imported%20applicant");
        int withScript;
        await using (var db = await DbAsync())
            withScript = await db.Applications.Where(a => a.Summary == Script).Select(a => a.Id).FirstAsync();
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", await PageAsync(client, $"/applications/{withScript}"));
        output.WriteLine($"Applications import columns: {tried} inputs tried ({columns.Length} columns), {accepted.Count} rows imported.");
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    /// <summary>A working-group meeting of today, with one agenda item: minutes can be taken, participants added.</summary>
    private static async Task<int> MeetingOfTodayAsync(MeetingService meetings, SecretariatTime time)
    {
        var details = new MeetingDetails
        {
            Body = MeetingBody.WorkingGroup, StartDate = time.Today, EndDate = time.Today, Mode = MeetingMode.OnSite,
            Place = "CAS Headquarters", City = "Beijing", CountryCode = "CN", Chair = "Prof. Chair",
            Number = await meetings.ProposeNumberAsync(MeetingBody.WorkingGroup),
        };
        var id = await meetings.CreateAsync(details);
        await meetings.AddItemAsync(id, (await meetings.FindAsync(id))!.Version, new AgendaItemDetails { Title = "Membership applications", DurationMinutes = 30 });
        return id;
    }

    [Fact]
    public async Task Hostile_text_in_the_participants_and_minutes_forms_is_refused_or_kept_and_the_minutes_PDF_shows_it_literally()
    {
        var tried = 0;
        int meetingId;
        await using (var scope = await ActAsAsync(Services, Roles.Secretariat))
        {
            var meetings = scope.ServiceProvider.GetRequiredService<MeetingService>();
            var minutes = scope.ServiceProvider.GetRequiredService<MinutesService>();
            meetingId = await MeetingOfTodayAsync(meetings, scope.ServiceProvider.GetRequiredService<SecretariatTime>());

            Func<string, NewParticipant>[] participantFields =
            [
                v => new(v, null, "Kenya Academy", "Director", ParticipantRole.Observer, Attendance.OnSite),
                v => new("Jane Doe", null, v, "Director", ParticipantRole.Observer, Attendance.Online),
                v => new("Jane Doe", null, "Kenya Academy", v, ParticipantRole.Observer, Attendance.Apologies),
            ];
            foreach (var make in participantFields)
                foreach (var value in All)
                {
                    var version = (await meetings.FindAsync(meetingId))!.Version;
                    await TryAsync(() => meetings.AddParticipantsAsync(meetingId, version, [make(value)]), "Participant");
                    tried++;
                }
            await meetings.AddParticipantsAsync(meetingId, (await meetings.FindAsync(meetingId))!.Version,
                [new(Script, null, ImgOnError, "Observer", ParticipantRole.Observer, Attendance.OnSite)]);

            var minutesId = await minutes.StartAsync(meetingId);
            async Task<Minutes> Current() => (await minutes.VersionsAsync(meetingId)).First();
            var itemId = (await Current()).Items[0].Id;
            Func<Minutes, string, Task>[] minutesFields =
            [
                (m, v) => minutes.SummarizeAsync(m.Id, m.Version, itemId, v),
                (m, v) => minutes.RecordDecisionAsync(m.Id, m.Version, itemId, v, DecisionOutcome.Noted),
                (m, v) => minutes.AddActionItemAsync(m.Id, m.Version, itemId, v, "Secretariat", null),
                (m, v) => minutes.AddActionItemAsync(m.Id, m.Version, itemId, "Send the letters", v, null),
            ];
            foreach (var change in minutesFields)
                foreach (var value in All)
                {
                    var current = await Current();
                    await TryAsync(() => change(current, value), "Minutes");
                    tried++;
                }
            var last = await Current();
            await minutes.SummarizeAsync(last.Id, last.Version, itemId, Script);
            last = await Current();
            await minutes.CirculateAsync(last.Id, last.Version, scope.ServiceProvider.GetRequiredService<SecretariatTime>().Today);
            foreach (var value in OverlongFirst)
            {
                var current = await Current();
                await TryAsync(() => minutes.ApproveAsync(current.Id, current.Version, current.CirculatedOn!.Value, value, null), "Approval");
                tried++;
            }
            Assert.Equal(MinutesStatus.Approved, (await Current()).Status);
            var approvedId = (await Current()).Id;
            foreach (var value in OverlongFirst)
            {
                var approved = (await minutes.VersionsAsync(meetingId)).Single(m => m.Id == approvedId);
                await TryAsync(() => minutes.CorrectAsync(approved.Id, approved.Version, value), "Correction");
                tried++;
            }
            Assert.Equal(2, (await minutes.VersionsAsync(meetingId)).Count);
            Assert.NotEqual(minutesId, (await Current()).Id);
        }
        await AssertNothingStoredBeyondLimitsAsync(Services);

        using var client = await SignedInClientAsync(app, Roles.Secretariat);
        foreach (var tab in new[] { "participants", "minutes" })
            await PageAsync(client, $"/meetings/{meetingId}?tab={tab}");
        var pdf = await client.GetAsync($"/meetings/{meetingId}/minutes.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfTools.Text(await pdf.Content.ReadAsByteArrayAsync());
        Assert.True(text.Contains(Script), $"The minutes do not show the summary as typed:\n{text}");
        Assert.Contains("onerror=alert(1)>", text); // the participant's affiliation, in the attendance
        output.WriteLine($"Participants and minutes fields: {tried} inputs tried.");
    }

    [Fact]
    public async Task Hostile_text_in_an_application_listed_for_the_board_and_in_review_comments_is_shown_literally()
    {
        var tried = 0;
        int applicationId, meetingId;
        await using (var scope = await ActAsAsync(Services, Roles.Secretariat))
        {
            var applications = scope.ServiceProvider.GetRequiredService<ApplicationService>();
            var input = A.ValidNewApplication();
            input.OrganizationName = Script + " Institute";
            input.Acronym = null;
            applicationId = await applications.CreateAsync(input, lookAlikesSeen: true);
            foreach (var value in All)
            {
                var application = (await applications.FindAsync(applicationId))!;
                await TryAsync(() => applications.EditDetailsAsync(applicationId, application.Version, application.ReceivedOn, value, ImgOnError), "Summary");
                application = (await applications.FindAsync(applicationId))!;
                await TryAsync(() => applications.EditDetailsAsync(applicationId, application.Version, application.ReceivedOn, "Summary", value), "Recommendation");
                tried += 2;
            }
            var current = (await applications.FindAsync(applicationId))!;
            await applications.EditDetailsAsync(applicationId, current.Version, current.ReceivedOn, Script, ImgOnError);
            foreach (var value in OverlongFirst)
            {
                var application = (await applications.FindAsync(applicationId))!;
                await TryAsync(() => applications.PerformAsync(applicationId, application.Version, new(ApplicationAction.StartReview, Note: value)), "Step note");
                tried++;
            }
            meetingId = (await applications.MeetingsOpenForListingAsync(MeetingBody.GoverningBoard)).First().Id;
            foreach (var value in OverlongFirst)
            {
                await TryAsync(() => applications.ListForBoardAsync(meetingId, [applicationId], value), "Listing note");
                tried++;
            }
            Assert.Equal(ApplicationState.ListedForBoard, (await applications.FindAsync(applicationId))!.State);
        }

        await using (var scope = await ActAsAsync(Services, Roles.BoardMember))
        {
            var reviews = scope.ServiceProvider.GetRequiredService<ReviewService>();
            Assert.Contains(await reviews.UpcomingListsAsync(), l => l.Meeting.Id == meetingId && l.Items.Any(i => i.ApplicationId == applicationId));
            foreach (var value in All)
            {
                await TryAsync(() => reviews.RecordPositionAsync(meetingId, applicationId, Position.Object, value), "Review comment");
                tried++;
            }
            await reviews.RecordPositionAsync(meetingId, applicationId, Position.Object, Script);
        }
        await AssertNothingStoredBeyondLimitsAsync(Services);

        using (var member = await SignedInClientAsync(app, Roles.BoardMember))
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", await PageAsync(member, "/review"));
        using var client = await SignedInClientAsync(app, Roles.Secretariat);
        await PageAsync(client, $"/applications/{applicationId}");
        await PageAsync(client, $"/meetings/{meetingId}?tab=applications");
        var pdf = await client.GetAsync($"/meetings/{meetingId}/applications.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        // A table cell may wrap the name: read it in content order, without the line breaks.
        var text = System.Text.RegularExpressions.Regex.Replace(PdfTools.Text(await pdf.Content.ReadAsByteArrayAsync(), raw: true), @"\s+", "");
        Assert.True(text.Contains(Script), $"The applications list does not show the organization as typed:\n{text}");
        output.WriteLine($"Application details, step notes and review comments: {tried} inputs tried.");
    }

    [Fact]
    public async Task Hostile_text_in_the_user_account_form_is_refused_or_kept_within_its_column_and_shown_as_text()
    {
        var tried = 0;
        var created = 0;
        await using (var scope = await ActAsAsync(Services, Roles.Administrator))
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAdminService>();
            Func<string, int, NewUser>[] fields =
            [
                (v, i) => new() { Email = v, DisplayName = "Jane Doe", Password = "Choose-a-long-1", Role = Roles.Viewer },
                (v, i) => new() { Email = $"hostile{i}@example.org", DisplayName = v, Password = "Choose-a-long-1", Role = Roles.Viewer },
                (v, i) => new() { Email = $"password{i}@example.org", DisplayName = "Jane Doe", Password = v, Role = Roles.Viewer },
                (v, i) => new() { Email = $"role{i}@example.org", DisplayName = "Jane Doe", Password = "Choose-a-long-1", Role = v },
            ];
            foreach (var make in fields)
                foreach (var value in All)
                {
                    if (await TryAsync(() => accounts.CreateAsync(make(value, tried)), "New account")) created++;
                    tried++;
                }
        }
        await AssertNothingStoredBeyondLimitsAsync(Services);
        Assert.True(created > 0, "No hostile account was accepted, so the users page shows none of them.");

        await using (var db = await DbAsync())
            Assert.Contains(await db.Users.Select(u => u.DisplayName).ToListAsync(), n => n == Script);
        using var client = await SignedInClientAsync(app, Roles.Administrator);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", await PageAsync(client, "/admin/users"));
        output.WriteLine($"User account fields: {tried} inputs tried, {created} accounts accepted.");
    }
}
