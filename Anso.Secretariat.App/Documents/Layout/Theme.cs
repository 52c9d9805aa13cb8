using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>A4 portrait with 20 mm margins. Header and footer sit inside the margins, above and below the body.</summary>
internal static class PageGeometry
{
    public const double Width = 595.2756;   // 210 mm in points
    public const double Height = 841.8898;  // 297 mm
    public const double Margin = 20 * 72 / 25.4;
    public const double HeaderBand = 26;    // header line, rule and the space under it
    public const double FooterBand = 24;

    public static readonly LayoutRect Page = new(0, 0, Width, Height);
    public static readonly LayoutRect MarginBox = new(Margin, Margin, Width - 2 * Margin, Height - 2 * Margin);
    public static readonly LayoutRect Body = new(
        Margin, Margin + HeaderBand, Width - 2 * Margin, Height - 2 * Margin - HeaderBand - FooterBand);
}

/// <summary>
/// Fonts, colours and pens of one render. Built per render because PDFsharp's drawing objects are not
/// documented as thread-safe; building them costs well under a millisecond.
/// </summary>
internal sealed class Theme
{
    public static readonly XColor Ink = XColor.FromArgb(0x1E, 0x22, 0x28);
    public static readonly XColor Navy = XColor.FromArgb(0x1F, 0x3A, 0x5F);
    public static readonly XColor Muted = XColor.FromArgb(0x55, 0x5D, 0x68);
    public static readonly XColor Rule = XColor.FromArgb(0x9A, 0xA5, 0xB1);
    public static readonly XColor Grid = XColor.FromArgb(0xB8, 0xC1, 0xCC);
    public static readonly XColor GroupFill = XColor.FromArgb(0xE8, 0xEE, 0xF5);
    public static readonly XColor WatermarkGrey = XColor.FromArgb(0xE6, 0xE8, 0xEC);

    private readonly XGraphics measure;
    private readonly Dictionary<(double Size, XFontStyleEx Style), TextStyle> paragraphStyles = new();

    public Theme(XGraphics measure)
    {
        this.measure = measure;
        Body = Style(10, XFontStyleEx.Regular, Ink, 13.5);
        Bold = Style(10, XFontStyleEx.Bold, Ink, 13.5);
        Detail = Style(9.5, XFontStyleEx.Regular, Muted, 12.5);
        Title = Style(18, XFontStyleEx.Bold, Navy, 23);
        TitleLine = Style(10.5, XFontStyleEx.Regular, Ink, 14.5);
        Headings =
        [
            Style(14, XFontStyleEx.Bold, Navy, 18),
            Style(12, XFontStyleEx.Bold, Navy, 16),
            Style(10.5, XFontStyleEx.Bold, Ink, 14),
        ];
        Cell = Style(9, XFontStyleEx.Regular, Ink, 11.5);
        CellHeader = Style(9, XFontStyleEx.Bold, XColors.White, 11.5);
        GroupRow = Style(9, XFontStyleEx.Bold, Navy, 11.5);
        PageHeader = Style(7.5, XFontStyleEx.Regular, Muted, 10);
        PageFooter = Style(8, XFontStyleEx.Regular, Muted, 10);

        paragraphStyles[(10, XFontStyleEx.Regular)] = Body;
        paragraphStyles[(10, XFontStyleEx.Bold)] = Bold;
    }

    public TextStyle Body { get; }
    public TextStyle Bold { get; }
    public TextStyle Detail { get; }
    public TextStyle Title { get; }
    public TextStyle TitleLine { get; }
    public TextStyle[] Headings { get; }
    public TextStyle Cell { get; }
    public TextStyle CellHeader { get; }
    public TextStyle GroupRow { get; }
    public TextStyle PageHeader { get; }
    public TextStyle PageFooter { get; }

    public XPen HairRule { get; } = new(Rule, 0.5);
    public XPen TitleRule { get; } = new(Navy, 1.2);
    public XPen HeadingRule { get; } = new(Navy, 0.6);
    public XPen GridPen { get; } = new(Grid, 0.5);
    public XBrush HeaderFill { get; } = new XSolidBrush(Navy);
    public XBrush GroupFillBrush { get; } = new XSolidBrush(GroupFill);

    public TextStyle Paragraph(double? size, bool bold, bool italic)
    {
        var points = Math.Clamp(size ?? 10, 5, 40);
        var style = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        if (!paragraphStyles.TryGetValue((points, style), out var textStyle))
            paragraphStyles[(points, style)] = textStyle = Style(points, style, Ink, points * 1.35);
        return textStyle;
    }

    /// <summary>
    /// The largest watermark (up to 110 pt) whose rotated box fits inside the margins, along the margin box diagonal.
    /// </summary>
    public (TextStyle Style, double AngleDegrees) Watermark(string text)
    {
        var box = PageGeometry.MarginBox;
        var angle = Math.Atan2(box.Height, box.Width);
        var probe = Style(100, XFontStyleEx.Bold, WatermarkGrey, 100);
        var k = probe.Measure(text) / 100;                 // width per point of size
        var h = (probe.Ascent + probe.Descent) / 100;      // height per point of size
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var size = 0.9 * Math.Min(box.Width / (k * cos + h * sin), box.Height / (k * sin + h * cos));
        size = Math.Min(size, 110);
        return (Style(size, XFontStyleEx.Bold, WatermarkGrey, size * (h + 0.0001)), angle * 180 / Math.PI);
    }

    private TextStyle Style(double size, XFontStyleEx style, XColor color, double lineHeight) =>
        new(measure, size, style, color, lineHeight);
}
