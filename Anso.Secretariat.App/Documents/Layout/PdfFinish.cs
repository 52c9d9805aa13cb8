using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>A file carried inside a PDF (e.g. the decisions as CSV), which a reader lists as an attachment.</summary>
public sealed record PdfAttachment(string FileName, byte[] Content, string MimeType, string Description);

/// <summary>Who signs a PDF, and why: the certificate must hold its private key.</summary>
public sealed record PdfSigner(X509Certificate2 Certificate, string Reason, string Location, string ContactInfo);

/// <summary>What is added to a rendered document as it is saved: attachments, and a signature over the whole file.</summary>
public sealed record PdfFinish
{
    public IReadOnlyList<PdfAttachment> Attachments { get; init; } = [];
    public PdfSigner? Signer { get; init; }
}

/// <summary>
/// Embeds files. PDFsharp 6.2 writes the file specification and the embedded file stream; this adds what a reader shows
/// (the description) and the file's type and size. PDFsharp 6.2 cannot write PDF/A-3 (its XMP says PDF/A-1 and it has no
/// associated-files relationship), so the file is an ordinary attachment.
/// </summary>
internal static class PdfAttachments
{
    public static void Add(PdfDocument document, PdfAttachment attachment)
    {
        using (var content = new MemoryStream(attachment.Content, writable: false))
            document.AddEmbeddedFile(attachment.FileName, content);

        var names = document.Internals.Catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/EmbeddedFiles")?.Elements.GetArray("/Names");
        if (names is null) return;
        for (var i = 0; i + 1 < names.Elements.Count; i += 2)
        {
            if (names.Elements.GetString(i) != attachment.FileName) continue;
            if (names.Elements.GetDictionary(i + 1) is not { } spec) continue;
            spec.Elements.SetString("/Desc", attachment.Description);
            if (spec.Elements.GetDictionary("/EF")?.Elements.GetDictionary("/F") is { } file)
            {
                file.Elements.SetName("/Subtype", "/" + attachment.MimeType.Replace("/", "#2F"));
                var parameters = new PdfDictionary(document);
                parameters.Elements.SetInteger("/Size", attachment.Content.Length);
                file.Elements.SetObject("/Params", parameters);
            }
        }
    }
}
