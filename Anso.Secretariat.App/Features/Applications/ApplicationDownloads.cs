namespace Anso.Secretariat.App.Features.Applications;

public static class ApplicationDownloads
{
    /// <summary>Supporting documents download under the name they were uploaded with.</summary>
    public static void MapApplicationDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet("/applications/{id:int}/documents/{documentId:int}", async (int id, int documentId, ApplicationService applications) =>
            await applications.OpenDocumentAsync(id, documentId) switch
            {
                null => Results.NotFound(),
                { Content: null } => Data.DocumentStore.MissingFile(),
                var (document, content) => Results.File(content, document.ContentType, document.FileName),
            });
}
