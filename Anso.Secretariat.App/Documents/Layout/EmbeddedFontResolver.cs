using System.Reflection;
using PdfSharp.Fonts;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// Serves the fonts shipped in the app's embedded resources (Documents/Fonts), so that PDFs never depend on the host's
/// fonts: DejaVu Sans for Latin, Cyrillic and Greek, Noto Sans Thai, and Droid Sans Fallback for Chinese (a TrueType
/// font with glyf outlines, which PDFsharp 6.2 embeds and subsets; the CFF-based Noto CJK .otf/.ttc it does not).
/// An unknown family name resolves to DejaVu Sans: a typo in a family name must not reach the host.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    public const string ThaiFamilyName = "Noto Sans Thai";
    public const string ChineseFamilyName = "Droid Sans Fallback";

    public static readonly EmbeddedFontResolver Instance = new();

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";
    private const string ThaiRegular = "NotoSansThai-Regular";
    private const string ThaiBold = "NotoSansThai-Bold";
    private const string Chinese = "DroidSansFallbackFull";

    // PDFsharp caches faces itself; this cache only avoids re-reading a resource if it asks again.
    private readonly Dictionary<string, Lazy<byte[]>> faces = new[] { Regular, Bold, Oblique, ThaiRegular, ThaiBold, Chinese }
        .ToDictionary(face => face, face => new Lazy<byte[]>(() => Load(face)));

    private readonly Dictionary<string, Lazy<GlyphCoverage>> coverage;

    private EmbeddedFontResolver()
    {
        coverage = faces.ToDictionary(f => f.Key, f => new Lazy<GlyphCoverage>(() => GlyphCoverage.Read(f.Value.Value)));
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => familyName switch
    {
        // Droid Sans Fallback has one face: bold and italic are simulated (stroked, slanted).
        ChineseFamilyName => new FontResolverInfo(Chinese, mustSimulateBold: bold, mustSimulateItalic: italic),
        ThaiFamilyName => new FontResolverInfo(bold ? ThaiBold : ThaiRegular, mustSimulateBold: false, mustSimulateItalic: italic),
        _ => (bold, italic) switch
        {
            (true, true) => new FontResolverInfo(Bold, mustSimulateBold: false, mustSimulateItalic: true), // no bold-oblique shipped
            (true, false) => new FontResolverInfo(Bold),
            (false, true) => new FontResolverInfo(Oblique),
            _ => new FontResolverInfo(Regular),
        },
    };

    public byte[] GetFont(string faceName) =>
        faces.TryGetValue(faceName, out var face)
            ? face.Value
            : throw new ArgumentException($"Unknown font face '{faceName}'.", nameof(faceName));

    /// <summary>The characters the face that <paramref name="familyName"/> resolves to has a glyph for.</summary>
    public GlyphCoverage CoverageOf(string familyName, bool bold, bool italic) => coverage[ResolveTypeface(familyName, bold, italic).FaceName].Value;

    private static byte[] Load(string face)
    {
        var assembly = typeof(EmbeddedFontResolver).Assembly;
        // Match by suffix: the manifest name depends on the root namespace and folder.
        var suffix = $".Documents.Fonts.{face}.ttf";
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Font resource '*{suffix}' is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
