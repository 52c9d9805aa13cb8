using Anso.Secretariat.Tests.Support;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Anso.Secretariat.Tests.Components.Applications;

/// <summary>An uploads folder the server cannot write: the upload is refused with a message, the spinner stops, the error is logged.</summary>
public class UploadsFolderUnwritableTests : ComponentTest
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        var blocker = Path.Combine(Database.Folder, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Uploads"] = Path.Combine(blocker, "uploads") }).Build();
        services.AddSingleton(sp => new DocumentStore(configuration, Database.ConnectionString, sp.GetRequiredService<ILogger<DocumentStore>>()));
    }

    [Fact]
    public async Task An_upload_the_server_cannot_store_is_refused_with_a_message_and_the_error_is_logged()
    {
        SignInAs(Roles.Secretariat);
        var id = 0;
        await WithDatabaseAsync(async db => id = (await db.Applications.OrderBy(a => a.Id).FirstAsync(a => a.State == ApplicationState.UnderReview)).Id);
        _ = Providers;
        var page = Render<ApplicationDetailsPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("h1")), TimeSpan.FromSeconds(15));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(SampleFiles.Pdf, "letter-of-intent.pdf"));

        page.WaitForAssertion(() => Assert.Contains(DocumentStore.CannotStoreMessage, page.Find(".upload-refusals").TextContent), TimeSpan.FromSeconds(15));
        Assert.Empty(page.FindAll(".mud-progress-linear, .mud-progress-circular"));
        Assert.Contains(Logs, line => line.Contains("Cannot store an uploaded file"));
        await WithDatabaseAsync(async db => Assert.Equal(0, await db.SupportingDocuments.CountAsync(d => d.ApplicationId == id)));
    }
}
