using Anso.Secretariat.App.Documents.Layout;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>
/// Names in their own scripts print in the PDFs: each character in the Latin font when it has the glyph, else in the Thai
/// or the Chinese font shipped with the app, on one line, embedded and subset (issue 15).
/// </summary>
public sealed class ScriptsInDocumentsTests
{
    public static readonly string[] Names =
    [
        "中国科学院 Chinese Academy of Sciences (CAS)",
        "Nebojša Lalić",
        "สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ (NSTDA)",
        "Российская академия наук",
        "Монгол Улсын Шинжлэх Ухааны Академи",
    ];

    private static PdfDocumentSpec Spec()
    {
        var spec = new PdfDocumentSpec { Title = "会员名册 Register", Watermark = "草稿" };
        foreach (var name in Names) spec.Add(new Paragraph(name));
        spec.Add(new Heading("中国科学院 Chinese Academy of Sciences"));
        spec.Add(new Table(new TableColumn("机构 Organization", 3), new TableColumn("Country", 1))).AddRow(Names[0], "中国").AddRow(Names[2], "Thailand");
        return spec;
    }

    [Fact]
    public void Each_name_reads_back_whole_on_one_line()
    {
        var result = PdfRenderer.RenderWithLayout(Spec());

        var text = PdfTools.Text(result.Pdf).Split('\n').Select(l => l.Trim()).ToList();
        foreach (var name in Names) Assert.Contains(name, text);
        // One line each in the layout as well: a mixed line is drawn as one line of runs.
        var lines = result.Pages[0].Boxes.Where(b => b.Kind == BoxKind.Text).Select(b => b.Text).ToList();
        foreach (var name in Names) Assert.Contains(name, lines);
    }

    [Fact]
    public void Every_font_is_embedded_and_subset_and_the_file_stays_small()
    {
        var pdf = PdfRenderer.Render(Spec());

        var fonts = PdfTools.Fonts(pdf);
        Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset && f.ToUnicode, $"{f.Name} ({f.Type}) is not embedded, subset, with a ToUnicode map"));
        Assert.Contains(fonts, f => f.Name.Contains("DejaVu Sans", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.Contains("Noto Sans Thai", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.Contains("Droid Sans Fallback", StringComparison.Ordinal));
        // The Chinese font is 4 MB; a subset of the few glyphs used is a small part of it.
        Assert.True(pdf.Length < 150_000, $"{pdf.Length} bytes: the Chinese font is not subset");
        PdfTools.Check(pdf);
        // For a look at the page (poppler draws the glyphs from the embedded subsets): /tmp/anso-scripts/page-1.png.
        Assert.Single(PdfTools.ToPng(pdf, Path.Combine(Path.GetTempPath(), "anso-scripts"), dpi: 100));
    }

    [Fact]
    public void A_Latin_document_carries_only_the_Latin_font()
    {
        var spec = new PdfDocumentSpec { Title = "Register" };
        spec.Add(new Paragraph("Nebojša Lalić, TÜBİTAK"));

        var fonts = PdfTools.Fonts(PdfRenderer.Render(spec));

        Assert.All(fonts, f => Assert.Contains("DejaVu Sans", f.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_text_wraps_between_characters_and_no_line_starts_with_a_closing_mark()
    {
        var sentence = "理事会审议了会员申请，并决定将其提交全体大会批准。";
        var spec = new PdfDocumentSpec { Title = "纪要" };
        spec.Add(new Paragraph(string.Concat(Enumerable.Repeat(sentence, 12))));

        var result = PdfRenderer.RenderWithLayout(spec);

        var lines = result.Pages[0].Boxes.Where(b => b.Kind == BoxKind.Text).ToList();
        Assert.True(lines.Count >= 5, $"{lines.Count} lines");
        Assert.All(lines, l => Assert.True(l.Rect.Right <= LayoutResult.BodyBox.Right + 0.01, $"'{l.Text}' overflows"));
        // Full lines: a line breaks between characters, not only where a too-long word must be cut.
        Assert.All(lines.SkipLast(1), l => Assert.True(l.Rect.Width > LayoutResult.BodyBox.Width - 12, $"'{l.Text}' is short"));
        Assert.DoesNotContain(lines, l => l.Text![0] is '，' or '。');
        Assert.Equal(string.Concat(Enumerable.Repeat(sentence, 12)), string.Concat(lines.Select(l => l.Text)));
        Assert.Equal(string.Concat(Enumerable.Repeat(sentence, 12)),
            string.Concat(PdfTools.Text(result.Pdf).Split('\n').Select(l => l.Trim()).Where(l => l.Contains('理') || l.Contains('审') || l.Contains('会'))));
    }

    [Theory]
    [InlineData("中国科学院", new[] { "中", "国", "科", "学", "院" })]
    [InlineData("中国科学院 Chinese Academy", new[] { "中", "国", "科", "学", "院", " Chinese", " Academy" })]
    [InlineData("申请，并决定（草案）。", new[] { "申", "请，", "并", "决", "定", "（草", "案）。" })]
    [InlineData("2026年12月1日", new[] { "2026", "年", "12", "月", "1", "日" })]
    [InlineData("Nebojša  Lalić", new[] { "Nebojša", " Lalić" })]
    public void A_line_may_break_at_spaces_and_between_Chinese_characters(string text, string[] pieces)
    {
        var actual = LineBreaks.Pieces(text).Select(p => (p.SpaceBefore ? " " : "") + p.Text).ToArray();

        Assert.Equal(pieces, actual);
    }
}
