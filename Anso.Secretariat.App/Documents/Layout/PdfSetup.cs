using PdfSharp.Fonts;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// One-time, process-wide PDFsharp set-up. PDFsharp's font resolver can be set only once, before the first font is
/// used, so every entry point calls <see cref="EnsureInitialized"/>; it is cheap after the first call and safe from
/// concurrent requests.
/// </summary>
public static class PdfSetup
{
    private static readonly object Gate = new();
    private static volatile bool initialized;

    /// <summary>Registers the embedded fonts (PDFsharp 6.2 is MIT: nothing to license). Only the first call has an effect.</summary>
    public static void EnsureInitialized()
    {
        if (initialized) return;
        lock (Gate)
        {
            if (initialized) return;

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
                GlobalFontSettings.FontResolver = EmbeddedFontResolver.Instance;
            else if (!ReferenceEquals(current, EmbeddedFontResolver.Instance))
                throw new InvalidOperationException(
                    $"Another PDFsharp font resolver ({current.GetType().FullName}) is registered; the document layout needs {nameof(EmbeddedFontResolver)}.");

            initialized = true;
        }
    }
}
