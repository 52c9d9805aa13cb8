namespace Anso.Secretariat.App.Features.Meetings;

public static class MeetingDownloads
{
    /// <summary>
    /// The meeting documents, built from the current data on every request, and the agenda papers. Sign-in is required
    /// (the fallback policy); the service demands the right to read records and hides what the user may not see.
    /// </summary>
    public static void MapMeetingDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings/{id:int}/agenda.pdf", async (int id, MeetingService meetings) =>
            Pdf(await meetings.AgendaPdfAsync(id)));
        app.MapGet("/meetings/{id:int}/applications.pdf", async (int id, MeetingService meetings) =>
            Pdf(await meetings.ApplicationsPdfAsync(id)));
        app.MapGet("/meetings/{id:int}/minutes.pdf", async (int id, Minutes.MinutesService minutes) =>
            Pdf(await minutes.MinutesPdfAsync(id)));
        // One version of the minutes; an approved one is the file kept at its approval, with its own signature.
        app.MapGet("/meetings/{id:int}/minutes/v{version:int}.pdf", async (int id, int version, Minutes.MinutesService minutes) =>
            Pdf(await minutes.MinutesPdfAsync(id, version)));
        app.MapGet("/meetings/{id:int}/minutes.docx", async (int id, Minutes.MinutesService minutes) =>
            await minutes.MinutesDocxAsync(id) is { } docx ? Results.File(docx.Content, Documents.Word.WordFile.ContentType, docx.FileName) : Results.NotFound());
        app.MapGet("/meetings/{id:int}/papers/{paperId:int}", async (int id, int paperId, MeetingService meetings) =>
            await meetings.OpenPaperAsync(id, paperId) switch
            {
                null => Results.NotFound(),
                { Content: null } => Data.DocumentStore.MissingFile(),
                var (paper, content) => Results.File(content, paper.ContentType, paper.FileName),
            });
    }

    private static IResult Pdf(PdfFile? pdf) => pdf switch
    {
        null => Results.NotFound(),
        { IsMissing: true } => Data.DocumentStore.MissingFile(), // a stored (signed) file missing on disk
        _ => Results.File(pdf.Content, "application/pdf", pdf.FileName),
    };
}
