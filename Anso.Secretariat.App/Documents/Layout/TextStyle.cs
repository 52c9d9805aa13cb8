using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// A font, colour and line height, with measuring, drawing and word wrapping. Text is drawn in runs: each character in
/// the Latin font (DejaVu Sans) when it has the glyph, else in the first fallback font that has it (Noto Sans Thai,
/// then Droid Sans Fallback for Chinese), so that "中国科学院 Chinese Academy of Sciences (CAS)" prints in one line.
/// Instances belong to one render (PDFsharp objects are not shared between threads); widths come from the process-wide
/// <see cref="GlyphAdvances"/>, which are thread-safe.
/// </summary>
internal sealed class TextStyle
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly string[] Families =
        [EmbeddedFontResolver.FamilyName, EmbeddedFontResolver.ThaiFamilyName, EmbeddedFontResolver.ChineseFamilyName];

    private readonly XGraphics measure;
    private readonly double spaceWidth;
    private readonly GlyphCoverage[] coverage;
    // The fallback fonts are made only when a text needs them: most documents are all Latin.
    private readonly Lazy<XFont>[] fonts;
    private readonly GlyphAdvances[] advances;
    private readonly bool[] simulatedBold;
    private readonly int?[] unitsPerEm;

    public TextStyle(XGraphics measure, double size, XFontStyleEx style, XColor color, double lineHeight)
    {
        this.measure = measure;
        var (bold, italic) = (style is XFontStyleEx.Bold or XFontStyleEx.BoldItalic, style is XFontStyleEx.Italic or XFontStyleEx.BoldItalic);
        coverage = Families.Select(f => EmbeddedFontResolver.Instance.CoverageOf(f, bold, italic)).ToArray();
        fonts = Families.Select(f => new Lazy<XFont>(() => new XFont(f, size, style, Unicode), LazyThreadSafetyMode.None)).ToArray();
        var faces = Families.Select(f => EmbeddedFontResolver.Instance.ResolveTypeface(f, bold, italic)).ToArray();
        advances = faces.Select(f => GlyphAdvances.Of(f.FaceName)).ToArray();
        simulatedBold = faces.Select(f => f.MustSimulateBold).ToArray();
        unitsPerEm = new int?[Families.Length];
        var font = Font;
        Brush = new XSolidBrush(color);
        LineHeight = lineHeight;
        var em = font.Size / font.Metrics.UnitsPerEm;
        Ascent = font.Metrics.Ascent * em;
        Descent = Math.Abs(font.Metrics.Descent * em);
        // Centre the glyph box (ascent + descent) in the line.
        Baseline = (lineHeight - (Ascent + Descent)) / 2 + Ascent;
        // PDFsharp does not kern, so widths add up and a space is what it adds between two letters.
        spaceWidth = Measure("x x") - Measure("xx");
    }

    /// <summary>The Latin font, whose metrics set the line.</summary>
    public XFont Font => fonts[0].Value;
    public XBrush Brush { get; }
    public double LineHeight { get; }
    public double Ascent { get; }
    public double Descent { get; }
    /// <summary>Distance from the top of a line to its baseline.</summary>
    public double Baseline { get; }

    /// <summary>The width PDFsharp gives <paramref name="text"/> drawn run by run, from the characters' advances.</summary>
    public double Measure(string text)
    {
        double width = 0;
        for (int start = 0, end; start < text.Length; start = end)
        {
            end = RunEnd(text, ref start, out var face);
            if (face < 0) break;
            width += RunWidth(text, start, end - start, face);
        }
        return width;
    }

    /// <summary>What PDFsharp's MeasureString gives a run in one font: the advances' sum in font units, scaled, plus the bold simulation's widening.</summary>
    private double RunWidth(string text, int start, int length, int face)
    {
        var font = fonts[face].Value;
        var units = 0;
        for (var i = start; i < start + length; i++)
        {
            if (char.IsSurrogate(text[i])) return measure.MeasureString(text.Substring(start, length), font).Width;
            units += advances[face].Of(text[i], measure, font, simulatedBold[face]);
        }
        var width = units * font.Size / (unitsPerEm[face] ??= font.Metrics.UnitsPerEm);
        if (simulatedBold[face]) width += length * font.Size * GlyphAdvances.BoldEmphasis;
        return width;
    }

    /// <summary>Draws one line of text, run after run, with its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(XGraphics graphics, string text, double x, double baseline)
    {
        var start = 0;
        var end = RunEnd(text, ref start, out var face);
        if (face < 0) return;
        if (end == text.Length)
        {
            graphics.DrawString(text, fonts[face].Value, Brush, x, baseline);
            return;
        }
        foreach (var (run, font) in Runs(text))
        {
            graphics.DrawString(run, font, Brush, x, baseline);
            x += Measure(run); // a run's font follows from its characters
        }
    }

    /// <summary>
    /// Text is cut into runs where the font changes: each character goes to the first font that has its glyph (the Latin
    /// font when none has; PDFsharp then draws its empty box), and a combining mark stays with the character it marks.
    /// This finds where the run that starts at or after <paramref name="start"/> ends, and its font (-1 when there is
    /// none), without making strings; it moves <paramref name="start"/> past a stray low surrogate.
    /// </summary>
    private int RunEnd(string text, ref int start, out int face)
    {
        face = -1;
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i])) continue;
            var codePoint = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            var next = face >= 0 && IsMark(text[i]) && coverage[face].Covers(codePoint) ? face : FaceFor(codePoint);
            if (next == face) continue;
            if (face >= 0) return i;
            (start, face) = (i, next);
        }
        return text.Length;
    }

    private List<(string Text, XFont Font)> Runs(string text)
    {
        var runs = new List<(string, XFont)>(2);
        for (int start = 0, end; start < text.Length; start = end)
        {
            end = RunEnd(text, ref start, out var face);
            if (face < 0) break;
            runs.Add((text[start..end], fonts[face].Value));
        }
        return runs;
    }

    private int FaceFor(int codePoint)
    {
        for (var f = 0; f < coverage.Length; f++)
            if (coverage[f].Covers(codePoint)) return f;
        return 0;
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>: at spaces, between Chinese
    /// characters (<see cref="LineBreaks"/>), at "\n", and inside a word only when the word alone is too wide. Runs of
    /// spaces collapse; an empty line stays empty.
    /// </summary>
    public List<string> Wrap(string? text, double width)
    {
        // Most cells and lines fit as they are: one measure instead of cutting into words. The margin keeps the answer
        // the word-by-word sum's, whose rounding may differ from the whole's in the last bits.
        if (text is not null && IsOneSpacedLine(text) && Measure(text) <= width - 1e-6) return [text];
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var paragraph in (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            double lineWidth = 0;
            foreach (var (word, spaceBefore) in LineBreaks.Pieces(paragraph))
            {
                var wordWidth = Measure(word);
                var gap = spaceBefore ? spaceWidth : 0;
                if (line.Length > 0 && lineWidth + gap + wordWidth <= width)
                {
                    if (spaceBefore) line.Append(' ');
                    line.Append(word);
                    lineWidth += gap + wordWidth;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                // An over-long word is cut line by line from an offset: each cut measures only about a line's worth of
                // characters, so a 100,000-character string is laid out in linear time.
                var start = 0;
                if (wordWidth > width)
                {
                    while (word.Length - start > 1)
                    {
                        var cut = FittingPrefixLength(word, start, width);
                        if (cut == word.Length - start) break; // the rest fits
                        lines.Add(word.Substring(start, cut));
                        start += cut;
                    }
                }
                var rest = start == 0 ? word : word[start..];
                wordWidth = start == 0 ? wordWidth : Measure(rest);
                line.Append(rest);
                lineWidth = wordWidth;
            }
            lines.Add(line.ToString());
            line.Clear();
        }
        return lines;
    }

    /// <summary>Text that <see cref="Wrap"/> would give back as it is when it fits: one line, words apart by single spaces.</summary>
    private static bool IsOneSpacedLine(string text)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' ')) return false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\n' or '\r' or '\t' or '\u00A0': return false;
                case ' ' when text[i + 1] == ' ': return false;
            }
        }
        return true;
    }

    /// <summary>Shortens <paramref name="text"/> with an ellipsis until it fits (the longest prefix that does).</summary>
    public string Fit(string text, double width)
    {
        if (Measure(text) <= width) return text;
        // Widths grow with the prefix, so the longest fitting length is found by doubling, then halving.
        bool Fits(int length) => Measure(text[..length].TrimEnd() + "…") <= width;
        if (text.Length < 2 || !Fits(1)) return "";
        int low = 1, high = 2;
        while (high < text.Length && Fits(high)) { low = high; high = Math.Min(high * 2, text.Length); }
        high = Math.Min(high, text.Length) - 1; // text.Length itself never fits (checked first)
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Fits(mid)) low = mid; else high = mid - 1;
        }
        if (char.IsLowSurrogate(text[low])) low--;
        return low > 0 ? text[..low].TrimEnd() + "…" : "";
    }

    /// <summary>
    /// The length of the longest part of <paramref name="word"/> from <paramref name="start"/> that fits (at least one
    /// character, never half a surrogate pair); the whole rest when it fits. Widths grow with the length, so the length
    /// is found by doubling, then halving: only about two lines' worth of characters are ever measured at once.
    /// </summary>
    private int FittingPrefixLength(string word, int start, double width)
    {
        var available = word.Length - start;
        bool Fits(int length) => Measure(word.Substring(start, length)) <= width;
        int low = 1, high = 2;
        while (high < available && Fits(high)) { low = high; high = Math.Min(high * 2, available); }
        if (high >= available && Fits(available)) return available;
        high = Math.Min(high, available) - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Fits(mid)) low = mid; else high = mid - 1;
        }
        if (char.IsLowSurrogate(word[start + low])) low += low > 1 ? -1 : 1;
        return low;
    }
}
