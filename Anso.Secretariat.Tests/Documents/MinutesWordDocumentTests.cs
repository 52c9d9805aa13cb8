using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Minutes = Anso.Secretariat.Domain.Meetings.Minutes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>minutes.docx of the demo meetings, opened with the Open XML SDK: the same record as minutes.pdf, as Word headings and tables.</summary>
public class MinutesWordDocumentTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task The_2nd_GB_minutes_in_word_have_the_headings_of_the_pdf_the_attendance_table_the_decisions_and_the_annex_table()
    {
        var (fileName, docx) = await MinutesDocxAsync(2, Roles.Viewer);
        Assert.Equal("2nd-GB-2019-minutes.docx", fileName);
        using var word = Open(docx);
        var body = word.MainDocumentPart!.Document!.Body!;

        Assert.Equal("Minutes of the 2nd ANSO Governing Board (GB) Meeting", word.PackageProperties.Title);
        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var text = string.Join("\n", body.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("Approved on 16 Dec 2019 by the Chair, Prof. Chunli Bai. Version 1.", text);
        Assert.DoesNotContain("DRAFT", text);

        // Every heading is a Word heading, and the PDF has each of them.
        var headings = Headings(body);
        Assert.Contains("Attendance", headings);
        Assert.Contains("Decisions", headings);
        Assert.Contains("Annex: Membership applications decided", headings);
        Assert.Contains("15 applications endorsed by the 2nd GB", headings);
        var pdf = Flat(PdfTools.Text((await host.AsAsync(Roles.Viewer)).ServiceProvider.GetRequiredService<MinutesService>()
            .MinutesPdfAsync(await MeetingIdAsync(2)).Result!.Content));
        Assert.All(headings, h => Assert.Contains(Flat(h), pdf));

        // The attendance is a table: who attended how, in full.
        var tables = body.Elements<Table>().ToList();
        var attendance = Rows(tables.First(t => Rows(t).Any(r => r.Any(c => c.Contains("Annamária Szabó, Hungarian Academy of Sciences")))));
        Assert.Contains(attendance, r => r.Length == 2 && r[1].Contains("Mohammad Qasim Jan, Pakistan Academy of Sciences"));

        // The decisions, on applications and typed in.
        Assert.Contains("The Board endorsed the ANSO budget for 2020.", text);
        Assert.Contains("Endorsed: National University of Laos", text);

        // The annex: a table with its header row, grouped by category, one row per application.
        var annex = tables.Single(t => Rows(t).FirstOrDefault() is ["No.", "Organization", "Country", "Decision"]);
        Assert.NotNull(annex.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        var rows = Rows(annex);
        Assert.Equal(15, rows.Count(r => r.Length == 4 && int.TryParse(r[0], out _)));
        Assert.Contains(["National Academies (5)"], rows);
        Assert.Contains(rows, r => r.Length == 4 && r[1].StartsWith("National University of Laos") && r[3] == "Endorsed");
    }

    [Fact]
    public async Task Circulated_minutes_in_word_carry_the_draft_mark_and_their_action_items_as_a_table()
    {
        var meetingId = await MeetingIdAsync(9);
        await using (var secretariat = await host.AsAsync(Roles.Secretariat))
        {
            var service = secretariat.ServiceProvider.GetRequiredService<MinutesService>();
            var minutes = (await service.VersionsAsync(meetingId)).First();
            await service.AddActionItemAsync(minutes.Id, minutes.Version, minutes.Items[0].Id, "Send the minutes to the members", "Secretariat", new DateOnly(2025, 2, 1));
        }

        var (_, docx) = await MinutesDocxAsync(9, Roles.Viewer);
        using var word = Open(docx);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Equal("DRAFT", body.Elements<Paragraph>().First().InnerText);
        Assert.Contains("Action items", Headings(body));
        var actions = Rows(body.Elements<Table>().Single(t => Rows(t).FirstOrDefault() is ["Action", "Who", "By", "Status"]));
        Assert.Contains(["Send the minutes to the members", "Secretariat", "1 Feb 2025", "Open"], actions);
    }

    [Fact]
    public async Task A_gb_member_gets_the_word_minutes_of_a_gb_meeting_but_not_of_a_general_assembly()
    {
        Assert.NotNull((await MinutesDocxAsync(9, Roles.BoardMember)).Content);
        int assembly;
        await using (var db = await host.DbAsync())
        {
            var ga = await db.Meetings.SingleAsync(m => m.Body == MeetingBody.GeneralAssembly && m.Number == 4);
            if (!await db.Minutes.AnyAsync(m => m.MeetingId == ga.Id))
            {
                var gaMinutes = Minutes.Start(ga, [], "Li Wei", Actors.SomeMoment);
                gaMinutes.Circulate(new DateOnly(2025, 11, 20), "Li Wei", Actors.SomeMoment);
                db.Minutes.Add(gaMinutes);
                await db.SaveChangesAsync();
            }
            assembly = ga.Id;
        }
        await using var member = await host.AsAsync(Roles.BoardMember);
        Assert.Null(await member.ServiceProvider.GetRequiredService<MinutesService>().MinutesDocxAsync(assembly));
        await using var viewer = await host.AsAsync(Roles.Viewer);
        Assert.NotNull(await viewer.ServiceProvider.GetRequiredService<MinutesService>().MinutesDocxAsync(assembly));
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static List<string> Headings(Body body) => body.Elements<Paragraph>()
        .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading") == true)
        .Select(p => p.InnerText).ToList();

    private static List<string[]> Rows(Table table) =>
        table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();

    private async Task<(string FileName, byte[] Content)> MinutesDocxAsync(int gbNumber, string role)
    {
        await using var scope = await host.AsAsync(role);
        var file = await scope.ServiceProvider.GetRequiredService<MinutesService>().MinutesDocxAsync(await MeetingIdAsync(gbNumber));
        Assert.NotNull(file);
        return (file.FileName, file.Content);
    }

    private async Task<int> MeetingIdAsync(int gbNumber)
    {
        await using var db = await host.DbAsync();
        return await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == gbNumber).Select(m => m.Id).SingleAsync();
    }

    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
