using System.Diagnostics;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Documents.Layout;
using Xunit.Abstractions;

namespace Anso.Secretariat.Tests.Documents;

public sealed class PdfLayoutTests(ITestOutputHelper output)
{
    private static PdfDocumentSpec Spec(string title = "Layout test", string? watermark = null) => new()
    {
        Title = title,
        Subject = "Layout engine tests",
        Watermark = watermark,
    };

    [Fact]
    public void Paragraph_longer_than_a_page_continues_on_the_next_page()
    {
        // Numbered words show that nothing is lost or reordered across the break.
        var words = Enumerable.Range(1, 900).Select(i => $"w{i:0000}").ToList();
        var spec = Spec();
        spec.Add(new Paragraph(string.Join(' ', words)));

        var pdf = PdfRenderer.Render(spec);

        Assert.True(PdfTools.PageCount(pdf) >= 2);
        var page1 = PdfTools.PageText(pdf, 1);
        var page2 = PdfTools.PageText(pdf, 2);
        Assert.Contains("w0001", page1);
        Assert.DoesNotContain("w0900", page1);
        Assert.Contains("w0900", page2);
        Assert.Equal(words, Regex.Matches(PdfTools.Text(pdf), @"w\d{4}").Select(m => m.Value));
    }

    [Fact]
    public void Table_longer_than_a_page_repeats_its_header_on_every_page_and_keeps_rows_whole()
    {
        var spec = Spec();
        spec.Add(new Paragraph("Participants"));
        var table = spec.Add(new Table(
            new TableColumn("Participant name", 2),
            new TableColumn("Home institution", 3),
            new TableColumn("Seat", 1, TextAlign.Right)));
        for (var i = 1; i <= 160; i++)
        {
            if (i % 40 == 1) table.AddGroupRow($"Group {i / 40 + 1} (40)");
            table.AddRow($"Row{i:000} Person", i % 9 == 0 ? "A long institution name that must wrap inside its cell, " + SampleDocuments.Lorem(25) : "Institute", $"{i}");
        }

        var result = PdfRenderer.RenderWithLayout(spec);
        var pages = PdfTools.PageTexts(result.Pdf);

        Assert.True(pages.Count >= 3, $"expected the table to span 3+ pages, got {pages.Count}");
        Assert.Equal(result.PageCount, pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            Assert.Contains("Participant name", pages[p]);
            Assert.Contains("Home institution", pages[p]);
        }
        // Each row is on exactly one page, and all rows are there, in order.
        var rows = pages.SelectMany(text => Regex.Matches(text, @"Row(\d{3})").Select(m => int.Parse(m.Groups[1].Value))).ToList();
        Assert.Equal(Enumerable.Range(1, 160), rows);

        // The header cells are the first table boxes on every page; wrapped cell text stays inside its cell.
        foreach (var page in result.Pages)
        {
            var firstCell = page.Boxes.First(b => b.Kind is BoxKind.TableCell or BoxKind.TableHeaderCell or BoxKind.TableGroupRow);
            Assert.Equal(BoxKind.TableHeaderCell, firstCell.Kind);
            var cells = page.Boxes.Where(b => b.Kind is BoxKind.TableCell).ToList();
            foreach (var text in page.Boxes.Where(b => b.Kind == BoxKind.Text && cells.Any(c => c.Rect.Contains(Center(b.Rect)))))
                Assert.Contains(cells, c => c.Rect.Contains(text.Rect));
        }
    }

    [Theory]
    [InlineData(true)]  // the minutes' annex: a group row first
    [InlineData(false)] // a plain table whose first row is several lines tall
    public void A_table_header_near_the_foot_of_a_page_moves_with_its_first_row(bool groupFirst)
    {
        // Filler lines push the table down a line at a time, so that for some count the header lands at the page's foot.
        PdfDocumentSpec Placed(int fillers)
        {
            var spec = Spec();
            for (var i = 1; i <= fillers; i++) spec.Add(new Paragraph($"Filler {i}"));
            var table = spec.Add(new Table(new TableColumn("HeaderMarker", 230), new TableColumn("Country", 100), new TableColumn("Decision", 122)));
            if (groupFirst) table.AddGroupRow("GroupMarker (2)");
            table.AddRow("FirstRowMarker " + SampleDocuments.Lorem(30), "Laos", "Endorsed");
            table.AddRow("SecondRowMarker", "Chile", "Deferred");
            return spec;
        }
        var overflow = Enumerable.Range(1, 200).First(n => PdfRenderer.RenderWithLayout(Placed(n)).Pages
            .Any(p => p.Number == 2 && p.Boxes.Any(b => b.Kind == BoxKind.Text && b.Text == $"Filler {n}")));

        var checkedAtFoot = 0;
        for (var n = overflow - 12; n < overflow; n++)
        {
            var pages = PdfTools.PageTexts(PdfRenderer.Render(Placed(n)));
            var withHeader = pages.First(text => text.Contains("HeaderMarker"));
            Assert.Contains("FirstRowMarker", withHeader);
            if (groupFirst) Assert.Contains("GroupMarker", withHeader);
            if (!pages[0].Contains("HeaderMarker")) checkedAtFoot++;
        }
        Assert.True(checkedAtFoot > 0, "no filler count moved the table to the second page; the test checks nothing");
    }

    [Fact]
    public void Row_taller_than_a_page_is_split_without_losing_lines()
    {
        var spec = Spec();
        var table = spec.Add(new Table(new TableColumn("Item"), new TableColumn("Notes", 4)));
        var lines = Enumerable.Range(1, 120).Select(i => $"line{i:000}");
        table.AddRow("Only row", string.Join('\n', lines));

        var result = PdfRenderer.RenderWithLayout(spec);

        Assert.True(result.PageCount >= 2);
        Assert.Equal(lines, Regex.Matches(PdfTools.Text(result.Pdf), @"line\d{3}").Select(m => m.Value));
        AssertInsideMargins(result);
    }

    [Fact]
    public void Nothing_is_placed_outside_the_margins()
    {
        var result = PdfRenderer.RenderWithLayout(SampleDocuments.Agenda(watermark: "DRAFT"));

        Assert.True(result.PageCount > 5);
        AssertInsideMargins(result);
        foreach (var page in result.Pages)
        {
            // Blocks flow only in the body; header and footer keep to their bands.
            foreach (var box in page.Boxes.Where(b => b.Kind is not (BoxKind.Header or BoxKind.Footer or BoxKind.Watermark)))
                Assert.True(LayoutResult.BodyBox.Contains(box.Rect), $"page {page.Number}: {box} is outside the body {LayoutResult.BodyBox}");
            Assert.All(page.Boxes.Where(b => b.Kind == BoxKind.Header), b => Assert.True(b.Rect.Bottom <= LayoutResult.BodyBox.Y));
            Assert.All(page.Boxes.Where(b => b.Kind == BoxKind.Footer), b => Assert.True(b.Rect.Y >= LayoutResult.BodyBox.Bottom));
        }
    }

    [Fact]
    public void Every_page_says_page_x_of_y()
    {
        var pdf = PdfRenderer.Render(SampleDocuments.Agenda());
        var pages = PdfTools.PageTexts(pdf);
        var count = PdfTools.PageCount(pdf);

        Assert.Equal(count, pages.Count);
        Assert.True(count >= 10);
        for (var i = 0; i < count; i++)
        {
            Assert.Contains($"Page {i + 1} of {count}", pages[i]);
            Assert.Single(Regex.Matches(pages[i], @"Page \d+ of \d+"));
        }
    }

    [Fact]
    public void Metadata_fonts_and_structure_are_valid()
    {
        var spec = new PdfDocumentSpec
        {
            Title = "Report of the Fifth Meeting – Nebojša Lalić",
            Author = "ANSO Secretariat (Annamária Szabó)",
            Subject = "Executive Committee, TÜBİTAK",
        };
        spec.Add(new Heading("Heading"));
        spec.Add(new Paragraph("Regular"));
        spec.Add(new Paragraph("Bold") { Bold = true });
        spec.Add(new Paragraph("Italic") { Italic = true });
        spec.Add(new Paragraph("Bold italic") { Bold = true, Italic = true });

        var pdf = PdfRenderer.Render(spec);

        var info = PdfTools.Info(pdf);
        Assert.Equal(spec.Title, info["Title"]);
        Assert.Equal(spec.Author, info["Author"]);
        Assert.Equal(spec.Subject, info["Subject"]);
        Assert.Equal("Anso.Secretariat", info["Creator"]);
        Assert.StartsWith("595.2", info["Page size"]); // A4: 595.28 x 841.89 pts

        var fonts = PdfTools.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Assert.All(fonts, f => Assert.Contains("+DejaVu Sans", f.Name)); // a subset ("ABCDEF+") of the shipped font
        Assert.Contains(fonts, f => f.Name.EndsWith("DejaVu Sans", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.Contains("Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.Contains("Oblique", StringComparison.Ordinal));
        Assert.All(fonts, f => Assert.True(f.ToUnicode, $"{f.Name} has no ToUnicode map"));

        PdfTools.Check(pdf); // throws on errors and warnings
    }

    [Fact]
    public void Names_with_diacritics_survive_text_extraction()
    {
        var spec = Spec();
        spec.Add(new Heading("Nebojša Lalić"));
        spec.Add(new Paragraph($"Present: {string.Join(", ", SampleDocuments.Names)}."));
        spec.Add(new Paragraph("TÜBİTAK") { Bold = true });
        spec.Add(new Table(new TableColumn("Name"), new TableColumn("Institution")).AddRow("Annamária Szabó", "TÜBİTAK"));

        var text = PdfTools.Text(PdfRenderer.Render(spec));

        foreach (var name in SampleDocuments.Names)
            Assert.True(Regex.Matches(text, Regex.Escape(name)).Count >= 2, $"'{name}' not found twice in:\n{text}");
        Assert.Contains("Present: Nebojša Lalić, TÜBİTAK, Annamária Szabó.", text);
    }

    [Fact]
    public void Watermark_is_on_every_page_when_set_and_absent_otherwise()
    {
        var marked = PdfRenderer.RenderWithLayout(SampleDocuments.Agenda(watermark: "DRAFT"));
        var plain = PdfRenderer.RenderWithLayout(SampleDocuments.Agenda(watermark: null));

        // Diagonal text comes out of layout mode in scattered pieces; raw mode keeps it in drawing order.
        var markedPages = PdfTools.PageTexts(marked.Pdf, raw: true);
        Assert.Equal(marked.PageCount, markedPages.Count);
        Assert.True(markedPages.Count >= 10);
        for (var i = 0; i < markedPages.Count; i++)
            Assert.True(Watermark.IsMatch(markedPages[i]), $"no DRAFT on page {i + 1}:\n{markedPages[i]}");
        foreach (var page in marked.Pages)
        {
            var box = Assert.Single(page.Boxes, b => b.Kind == BoxKind.Watermark);
            Assert.True(box.Rect.Height > box.Rect.Width / 2, "the watermark runs diagonally");
        }

        Assert.All(PdfTools.PageTexts(plain.Pdf, raw: true), page => Assert.DoesNotMatch(Watermark, page));
        Assert.All(plain.Pages, p => Assert.DoesNotContain(p.Boxes, b => b.Kind == BoxKind.Watermark));
    }

    [Fact]
    public void Concurrent_renders_give_the_same_text()
    {
        var expected = PdfTools.Text(PdfRenderer.Render(SampleDocuments.Agenda()));
        var pdfs = new byte[8][];
        Parallel.For(0, pdfs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => pdfs[i] = PdfRenderer.Render(SampleDocuments.Agenda()));
        Assert.All(pdfs, pdf => Assert.Equal(expected, PdfTools.Text(pdf)));
    }

    /// <summary>
    /// Not a pass/fail check: writes the sample agenda as PDF and PNGs for a human look, and reports the warm render
    /// time. Run with <c>--logger "console;verbosity=detailed"</c> to see the output.
    /// </summary>
    [Fact]
    public void Sample_agenda_renders_to_png_and_reports_timing()
    {
        var spec = SampleDocuments.Agenda();
        var pdf = PdfRenderer.Render(spec);
        var directory = Path.Combine(Path.GetTempPath(), "anso-pdf-sample");
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "agenda.pdf"), pdf);
        var pngs = PdfTools.ToPng(pdf, directory);
        Assert.Equal(PdfTools.PageCount(pdf), pngs.Count);

        for (var i = 0; i < 60; i++) PdfRenderer.Render(spec); // warm up: let tiered JIT settle
        const int runs = 40;
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            PdfRenderer.Render(spec);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        output.WriteLine($"{pngs.Count} pages, {pdf.Length / 1024} KiB, written to {directory}");
        output.WriteLine($"warm render: median {times[runs / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms over {runs} runs");
    }

    // Rotated letters may come out one per line.
    private static readonly Regex Watermark = PdfTools.DraftMark;

    private static LayoutRect Center(LayoutRect r) => new(r.X + r.Width / 2, r.Y + r.Height / 2, 0, 0);

    private static void AssertInsideMargins(LayoutResult result)
    {
        foreach (var page in result.Pages)
            foreach (var box in page.Boxes)
                Assert.True(LayoutResult.MarginBox.Contains(box.Rect),
                    $"page {page.Number}: {box} is outside the margins {LayoutResult.MarginBox}");
    }
}
