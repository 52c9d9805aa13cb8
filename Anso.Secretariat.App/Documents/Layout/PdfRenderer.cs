namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>Turns a <see cref="PdfDocumentSpec"/> into PDF bytes. Safe to call from concurrent requests.</summary>
public static class PdfRenderer
{
    /// <summary>
    /// The document's bytes. A spec that says exactly what one rendered lately said gets that document's bytes again
    /// (<see cref="RenderedDocuments"/>): shared, so not to be changed. A finish (attachments, a signature) always renders anew.
    /// </summary>
    public static byte[] Render(PdfDocumentSpec spec, PdfFinish? finish = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return finish is null
            ? RenderedDocuments.GetOrRender(spec, s => Render(s, null, recordLayout: false).Pdf)
            : Render(spec, finish, recordLayout: false).Pdf;
    }

    /// <summary>
    /// The bytes <see cref="Render(PdfDocumentSpec, PdfFinish?)"/> would serve from memory for this spec, or null when it
    /// would render: whether a document rendered ahead (the register of members) is still what the data says.
    /// </summary>
    public static byte[]? Kept(PdfDocumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return RenderedDocuments.Find(spec);
    }

    /// <summary>Lays out and writes the document even when one like it was rendered lately (benchmarks).</summary>
    public static byte[] RenderAnew(PdfDocumentSpec spec, PdfFinish? finish = null) => Render(spec, finish, recordLayout: false).Pdf;

    /// <summary>Renders and also returns every rectangle placed on every page (for tests and diagnostics); never from memory.</summary>
    public static LayoutResult RenderWithLayout(PdfDocumentSpec spec, PdfFinish? finish = null) => Render(spec, finish, recordLayout: true);

    private static LayoutResult Render(PdfDocumentSpec spec, PdfFinish? finish, bool recordLayout)
    {
        ArgumentNullException.ThrowIfNull(spec);
        PdfSetup.EnsureInitialized();
        using var engine = new LayoutEngine(spec, recordLayout);
        return engine.Run(finish);
    }
}
