using System.Net;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Browser;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>Every document link takes <c>?lang=en</c> or <c>?lang=zh-Hans</c>, and refuses another language in words (issue 15).</summary>
[Collection(BrowserCollection.Name)]
public class DocumentLanguageEndpointTests(AppFixture app)
{
    private static readonly string[] Documents = ["agenda.pdf", "applications.pdf", "minutes.pdf", "minutes/v1.pdf", "minutes.docx"];

    private async Task<HttpClient> ViewerAsync()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl) };
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Viewer], app.Passwords[Roles.Viewer]);
        return client;
    }

    private async Task<int> GbAsync(int number)
    {
        var id = 0;
        await app.WithDatabaseAsync(async db =>
            id = await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == number).Select(m => m.Id).SingleAsync());
        return id;
    }

    [Fact]
    public async Task A_language_that_is_not_served_is_refused_with_the_languages_that_are()
    {
        using var client = await ViewerAsync();
        var gb = await GbAsync(2);

        foreach (var link in Documents.Select(d => $"/meetings/{gb}/{d}").Append("/members.pdf"))
        {
            var response = await client.GetAsync($"{link}?lang=fr");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{link}?lang=fr answered {response.StatusCode}");
            Assert.Equal("The document language 'fr' is not available: use ?lang=en (English) or ?lang=zh-Hans (Chinese).",
                await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Every_document_comes_in_English_and_in_Chinese()
    {
        using var client = await ViewerAsync();
        var gb = await GbAsync(2);

        foreach (var link in Documents.Where(d => d.EndsWith(".pdf")).Select(d => $"/meetings/{gb}/{d}").Append("/members.pdf"))
        {
            var english = await client.GetAsync($"{link}?lang=en");
            var chinese = await client.GetAsync($"{link}?lang=zh-Hans");
            Assert.True(english.StatusCode == HttpStatusCode.OK && chinese.StatusCode == HttpStatusCode.OK, $"{link}: {english.StatusCode}, {chinese.StatusCode}");
            var englishText = PdfTools.Text(await english.Content.ReadAsByteArrayAsync());
            var chineseText = PdfTools.Text(await chinese.Content.ReadAsByteArrayAsync());
            Assert.Contains("Alliance of International Science Organizations (ANSO)", englishText);
            Assert.Contains("“一带一路”国际科学组织联盟（ANSO）", chineseText);
            Assert.DoesNotContain("Alliance of International Science Organizations", chineseText);
            // Saved side by side, the two files keep their own names.
            Assert.Equal(Path.GetFileNameWithoutExtension(FileName(english)) + "-zh-Hans.pdf", FileName(chinese));
        }
        var docx = await client.GetAsync($"/meetings/{gb}/minutes.docx?lang=zh-Hans");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("2nd-GB-2019-minutes-zh-Hans.docx", FileName(docx));
    }

    private static string FileName(HttpResponseMessage response)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        var name = disposition?.FileNameStar ?? disposition?.FileName?.Trim('"');
        Assert.False(string.IsNullOrEmpty(name), $"{response.RequestMessage?.RequestUri} gives no file name");
        return name;
    }

    [Fact]
    public async Task Approved_minutes_in_Chinese_are_an_unsigned_copy_that_says_so_and_the_English_record_is_unchanged()
    {
        using var client = await ViewerAsync();
        var gb = await GbAsync(2);

        var record = await client.GetByteArrayAsync($"/meetings/{gb}/minutes.pdf");
        var plain = await client.GetByteArrayAsync($"/meetings/{gb}/minutes.pdf?lang=en");
        var chinese = await client.GetByteArrayAsync($"/meetings/{gb}/minutes.pdf?lang=zh-Hans");

        Assert.Equal(PdfTools.Text(record), PdfTools.Text(plain));
        var text = Flat(PdfTools.Text(chinese));
        Assert.Contains("ANSO第2次理事会会议 纪要", text);
        Assert.Contains("本中文本根据当前数据生成，未经签名", text);
        Assert.Contains("已于2019年12月16日由", text);
        Assert.DoesNotContain("本中文本", PdfTools.Text(record));
        Assert.DoesNotContain("/Type /Sig", System.Text.Encoding.Latin1.GetString(chinese));
        PdfTools.Check(chinese);
    }

    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
