using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Features.Exchange;

namespace Anso.Secretariat.App.Features.Members;

public static class MemberRegisterDownloads
{
    /// <summary>The register of members as a PDF, built from the current data on every request; in Chinese with <c>?lang=zh-Hans</c>.</summary>
    public static void MapMemberRegisterDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet("/members.pdf", (HttpContext http, string? lang, MemberRegisterService register, SecretariatTime time) =>
            DocumentLanguage.Serve(lang, async language =>
            {
                var today = time.Today;
                var pdf = PdfRenderer.Render(MemberRegisterDocument.Build(await register.MembersAsync(), today));
                // Inline, so the browser shows it; saving it offers a name with the date.
                http.Response.Headers.ContentDisposition = $"inline; filename=\"{language.FileName(CsvFiles.FileName("members", today, "pdf"))}\"";
                return Results.Bytes(pdf, "application/pdf");
            }));
}
