namespace Anso.Secretariat.App.Features.Applications;

public static class ApplicationDownloads
{
    /// <summary>Supporting documents download under the name they were uploaded with.</summary>
    public static void MapApplicationDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet("/applications/{id:int}/documents/{documentId:int}", async (int id, int documentId, ApplicationService applications) =>
            await applications.OpenDocumentAsync(id, documentId) is { } found
                ? Results.File(found.Content, found.Document.ContentType, found.Document.FileName)
                : Results.NotFound());
}
