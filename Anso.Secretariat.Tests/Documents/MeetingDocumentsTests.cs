using System.Text.RegularExpressions;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Anso.Secretariat.Tests.Support.MeetingTestData;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>The agenda and applications list, read back with pdftotext, pdfinfo, pdffonts and qpdf.</summary>
public sealed class MeetingDocumentsTests : IClassFixture<MeetingDocumentsTests.DemoDatabase>
{
    public sealed class DemoDatabase : IDisposable
    {
        public TestDatabase Database { get; } = TestDatabase.WithDemoData();
        public void Dispose() => Database.Dispose();
    }

    private readonly TestDatabase database;
    private readonly MeetingService secretariat;

    public MeetingDocumentsTests(DemoDatabase demo)
    {
        database = demo.Database;
        secretariat = MeetingServices.For(database, Roles.Secretariat);
    }

    private async Task<int> MeetingIdAsync(MeetingBody body, int number)
    {
        await using var db = database.CreateContext();
        return await db.Meetings.Where(m => m.Body == body && m.Number == number).Select(m => m.Id).SingleAsync();
    }

    [Fact]
    public async Task The_9th_GB_agenda_has_its_title_block_and_the_newsletters_items_in_order()
    {
        var pdf = (await secretariat.AgendaPdfAsync(await MeetingIdAsync(MeetingBody.GoverningBoard, 9)))!;
        SaveForALook(pdf);

        Assert.Equal("9th-GB-2024-agenda.pdf", pdf.FileName);
        var text = Flat(PdfTools.Text(pdf.Content));
        Assert.Contains("9th ANSO Governing Board (GB) Meeting Agenda Alliance of International Science Organizations (ANSO)", text);
        Assert.Contains("Alliance of International Science Organizations (ANSO)", text);
        Assert.Contains("11 Dec 2024, 14:00-17:00 (local time)", text);
        Assert.Contains("Bangkok, Thailand", text);
        Assert.Contains("Hybrid (on-site and online)", text);
        Assert.Contains("Chair Prof. Sukit Limpijumnong, ANSO President and President of NSTDA", text);
        Assert.Contains("Co-chair Prof. HE Hongping, ANSO Vice President and Vice President of CAS", text);
        Assert.Contains("Published on 11 Nov 2024", text);
        AssertInOrder(text,
            "1. Opening and welcome",
            "3. ANSO Progress Report 2024",
            "4. List of ANSO Membership Applications",
            "For endorsement · Presented by ANSO Secretariat · 14:55-15:20 (25 min)",
            "11 applications: National Academies (4), International Organizations (1), National Research Institutes and Agencies (3), Universities (3).",
            "5. Proposal on Amendments to the ANSO Statutes",
            "6. Proposal on the Modification of ANSO's Vision and Mission",
            "7. Draft Regulations on the Use and Management of ANSO's Name, Logo, and Internet Domain",
            "11. Closing remarks",
            "Papers",
            "3 ANSO Progress Report 2024");
        Assert.Contains("Nebojša Lalić", text);

        var info = PdfTools.Info(pdf.Content);
        Assert.Equal("Agenda of the 9th ANSO Governing Board (GB) Meeting", info["Title"]);
        Assert.Equal("ANSO Secretariat", info["Author"]);
        Assert.Equal("9th ANSO Governing Board (GB) Meeting, 11 Dec 2024, Bangkok, Thailand (hybrid: on-site and online)", info["Subject"]);
        Assert.StartsWith("595.2", info["Page size"]);
        AssertFontsEmbeddedAndValid(pdf.Content);
        // Held and published: no DRAFT mark.
        Assert.DoesNotMatch(@"D\s*R\s*A\s*F\s*T", PdfTools.Text(pdf.Content, raw: true));
    }

    [Fact]
    public async Task A_draft_agenda_is_marked_DRAFT_on_every_page()
    {
        var pdf = (await secretariat.AgendaPdfAsync(await MeetingIdAsync(MeetingBody.GoverningBoard, 10)))!;
        SaveForALook(pdf);

        Assert.All(PdfTools.PageTexts(pdf.Content, raw: true), page => Assert.Matches(@"D\s*R\s*A\s*F\s*T", page));
        Assert.Contains("Draft, not yet published", Flat(PdfTools.Text(pdf.Content)));
    }

    [Fact]
    public async Task After_the_2nd_GB_its_list_shows_the_15_applications_as_decided_grouped_5_3_1_6_with_a_decision_column()
    {
        var pdf = (await secretariat.ApplicationsPdfAsync(await MeetingIdAsync(MeetingBody.GoverningBoard, 2)))!;
        SaveForALook(pdf);

        Assert.Equal("2nd-GB-2019-applications.pdf", pdf.FileName);
        var text = Flat(PdfTools.Text(pdf.Content));
        Assert.Contains("List of ANSO Membership Applications Decided by the 2nd GB", text);
        Assert.DoesNotContain("for Endorsement", text);
        Assert.Contains("2nd ANSO Governing Board (GB) Meeting", text);
        Assert.Contains("6 Nov 2019, 09:00-17:00 (local time) · Railway Hotel, Beijing, China", text);
        Assert.Contains("The 2nd ANSO Governing Board (GB) Meeting decided on 15 applications: 15 endorsed.", text);
        AssertInOrder(text, "National Academies (5)", "International Organizations (3)",
            "National Research Institutes and Agencies (1)", "Universities (6)", "Total: 15 applications");
        Assert.Matches(DecidedHeaderRow, text);
        Assert.Equal(15, Regex.Matches(text, @"\bEndorsed\b").Count);
        Assert.DoesNotContain("Positions", text);
        Assert.Contains("Academy of Athens", text);
        Assert.Contains("(SASA)", text);
        Assert.Equal("List of ANSO Membership Applications Decided by the 2nd GB", PdfTools.Info(pdf.Content)["Title"]);
        AssertFontsEmbeddedAndValid(pdf.Content);
    }

    [Fact]
    public async Task Before_the_10th_GB_its_list_is_for_endorsement_with_the_positions_and_no_decision_column()
    {
        var pdf = (await secretariat.ApplicationsPdfAsync(await MeetingIdAsync(MeetingBody.GoverningBoard, 10)))!;
        SaveForALook(pdf);

        var text = Flat(PdfTools.Text(pdf.Content));
        Assert.Contains("List of ANSO Membership Applications for Endorsement", text);
        Assert.Matches(HeaderRow, text);
        Assert.Contains("Positions", text);
        Assert.DoesNotMatch(DecidedHeaderRow, text);
        Assert.Equal("List of ANSO Membership Applications for Endorsement", PdfTools.Info(pdf.Content)["Title"]);
    }

    [Fact]
    public async Task A_GA_list_is_for_approval_until_the_GA_decides_it()
    {
        var pdf = (await secretariat.ApplicationsPdfAsync(await MeetingIdAsync(MeetingBody.GeneralAssembly, 5)))!;
        SaveForALook(pdf);

        Assert.StartsWith("5th-GA-", pdf.FileName);
        var text = Flat(PdfTools.Text(pdf.Content));
        Assert.Contains("List of ANSO Membership Applications for Approval", text);
        Assert.Contains("endorsed by the Governing Board, to the 5th ANSO General Assembly (GA) for approval", text);

        var decided = Flat(PdfTools.Text((await secretariat.ApplicationsPdfAsync(await MeetingIdAsync(MeetingBody.GeneralAssembly, 4)))!.Content));
        Assert.Contains("List of ANSO Membership Applications Decided by the 4th GA", decided);
        Assert.Matches(DecidedHeaderRow, decided);
        Assert.Contains("Approved as full member", decided);
    }

    [Fact]
    public async Task A_GB_member_gets_no_tally_and_no_GA_documents()
    {
        var board = MeetingServices.For(database, Roles.BoardMember);

        var list = (await board.ApplicationsPdfAsync(await MeetingIdAsync(MeetingBody.GoverningBoard, 10)))!;
        var text = Flat(PdfTools.Text(list.Content));
        Assert.Matches(HeaderRow, text);
        Assert.DoesNotContain("Positions", text);
        Assert.Null(await board.AgendaPdfAsync(await MeetingIdAsync(MeetingBody.GeneralAssembly, 4)));
        Assert.Null(await board.ApplicationsPdfAsync(await MeetingIdAsync(MeetingBody.GeneralAssembly, 4)));
    }

    [Fact]
    public void Names_with_diacritics_come_back_intact_from_both_documents()
    {
        var meeting = Board();
        meeting.AppointChairs("Prof. Nebojša Lalić", ["Annamária Szabó"]);
        meeting.AddAgendaItem(Item("Report of TÜBİTAK", presenter: "Annamária Szabó"), Staff());
        var applications = new[]
        {
            new ListedApplication(1, "Scientific and Technological Research Council of Türkiye", "TÜBİTAK", "TR", "National Research Institutes and Agencies",
                new(2026, 3, 2), "Recommended by Nebojša Lalić.", PositionTally.None),
        };

        var agenda = Flat(PdfTools.Text(PdfRenderer.Render(AgendaDocument.Build(meeting, applications, FakeTime.Secretariat()))));
        var list = Flat(PdfTools.Text(PdfRenderer.Render(ApplicationsListDocument.Build(meeting, applications))));

        Assert.Contains("Chair Prof. Nebojša Lalić", agenda);
        Assert.Contains("Co-chair Annamária Szabó", agenda);
        Assert.Contains("1. Report of TÜBİTAK", agenda);
        Assert.Contains("Presented by Annamária Szabó", agenda);
        Assert.Contains("(TÜBİTAK)", list);
        Assert.Contains("Nebojša Lalić", list);
    }

    [Fact]
    public void A_long_agenda_runs_to_the_expected_pages_in_order()
    {
        // Page 1 holds the title block, the meeting's facts and 11 items (title and one detail line each); later pages 19.
        var meeting = Board();
        for (var i = 1; i <= 60; i++) meeting.AddAgendaItem(Item($"Agenda item number {i}", minutes: 2, presenter: "Secretariat"), Staff());

        var result = PdfRenderer.RenderWithLayout(AgendaDocument.Build(meeting, [], FakeTime.Secretariat()));

        Assert.Equal(4, PdfTools.PageCount(result.Pdf));
        var pages = PdfTools.PageTexts(result.Pdf).Select(Flat).ToList();
        Assert.Equal(4, pages.Count);
        for (var p = 0; p < pages.Count; p++) Assert.Contains($"Page {p + 1} of 4", pages[p]);
        Assert.Contains("1. Agenda item number 1 ", pages[0]);
        AssertInOrder(string.Join(" ", pages), Enumerable.Range(1, 60).Select(i => $"{i}. Agenda item number {i} ").ToArray());
        Assert.Contains("60. Agenda item number 60", pages[3]);
        Assert.All(result.Pages.SelectMany(p => p.Boxes), b => Assert.True(LayoutResult.MarginBox.Contains(b.Rect) || b.Kind == BoxKind.Watermark));
        PdfTools.Check(result.Pdf);
    }

    [Fact]
    public void A_list_of_300_applications_repeats_its_header_on_every_page()
    {
        var meeting = Board();
        var categories = new[] { "National Academies", "International Organizations", "National Research Institutes and Agencies", "Universities" };
        var applications = Enumerable.Range(1, 300)
            .Select(i => new ListedApplication(i, $"Institute {i:000} of Applied Science", null, "RS", categories[(i - 1) * 4 / 300],
                new(2026, 1, 1), "Recommend endorsement.", new(3, 1, 0)))
            .ToList();

        var pdf = PdfRenderer.Render(ApplicationsListDocument.Build(meeting, applications));

        var pages = PdfTools.PageTexts(pdf).Select(Flat).ToList();
        Assert.True(pages.Count >= 10, $"{pages.Count} pages");
        Assert.All(pages.Where(p => p.Contains("Institute")), p => Assert.Matches(HeaderRow, p));
        Assert.Contains("Total: 300 applications", pages[^1]);
        Assert.Contains("Universities (75)", string.Join(" ", pages));
        AssertFontsEmbeddedAndValid(pdf);
    }

    /// <summary>The table's header row as pdftotext lays it out (two-line headers continue on the next line).</summary>
    private static readonly Regex HeaderRow = new(@"No\. Organization Country Category Received Secretariat");
    private static readonly Regex DecidedHeaderRow = new(@"No\. Organization Country Category Received Decision");

    private static void AssertFontsEmbeddedAndValid(byte[] pdf)
    {
        var fonts = PdfTools.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Assert.All(fonts, f => Assert.Contains("DejaVu", f.Name));
        PdfTools.Check(pdf);
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' not found after position {at} in:\n{text}");
            at = found + part.Length;
        }
    }

    /// <summary>pdftotext -layout keeps columns apart with runs of spaces; fold every run of white space into one.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    /// <summary>Keeps the PDF under artifacts/pdfs for a person to look at.</summary>
    private static void SaveForALook(PdfFile pdf)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Browser.AppFixture.ScreenshotFolder)!, "pdfs");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, pdf.FileName), pdf.Content);
    }
}
