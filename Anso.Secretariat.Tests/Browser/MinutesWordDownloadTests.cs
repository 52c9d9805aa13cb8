using System.Net;
using Anso.Secretariat.App.Documents.Word;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Meetings;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>/meetings/{id}/minutes.docx: the minutes as Word, for whoever may read the minutes PDF, never cached.</summary>
[Collection(BrowserCollection.Name)]
public class MinutesWordDownloadTests(AppFixture app)
{
    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        { BaseAddress = new Uri(app.BaseUrl) };

    [Fact]
    public async Task A_reader_downloads_the_minutes_as_a_word_document_that_is_not_cached()
    {
        using var client = Client();
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Viewer], app.Passwords[Roles.Viewer]);

        var response = await client.GetAsync($"/meetings/{await GbMeetingIdAsync(2)}/minutes.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WordFile.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Equal("2nd-GB-2019-minutes.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Annex: Membership applications decided", word.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task An_unknown_meeting_has_no_word_minutes()
    {
        using var client = Client();
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Viewer], app.Passwords[Roles.Viewer]);
        var response = await client.GetAsync("/meetings/987654/minutes.docx");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_gb_member_gets_no_word_minutes_of_a_meeting_whose_pdf_minutes_they_may_not_read()
    {
        using var client = Client();
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.BoardMember], app.Passwords[Roles.BoardMember]);
        int assembly = 0;
        await app.WithDatabaseAsync(async db =>
            assembly = await db.Meetings.Where(m => m.Body == MeetingBody.GeneralAssembly).Select(m => m.Id).FirstAsync());

        var docx = await client.GetAsync($"/meetings/{assembly}/minutes.docx");
        var pdf = await client.GetAsync($"/meetings/{assembly}/minutes.pdf");
        Assert.Equal(HttpStatusCode.NotFound, docx.StatusCode);
        Assert.Equal(pdf.StatusCode, docx.StatusCode);
    }

    [Fact]
    public async Task Without_sign_in_the_word_minutes_get_401()
    {
        using var client = Client();
        var response = await client.GetAsync($"/meetings/{await GbMeetingIdAsync(2)}/minutes.docx");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<int> GbMeetingIdAsync(int number)
    {
        var id = 0;
        await app.WithDatabaseAsync(async db =>
            id = await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == number).Select(m => m.Id).SingleAsync());
        return id;
    }
}
