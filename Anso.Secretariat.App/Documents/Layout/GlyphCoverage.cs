using System.Buffers.Binary;
using System.Collections;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// Which Unicode code points a TrueType font has a glyph for, read from its <c>cmap</c> table (format 12, else format 4
/// of the Windows Unicode encodings). PDFsharp does not say whether a font has a glyph, and would draw an empty box; the
/// layout asks this to pick, glyph by glyph, the font that has it. Immutable once read, so shared between renders.
/// </summary>
internal sealed class GlyphCoverage
{
    private readonly BitArray covered = new(0x110000);

    private GlyphCoverage() { }

    public bool Covers(int codePoint) => codePoint is >= 0 and < 0x110000 && covered[codePoint];

    public static GlyphCoverage Read(byte[] font)
    {
        var result = new GlyphCoverage();
        var cmap = TableOffset(font, "cmap") ?? throw new InvalidDataException("The font has no cmap table.");
        int? format4 = null, format12 = null;
        var count = U16(font, cmap + 2);
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + i * 8;
            var (platform, encoding) = (U16(font, record), U16(font, record + 2));
            var subtable = cmap + (int)U32(font, record + 4);
            var format = U16(font, subtable);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode) continue;
            if (format == 12) format12 ??= subtable;
            if (format == 4) format4 ??= subtable;
        }
        if (format12 is { } f12) result.ReadFormat12(font, f12);
        else if (format4 is { } f4) result.ReadFormat4(font, f4);
        else throw new InvalidDataException("The font has no Unicode cmap of format 4 or 12.");
        return result;
    }

    private void ReadFormat12(byte[] font, int at)
    {
        var groups = U32(font, at + 12);
        for (var g = 0; g < groups; g++)
        {
            var group = at + 16 + g * 12;
            var (start, end, glyph) = (U32(font, group), U32(font, group + 4), U32(font, group + 8));
            for (var c = start; c <= end && c < 0x110000; c++)
                if (glyph + (c - start) != 0) covered[(int)c] = true;
        }
    }

    private void ReadFormat4(byte[] font, int at)
    {
        var segments = U16(font, at + 6) / 2;
        var ends = at + 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int start = U16(font, starts + s * 2), end = U16(font, ends + s * 2);
            var delta = (short)U16(font, deltas + s * 2);
            var rangeOffset = U16(font, rangeOffsets + s * 2);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    glyph = U16(font, rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) covered[c] = true;
            }
        }
    }

    private static int? TableOffset(byte[] font, string tag)
    {
        var tables = U16(font, 4);
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + i * 16;
            if (font[record] == tag[0] && font[record + 1] == tag[1] && font[record + 2] == tag[2] && font[record + 3] == tag[3])
                return (int)U32(font, record + 8);
        }
        return null;
    }

    private static ushort U16(byte[] font, int at) => BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
    private static uint U32(byte[] font, int at) => BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(at));
}
