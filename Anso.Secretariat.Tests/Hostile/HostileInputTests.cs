using System.Net;
using System.Text;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Documents;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Anso.Secretariat.Tests.Hostile.HostileInputs;

namespace Anso.Secretariat.Tests.Hostile;

/// <summary>
/// Issue #11's hostile-input suite: every form field and import column, every upload and every id route, fed what an
/// attacker would send. No 500, nothing stored beyond its column, nothing rendered as markup in the pages, the PDFs
/// (pdftotext shows the literal text) or the CSVs (formula prefixes neutralized). Each test prints how many inputs it tried.
/// </summary>
public sealed class HostileInputTests(HostileAppFixture app, ITestOutputHelper output) : IClassFixture<HostileAppFixture>
{
    private IServiceProvider Services => app.Services;

    private static bool IsRefusal(Exception e) => e is ValidationException or DomainException;

    /// <summary>Runs one hostile try: it either works or is refused with a message; anything else fails the test.</summary>
    private static async Task<bool> TryAsync(Func<Task> attempt, string what)
    {
        try { await attempt(); return true; }
        catch (Exception e) when (IsRefusal(e)) { return false; }
        catch (Exception e) { throw new Xunit.Sdk.XunitException($"{what} failed with {e.GetType().Name}: {e.Message}"); }
    }

    [Fact]
    public async Task No_id_route_answers_500_for_a_negative_zero_non_numeric_or_too_large_id()
    {
        using var client = await SignedInClientAsync(app, Roles.Secretariat);
        string[] templates =
        [
            "/applications/{0}", "/organizations/{0}", "/meetings/{0}",
            "/meetings/{0}?tab=participants", "/meetings/{0}?tab=agenda", "/meetings/{0}?tab=applications", "/meetings/{0}?tab=minutes",
            "/meetings/{0}/agenda.pdf", "/meetings/{0}/applications.pdf", "/meetings/{0}/minutes.pdf",
            "/applications/{0}/documents/{0}", "/applications/1/documents/{0}", "/meetings/{0}/papers/{0}", "/meetings/1/papers/{0}",
            "/export/applications.csv?meeting={0}&category={0}", "/export/organizations.csv?category={0}", "/export/decisions.csv?meeting={0}&year={0}",
        ];
        var tried = 0;
        foreach (var template in templates)
            foreach (var id in Ids)
            {
                var address = string.Format(template, id);
                var response = await client.GetAsync(address);
                tried++;
                Assert.True((int)response.StatusCode < 500, $"{address} answered {(int)response.StatusCode}.");
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                    Assert.DoesNotContain("Something went wrong", await response.Content.ReadAsStringAsync());
            }
        output.WriteLine($"Id routes: {tried} addresses tried ({templates.Length} routes × {Ids.Length} ids).");
    }

    [Fact]
    public async Task Hostile_text_in_every_application_and_register_field_is_refused_or_kept_within_its_column_and_shown_as_text()
    {
        var tried = 0;
        var created = new List<int>();
        await using (var scope = await ActAsAsync(Services, Roles.Secretariat))
        {
            var applications = scope.ServiceProvider.GetRequiredService<ApplicationService>();
            var register = scope.ServiceProvider.GetRequiredService<MemberRegisterService>();
            Action<NewApplication, string>[] applicationFields =
            [
                (a, v) => a.OrganizationName = v, (a, v) => a.Acronym = v, (a, v) => a.Website = v, (a, v) => a.Address = v,
                (a, v) => a.ContactName = v, (a, v) => a.ContactEmail = v, (a, v) => a.Summary = v, (a, v) => a.CountryCode = v,
            ];
            foreach (var (set, field) in applicationFields.Select((s, i) => (s, i)))
                foreach (var value in All)
                {
                    var input = A.ValidNewApplication();
                    input.OrganizationName = $"Hostile Institute {field}-{tried}";
                    input.Acronym = null;
                    set(input, value);
                    var id = 0;
                    if (await TryAsync(async () => id = await applications.CreateAsync(input, lookAlikesSeen: true), $"New application, field {field}"))
                        created.Add(id);
                    tried++;
                }

            var organizationId = (await applications.FindAsync(created.First()))!.OrganizationId;
            Action<OrganizationDetails, string>[] profileFields =
            [
                (o, v) => o.Name = v, (o, v) => o.Acronym = v, (o, v) => o.Website = v, (o, v) => o.Address = v,
                (o, v) => o.ContactName = v, (o, v) => o.ContactEmail = v,
            ];
            foreach (var set in profileFields)
                foreach (var value in All)
                {
                    var profile = (await register.FindAsync(organizationId))!.Organization;
                    var details = OrganizationDetails.Of(profile);
                    set(details, value);
                    await TryAsync(() => register.EditAsync(organizationId, profile.Version, details, lookAlikesSeen: true), "Profile");
                    tried++;
                }
            foreach (var value in All)
            {
                await TryAsync(() => register.AddRepresentativeAsync(organizationId, value, value, null), "Representative");
                await TryAsync(() => register.AddRepresentativeAsync(organizationId, "Wang Fang", value, value.Length < 100 ? "wang@example.org" : value), "Representative");
                tried += 2;
            }
        }
        await AssertNothingStoredBeyondLimitsAsync(Services);
        Assert.NotEmpty(created);

        using var client = await SignedInClientAsync(app, Roles.Secretariat);
        var pages = new List<string> { "/applications", "/organizations", "/organizations?search=hostile", "/applications?search=hostile", "/search?q=hostile" };
        await using (var db = await Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<App.Data.SecretariatDbContext>>().CreateDbContextAsync())
        {
            var organizations = await db.Applications.Where(a => created.Contains(a.Id)).Select(a => a.OrganizationId).Distinct().ToListAsync();
            pages.AddRange(created.Select(id => $"/applications/{id}"));
            pages.AddRange(organizations.Select(id => $"/organizations/{id}"));
        }
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}.");
            AssertEscaped(await response.Content.ReadAsStringAsync(), page);
        }
        int? withScript;
        await using (var db = await Services.GetRequiredService<IDbContextFactory<App.Data.SecretariatDbContext>>().CreateDbContextAsync())
            withScript = await db.Organizations.Where(o => o.Name == Script || o.Address == Script || o.ContactName == Script).Select(o => (int?)o.Id).FirstOrDefaultAsync();
        Assert.NotNull(withScript); // some field takes the markup as text, and the page shows it as text
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", await client.GetStringAsync($"/organizations/{withScript}"));

        await AssertCsvNeutralizedAsync(client, "/export/organizations.csv");
        await AssertCsvNeutralizedAsync(client, "/export/applications.csv");
        output.WriteLine($"Application and register fields: {tried} inputs tried, {created.Count} applications accepted, {pages.Count} pages checked.");
    }

    /// <summary>No field of the CSV starts with a formula prefix; the hostile formulas are there, behind an apostrophe.</summary>
    private static async Task AssertCsvNeutralizedAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = CsvFiles.Read(await response.Content.ReadAsByteArrayAsync()); // Read takes the apostrophe off
        var raw = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        foreach (var prefix in new[] { "=HYPERLINK", "+1+2", "@SUM" })
            Assert.DoesNotMatch($"(^|[,;\\t]\"?){System.Text.RegularExpressions.Regex.Escape(prefix)}", raw);
        Assert.Contains("'=HYPERLINK", raw);
        Assert.Contains(table.Records, r => r.Fields.Any(f => f.StartsWith("=HYPERLINK", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Hostile_text_in_every_meeting_and_agenda_field_is_refused_or_kept_and_the_agenda_PDF_shows_it_literally()
    {
        var tried = 0;
        int meetingId;
        await using (var scope = await ActAsAsync(Services, Roles.Secretariat))
        {
            var meetings = scope.ServiceProvider.GetRequiredService<MeetingService>();
            var today = scope.ServiceProvider.GetRequiredService<SecretariatTime>().Today;
            MeetingDetails Details(string? place = "CAS Headquarters", string? city = "Beijing", string? chair = "Prof. Chair", string? coChairs = null) => new()
            {
                Body = MeetingBody.WorkingGroup, StartDate = today.AddDays(40), EndDate = today.AddDays(40), Mode = MeetingMode.OnSite,
                Place = place, City = city, CountryCode = "CN", Chair = chair, CoChairs = coChairs,
            };
            var first = Details();
            first.Number = await meetings.ProposeNumberAsync(MeetingBody.WorkingGroup);
            meetingId = await meetings.CreateAsync(first);
            Func<string, MeetingDetails>[] fields = [v => Details(place: v), v => Details(city: v), v => Details(chair: v), v => Details(coChairs: v)];
            foreach (var make in fields)
                foreach (var value in All)
                {
                    var details = make(value);
                    details.Number = first.Number;
                    var version = (await meetings.FindAsync(meetingId))!.Version;
                    await TryAsync(() => meetings.UpdateDetailsAsync(meetingId, version, details), "Meeting details");
                    tried++;
                }
            var shown = Details(chair: Script, place: ImgOnError);
            shown.Number = first.Number;
            await meetings.UpdateDetailsAsync(meetingId, (await meetings.FindAsync(meetingId))!.Version, shown);

            Func<string, AgendaItemDetails>[] itemFields =
            [
                v => new() { Title = v }, v => new() { Title = "Report", Presenter = v }, v => new() { Title = "Report", Notes = v },
            ];
            foreach (var make in itemFields)
                foreach (var value in All)
                {
                    var version = (await meetings.FindAsync(meetingId))!.Version;
                    await TryAsync(() => meetings.AddItemAsync(meetingId, version, make(value)), "Agenda item");
                    tried++;
                }
        }
        await AssertNothingStoredBeyondLimitsAsync(Services);

        using var client = await SignedInClientAsync(app, Roles.Secretariat);
        foreach (var tab in new[] { "overview", "participants", "agenda", "minutes" })
        {
            var page = $"/meetings/{meetingId}?tab={tab}";
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertEscaped(await response.Content.ReadAsStringAsync(), page);
        }
        var pdf = await client.GetAsync($"/meetings/{meetingId}/agenda.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfTools.Text(await pdf.Content.ReadAsByteArrayAsync());
        Assert.True(text.Contains(Script), $"The agenda's text does not show the chair as typed:\n{text}");
        Assert.Contains("onerror=alert(1)>", text); // the venue
        await using (var scope = await ActAsAsync(Services, Roles.Secretariat))
        {
            var agenda = (await scope.ServiceProvider.GetRequiredService<MeetingService>().FindAsync(meetingId))!.Agenda;
            foreach (var item in agenda.Where(i => i.Title is Script or ImgOnError))
                Assert.Contains(item.Title, text); // an item title, as typed
        }
        output.WriteLine($"Meeting and agenda fields: {tried} inputs tried.");
    }

    [Fact]
    public async Task Hostile_text_in_every_import_column_is_an_error_row_or_imported_within_its_column()
    {
        string[] columns = ["Name", "Acronym", "Country", "Category", "Status", "Membership type", "Member since", "Founding member", "GB member", "Website", "Address", "Contact name", "Contact email"];
        string[] good = ["", "", "Kenya", "Universities", "Applicant", "", "", "no", "no", "https://example.org", "Nairobi", "Jane Doe", "jane@example.org"];
        var rows = new List<string>();
        var tried = 0;
        foreach (var (column, index) in columns.Select((c, i) => (c, i)))
            foreach (var value in All)
            {
                var fields = good.ToArray();
                fields[0] = $"Imported Hostile {index}-{tried}";
                fields[index] = value;
                rows.Add(string.Join(",", fields.Select(Quote)));
                tried++;
            }
        var file = Encoding.UTF8.GetBytes(string.Join("\r\n", [string.Join(",", columns), .. rows]) + "\r\n");

        await using var scope = await ActAsAsync(Services, Roles.Secretariat);
        var import = scope.ServiceProvider.GetRequiredService<ImportService>();
        var preview = await import.PreviewAsync(ImportKind.Organizations, "hostile.csv", file);
        Assert.Empty(preview.FileErrors);
        Assert.Equal(rows.Count, preview.Rows.Count);
        foreach (var row in preview.Rows.Where(r => r.Label.Length > 0))
            Assert.True(row.Outcome != RowOutcome.New || !rows[row.Row - 2].Contains(Overlong), $"Row {row.Row} with an overlong value is not an error.");

        // The rows the preview accepts are imported; what they hold stays within every column.
        var accepted = preview.Rows.Where(r => r.Outcome == RowOutcome.New).Select(r => rows[r.Row - 2]).ToList();
        Assert.NotEmpty(accepted);
        var acceptedFile = Encoding.UTF8.GetBytes(string.Join("\r\n", [string.Join(",", columns), .. accepted]) + "\r\n");
        var report = await import.ImportAsync(ImportKind.Organizations, "hostile.csv", acceptedFile);
        Assert.Equal(accepted.Count, report.New);
        await AssertNothingStoredBeyondLimitsAsync(Services);

        using var client = await SignedInClientAsync(app, Roles.Secretariat);
        var list = await client.GetAsync("/organizations?search=imported");
        AssertEscaped(await list.Content.ReadAsStringAsync(), "/organizations?search=imported");
        output.WriteLine($"Import columns: {tried} inputs tried, {accepted.Count} rows imported.");
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    [Fact]
    public async Task Every_hostile_upload_is_refused_and_a_hostile_file_name_is_cleaned()
    {
        var files = new (string Name, byte[] Content)[]
        {
            ("page.pdf", SampleFiles.Html), ("polyglot.pdf", SampleFiles.PdfHeaderThenHtml), ("script.pdf", SampleFiles.PdfWithJavaScript),
            ("actions.pdf", SampleFiles.PdfWithAdditionalActions), ("archive.pdf", SampleFiles.Concat(SampleFiles.Pdf, SampleFiles.Zip)),
            ("archive.png", SampleFiles.Concat(SampleFiles.Png, SampleFiles.Zip)), ("archive.jpg", SampleFiles.Concat(SampleFiles.Jpeg, SampleFiles.Zip)),
            ("broken.png", SampleFiles.CorruptPng()), ("half.pdf", SampleFiles.Truncated(SampleFiles.Pdf)), ("half.jpg", SampleFiles.Jpeg[..^2]),
            ("image.pdf", SampleFiles.Png), ("document.png", SampleFiles.Pdf), ("archive.zip", SampleFiles.Zip), ("page.html", SampleFiles.Html),
        };
        var tried = 0;
        await using var scope = await ActAsAsync(Services, Roles.Secretariat);
        var applications = scope.ServiceProvider.GetRequiredService<ApplicationService>();
        var meetings = scope.ServiceProvider.GetRequiredService<MeetingService>();
        var input = A.ValidNewApplication();
        input.OrganizationName = "Upload Test Institute";
        input.Acronym = null;
        var applicationId = await applications.CreateAsync(input, lookAlikesSeen: true);
        var meeting = (await meetings.ListAsync()).First(m => m.IsUpcoming && m.Items > 0);
        var whole = (await meetings.FindAsync(meeting.Id))!;
        var itemId = whole.Agenda.First().Id;
        await using var db = await Services.GetRequiredService<IDbContextFactory<App.Data.SecretariatDbContext>>().CreateDbContextAsync();
        var documentsBefore = await db.SupportingDocuments.CountAsync();
        var papersBefore = await db.Set<AgendaPaper>().CountAsync(p => p.FileName != null);

        foreach (var (name, content) in files)
        {
            Assert.False(await TryAsync(() => applications.AttachDocumentAsync(applicationId, name, content.Length, () => new MemoryStream(content)), name), $"{name} was attached to an application.");
            Assert.False(await TryAsync(() => meetings.AttachPaperAsync(meeting.Id, itemId, "Paper", name, content.Length, () => new MemoryStream(content)), name), $"{name} was attached as a paper.");
            tried += 2;
        }
        Assert.Equal(documentsBefore, await db.SupportingDocuments.CountAsync());
        Assert.Equal(papersBefore, await db.Set<AgendaPaper>().CountAsync(p => p.FileName != null));

        var names = HostileInputs.Texts.Select(t => t + ".pdf").Append(Overlong + ".pdf").Append("evil\u202Efdp.exe.pdf");
        var ids = new List<int>();
        foreach (var name in names)
        {
            if (await TryAsync(async () => ids.Add((await applications.AttachDocumentAsync(applicationId, name, SampleFiles.Pdf.Length, () => new MemoryStream(SampleFiles.Pdf))).Id), name))
            {
                var lastId = ids[^1];
                var stored = await db.SupportingDocuments.AsNoTracking().SingleAsync(d => d.Id == lastId);
                Assert.True(stored.FileName.Length <= TextLimits.FileName);
                Assert.EndsWith(".pdf", stored.FileName);
                Assert.DoesNotContain(stored.FileName, c => char.IsControl(c) || c is '\u202E' or '\u202C');
            }
            tried++;
        }
        await AssertNothingStoredBeyondLimitsAsync(Services);

        using var client = await SignedInClientAsync(app, Roles.Secretariat);
        var page = await client.GetAsync($"/applications/{applicationId}");
        AssertEscaped(await page.Content.ReadAsStringAsync(), "the application's page");
        foreach (var id in ids)
        {
            var download = await client.GetAsync($"/applications/{applicationId}/documents/{id}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(SampleFiles.Pdf, await download.Content.ReadAsByteArrayAsync());
        }
        output.WriteLine($"Uploads: {tried} uploads tried ({files.Length} hostile files × 2 places, {names.Count()} hostile names).");
    }
}
