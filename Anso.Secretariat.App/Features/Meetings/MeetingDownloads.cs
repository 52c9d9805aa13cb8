using Anso.Secretariat.App.Documents;

namespace Anso.Secretariat.App.Features.Meetings;

public static class MeetingDownloads
{
    /// <summary>
    /// The meeting documents, built from the current data on every request, and the agenda papers. Sign-in is required
    /// (the fallback policy); the service demands the right to read records and hides what the user may not see. Each
    /// document is in English, or in Chinese with <c>?lang=zh-Hans</c> (<see cref="DocumentLanguage"/>).
    /// </summary>
    public static void MapMeetingDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings/{id:int}/agenda.pdf", (int id, string? lang, MeetingService meetings) =>
            DocumentLanguage.Serve(lang, async language => Pdf(await meetings.AgendaPdfAsync(id), language)));
        app.MapGet("/meetings/{id:int}/applications.pdf", (int id, string? lang, MeetingService meetings) =>
            DocumentLanguage.Serve(lang, async language => Pdf(await meetings.ApplicationsPdfAsync(id), language)));
        // An approved version in English is the file kept at its approval, with its own signature; in Chinese, an unsigned copy.
        app.MapGet("/meetings/{id:int}/minutes.pdf", (int id, string? lang, Minutes.MinutesService minutes) =>
            DocumentLanguage.Serve(lang, async language => Pdf(await minutes.MinutesPdfAsync(id, null, language), language)));
        app.MapGet("/meetings/{id:int}/minutes/v{version:int}.pdf", (int id, int version, string? lang, Minutes.MinutesService minutes) =>
            DocumentLanguage.Serve(lang, async language => Pdf(await minutes.MinutesPdfAsync(id, version, language), language)));
        app.MapGet("/meetings/{id:int}/minutes.docx", (int id, string? lang, Minutes.MinutesService minutes) =>
            DocumentLanguage.Serve(lang, async language => await minutes.MinutesDocxAsync(id) is { } docx
                ? Results.File(docx.Content, Documents.Word.WordFile.ContentType, language.FileName(docx.FileName)) : Results.NotFound()));
        app.MapGet("/meetings/{id:int}/papers/{paperId:int}", async (int id, int paperId, MeetingService meetings) =>
            await meetings.OpenPaperAsync(id, paperId) switch
            {
                null => Results.NotFound(),
                { Content: null } => Data.DocumentStore.MissingFile(),
                var (paper, content) => Results.File(content, paper.ContentType, paper.FileName),
            });
    }

    private static IResult Pdf(PdfFile? pdf, DocumentLanguage language) => pdf switch
    {
        null => Results.NotFound(),
        { IsMissing: true } => Data.DocumentStore.MissingFile(), // a stored (signed) file missing on disk
        _ => Results.File(pdf.Content, "application/pdf", language.FileName(pdf.FileName)),
    };
}
