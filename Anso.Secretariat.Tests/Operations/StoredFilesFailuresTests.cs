using System.Text;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Operations;

/// <summary>An uploads folder that cannot be written refuses the upload with a message; a recorded file missing on disk is a 404 with a message.</summary>
public sealed class StoredFilesFailuresTests : IDisposable
{
    private static readonly byte[] Pdf = SampleFiles.Pdf;
    private readonly TestDatabase database = new();
    private readonly int applicationId;

    public StoredFilesFailuresTests()
    {
        var application = An.Application.From(An.Organization.InCategory(database.CategoryId("Universities")).Build()).Build();
        database.Store(application);
        applicationId = application.Id;
    }

    public void Dispose() => database.Dispose();

    private ApplicationService ServiceWithUploadsIn(string uploads) => new(database.Factory, SignedIn.As(Roles.Secretariat, database), FakeTime.Secretariat(new FakeTime()),
        new DocumentStore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Uploads"] = uploads }).Build(),
            database.ConnectionString), Support.Services.Notifier());

    [Fact]
    public async Task An_upload_to_a_folder_that_cannot_be_written_is_refused_with_a_message_and_records_nothing()
    {
        var blocker = Path.Combine(database.Folder, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var service = ServiceWithUploadsIn(Path.Combine(blocker, "uploads"));

        var refusal = await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            service.AttachDocumentAsync(applicationId, "Statutes.pdf", Pdf.Length, () => new MemoryStream(Pdf)));

        Assert.Equal(DocumentStore.CannotStoreMessage, refusal.Message);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.SupportingDocuments.CountAsync());
    }

    [Fact]
    public async Task A_recorded_file_missing_on_disk_is_answered_with_404_and_a_message()
    {
        var uploads = Path.Combine(database.Folder, "uploads");
        var service = ServiceWithUploadsIn(uploads);
        var document = await service.AttachDocumentAsync(applicationId, "Statutes.pdf", Pdf.Length, () => new MemoryStream(Pdf));
        File.Delete(Path.Combine(uploads, document.StoredName));

        var found = await service.OpenDocumentAsync(applicationId, document.Id);
        Assert.NotNull(found);
        Assert.Null(found.Value.Content);

        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        await DocumentStore.MissingFile().ExecuteAsync(http);
        Assert.Equal(StatusCodes.Status404NotFound, http.Response.StatusCode);
        Assert.Equal(DocumentStore.MissingMessage, Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray()));
    }
}
