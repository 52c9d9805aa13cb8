namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>Turns a <see cref="PdfDocumentSpec"/> into PDF bytes. Safe to call from concurrent requests.</summary>
public static class PdfRenderer
{
    public static byte[] Render(PdfDocumentSpec spec, PdfFinish? finish = null) => Render(spec, finish, recordLayout: false).Pdf;

    /// <summary>Renders and also returns every rectangle placed on every page (for tests and diagnostics).</summary>
    public static LayoutResult RenderWithLayout(PdfDocumentSpec spec, PdfFinish? finish = null) => Render(spec, finish, recordLayout: true);

    private static LayoutResult Render(PdfDocumentSpec spec, PdfFinish? finish, bool recordLayout)
    {
        ArgumentNullException.ThrowIfNull(spec);
        PdfSetup.EnsureInitialized();
        using var engine = new LayoutEngine(spec, recordLayout);
        return engine.Run(finish);
    }
}
