using Anso.Secretariat.App.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>
/// The layout measures text from the glyph advances it keeps for the whole process (issue 13), not by asking PDFsharp for
/// every word of every render. The widths must stay PDFsharp's own to the last bit, or lines would break and align
/// differently: in each font, at each size, with the bold that Droid Sans Fallback simulates, and in a later render too.
/// </summary>
public sealed class TextWidthsTests
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static TheoryData<string, string, double, bool> Texts => new()
    {
        { "Académie des sciences — Российская академия наук", EmbeddedFonts.Latin, 10, false },
        { "Nebojša Lalić, Türkiye Bilimsel ve Teknolojik Araştırma Kurumu", EmbeddedFonts.Latin, 10, true },
        { "中国科学院理事会，全体大会。", EmbeddedFonts.Chinese, 10, false },
        { "中国科学院理事会，全体大会。", EmbeddedFonts.Chinese, 10, true }, // bold is simulated: 2% of the size wider per character
        { "สำนักงานพัฒนาวิทยาศาสตร์", EmbeddedFonts.Thai, 10, false },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_line_is_as_wide_as_PDFsharp_measures_it_in_every_render(string text, string family, double size, bool bold)
    {
        PdfSetup.EnsureInitialized();
        using var measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
        var expected = measure.MeasureString(text, new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode)).Width;

        for (var render = 0; render < 2; render++)
        {
            var spec = new PdfDocumentSpec { Title = "Widths" };
            spec.Add(new Paragraph(text) { Bold = bold, FontSize = size, Align = TextAlign.Right });
            var line = Assert.Single(PdfRenderer.RenderWithLayout(spec).Pages[0].Boxes, b => b.Kind == BoxKind.Text && b.Text == text);

            Assert.Equal(expected, line.Rect.Width);
            Assert.Equal(LayoutResult.BodyBox.Right, line.Rect.Right, 9);
        }
    }

    [Fact]
    public void A_line_in_two_fonts_is_as_wide_as_its_runs()
    {
        PdfSetup.EnsureInitialized();
        using var measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
        var expected = measure.MeasureString("中国科学院", new XFont(EmbeddedFonts.Chinese, 10, XFontStyleEx.Bold, Unicode)).Width
            + measure.MeasureString(" Chinese Academy of Sciences (CAS)", new XFont(EmbeddedFonts.Latin, 10, XFontStyleEx.Bold, Unicode)).Width;

        var spec = new PdfDocumentSpec { Title = "Widths" };
        spec.Add(new Paragraph("中国科学院 Chinese Academy of Sciences (CAS)") { Bold = true, Align = TextAlign.Center });
        var line = Assert.Single(PdfRenderer.RenderWithLayout(spec).Pages[0].Boxes, b => b.Kind == BoxKind.Text && b.Text!.StartsWith("中国"));

        Assert.Equal(expected, line.Rect.Width);
    }

    /// <summary>The family names the app's font resolver serves (EmbeddedFontResolver is internal to the app).</summary>
    private static class EmbeddedFonts
    {
        public const string Latin = "DejaVu Sans";
        public const string Thai = "Noto Sans Thai";
        public const string Chinese = "Droid Sans Fallback";
    }
}
