using System.Reflection;
using PdfSharp.Fonts;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// Serves DejaVu Sans from the app's embedded resources (Documents/Fonts), so that PDFs never depend on the
/// host's fonts. Every family name resolves to DejaVu Sans: a typo in a family name must not reach the host.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    public static readonly EmbeddedFontResolver Instance = new();

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";

    // PDFsharp caches faces itself; this cache only avoids re-reading a resource if it asks again.
    private readonly Dictionary<string, Lazy<byte[]>> faces = new[] { Regular, Bold, Oblique }
        .ToDictionary(face => face, face => new Lazy<byte[]>(() => Load(face)));

    private EmbeddedFontResolver() { }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => new FontResolverInfo(Bold, mustSimulateBold: false, mustSimulateItalic: true), // no bold-oblique shipped
        (true, false) => new FontResolverInfo(Bold),
        (false, true) => new FontResolverInfo(Oblique),
        _ => new FontResolverInfo(Regular),
    };

    public byte[] GetFont(string faceName) =>
        faces.TryGetValue(faceName, out var face)
            ? face.Value
            : throw new ArgumentException($"Unknown font face '{faceName}'.", nameof(faceName));

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
