using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// The advance width of each character of one font face, in font units, kept for the life of the process and shared by
/// every render. PDFsharp 6.2 measures a text as the sum of its glyphs' advances (it neither kerns nor shapes), scaled by
/// the size, plus 2% of the size per character when bold is simulated; so a text's width follows from its characters,
/// and a character needs measuring once per process instead of once per word per render (issue 13: the width cache lasted
/// one render). Each advance is read by asking PDFsharp to measure the character alone, so that sums are PDFsharp's own
/// to the last bit. Bounded: one int per character of the Basic Multilingual Plane per face (six faces ship, 256 KB each
/// once used); surrogate pairs are left to PDFsharp. Thread-safe: a slot is written whole, and two renders that measure
/// the same character at once write the same value.
/// </summary>
internal sealed class GlyphAdvances
{
    /// <summary>PDFsharp's bold simulation widens each character by this share of the size (its Const.BoldEmphasis).</summary>
    public const double BoldEmphasis = 0.02;

    private static readonly ConcurrentDictionary<string, GlyphAdvances> Faces = new(StringComparer.Ordinal);

    private readonly int[] advances = new int[char.MaxValue + 1]; // the advance + 1; 0: not measured yet

    private GlyphAdvances() { }

    public static GlyphAdvances Of(string faceName) => Faces.GetOrAdd(faceName, _ => new GlyphAdvances());

    /// <summary>The advance of <paramref name="c"/> (not a surrogate) in font units, measured with <paramref name="font"/> of this face.</summary>
    public int Of(char c, XGraphics measure, XFont font, bool simulatedBold)
    {
        var known = Volatile.Read(ref advances[c]);
        if (known != 0) return known - 1;
        var width = measure.MeasureString(c.ToString(), font).Width;
        if (simulatedBold) width -= font.Size * BoldEmphasis;
        var units = (int)Math.Round(width * font.Metrics.UnitsPerEm / font.Size);
        Volatile.Write(ref advances[c], units + 1);
        return units;
    }
}
