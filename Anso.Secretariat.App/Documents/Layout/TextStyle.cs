using System.Text;
using PdfSharp.Drawing;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// A font, colour and line height, with measuring and word wrapping. Instances belong to one render (PDFsharp
/// objects are not shared between threads), so the width cache needs no locking.
/// </summary>
internal sealed class TextStyle
{
    private readonly XGraphics measure;
    private readonly Dictionary<string, double> widths = new(StringComparer.Ordinal);
    private readonly double spaceWidth;

    public TextStyle(XGraphics measure, XFont font, XColor color, double lineHeight)
    {
        this.measure = measure;
        Font = font;
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

    public XFont Font { get; }
    public XBrush Brush { get; }
    public double LineHeight { get; }
    public double Ascent { get; }
    public double Descent { get; }
    /// <summary>Distance from the top of a line to its baseline.</summary>
    public double Baseline { get; }

    public double Measure(string text)
    {
        if (text.Length == 0) return 0;
        if (widths.TryGetValue(text, out var width)) return width;
        width = measure.MeasureString(text, Font).Width;
        // Words repeat a lot (names, "the", "ANSO"); long strings rarely do and would only bloat the cache.
        if (text.Length <= 40) widths[text] = width;
        return width;
    }

    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>: at spaces, at "\n", and
    /// inside a word only when the word alone is too wide. Runs of spaces collapse; an empty line stays empty.
    /// </summary>
    public List<string> Wrap(string? text, double width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var paragraph in (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            double lineWidth = 0;
            foreach (var word in paragraph.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Measure(word);
                if (line.Length > 0 && lineWidth + spaceWidth + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += spaceWidth + wordWidth;
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
