using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Documents.Word;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Localization;
using Anso.Secretariat.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>
/// The documents of the demo meetings in Chinese (issue 15): their wording from DocumentsText and Wording in Chinese,
/// with no English wording left, the Chinese font embedded and subset, and pages a reader opens.
/// </summary>
public class ChineseDocumentsTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private async Task<(byte[] Agenda, byte[] Applications, byte[] Minutes, byte[] Register)> ChineseDocumentsAsync(int gbNumber)
    {
        InChinese.Use();
        await using var viewer = await host.AsAsync(Roles.Viewer);
        var meetings = viewer.ServiceProvider.GetRequiredService<MeetingService>();
        var minutes = viewer.ServiceProvider.GetRequiredService<MinutesService>();
        var id = await MeetingIdAsync(gbNumber);
        var register = MemberRegisterDocument.Build(await viewer.ServiceProvider.GetRequiredService<MemberRegisterService>().MembersAsync(), new DateOnly(2026, 12, 1));
        return ((await meetings.AgendaPdfAsync(id))!.Content, (await meetings.ApplicationsPdfAsync(id))!.Content,
            (await minutes.MinutesPdfAsync(id, null, DocumentLanguage.Chinese))!.Content, PdfRenderer.Render(register));
    }

    [Fact]
    public async Task The_documents_of_the_2nd_GB_read_in_Chinese_with_no_English_wording_left()
    {
        var (agenda, applications, minutes, register) = await ChineseDocumentsAsync(2);

        var agendaText = Flat(PdfTools.Text(agenda));
        Assert.Contains("ANSO第2次理事会会议 议程", agendaText);
        Assert.Contains("“一带一路”国际科学组织联盟（ANSO）", agendaText);
        Assert.Contains("2019年11月6日", agendaText);
        var minutesText = Flat(PdfTools.Text(minutes));
        Assert.Contains("ANSO第2次理事会会议 纪要", minutesText);
        Assert.Contains("附件：已作出决定的会员申请", minutesText);
        Assert.Contains("第 1 页，共", minutesText);
        Assert.Contains("会员名册", PdfTools.Text(register));
        Assert.Contains("截至2026年12月1日", PdfTools.Text(register));

        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "anso-chinese")).FullName;
        foreach (var (name, pdf) in new[] { ("agenda", agenda), ("applications", applications), ("minutes", minutes), ("register", register) })
            File.WriteAllBytes(Path.Combine(folder, $"2nd-GB-{name}.pdf"), pdf); // to read or look at
        foreach (var (name, pdf) in new[] { ("agenda", agenda), ("applications", applications), ("minutes", minutes), ("register", register) })
            Assert.True(EnglishLeftIn(PdfTools.Text(pdf)) is [] , $"{name}: English left: {string.Join("; ", EnglishLeftIn(PdfTools.Text(pdf)))}");
    }

    [Fact]
    public async Task The_Chinese_documents_embed_subsets_of_their_fonts_and_open_in_a_reader()
    {
        var (agenda, applications, minutes, register) = await ChineseDocumentsAsync(9);

        foreach (var pdf in new[] { agenda, applications, minutes, register })
        {
            var fonts = PdfTools.Fonts(pdf);
            Assert.Contains(fonts, f => f.Name.Contains("Droid Sans Fallback", StringComparison.Ordinal));
            Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset, $"{f.Name} is not an embedded subset"));
            PdfTools.Check(pdf);
        }
        // Draft minutes in Chinese carry the Chinese draft mark. For a look: /tmp/anso-chinese/minutes-1.png and on.
        Assert.Contains("草", PdfTools.Text(minutes, raw: true));
        Assert.NotEmpty(PdfTools.ToPng(minutes, Path.Combine(Path.GetTempPath(), "anso-chinese"), dpi: 80, prefix: "minutes"));
        Assert.NotEmpty(PdfTools.ToPng(applications, Path.Combine(Path.GetTempPath(), "anso-chinese"), dpi: 80, prefix: "applications"));
    }

    [Fact]
    public async Task The_word_minutes_in_Chinese_say_what_the_pdf_says()
    {
        InChinese.Use();
        await using var viewer = await host.AsAsync(Roles.Viewer);
        var docx = await viewer.ServiceProvider.GetRequiredService<MinutesService>().MinutesDocxAsync(await MeetingIdAsync(2));

        using var word = WordprocessingDocument.Open(new MemoryStream(docx!.Content), false);
        Assert.Contains("附件：已作出决定的会员申请", word.MainDocumentPart!.Document!.Body!.InnerText);
        Assert.Equal("zh-CN", word.PackageProperties.Language);
    }

    /// <summary>
    /// Phrases of the documents' English wording (DocumentsText) found in <paramref name="text"/>. Single words are left out:
    /// the demo data is English ("New applications for ANSO membership", the category "International Organizations"), and
    /// so is "ANSO Secretariat", which presents items in the demo agenda.
    /// </summary>
    private static List<string> EnglishLeftIn(string text)
    {
        var flat = Flat(text);
        var manager = new ResourceManager(typeof(DocumentsText));
        var english = manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!.Cast<DictionaryEntry>();
        return english.Where(e => (string)e.Key != "Secretariat" && (string)e.Value! != manager.GetString((string)e.Key, InChinese.Culture))
            .SelectMany(e => Regex.Split((string)e.Value!, @"\{\d+\}|\n").Select(p => p.Trim()).Where(p => p.Contains(' ') && p.Count(char.IsLetter) >= 6))
            .Where(p => flat.Contains(p, StringComparison.Ordinal)).Distinct().ToList();
    }

    private async Task<int> MeetingIdAsync(int gbNumber)
    {
        await using var db = await host.DbAsync();
        return await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == gbNumber).Select(m => m.Id).SingleAsync();
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
}
