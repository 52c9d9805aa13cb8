using System.IO.Compression;
using System.Net;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>/admin/backup.zip: an administrator downloads a dated backup that no cache keeps; nobody else gets one.</summary>
[Collection(BrowserCollection.Name)]
public class BackupDownloadTests(AppFixture app)
{
    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        { BaseAddress = new Uri(app.BaseUrl) };

    [Fact]
    public async Task An_administrator_downloads_a_dated_backup_that_is_not_cached()
    {
        using var client = Client();
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Administrator], app.Passwords[Roles.Administrator]);

        var response = await client.GetAsync("/admin/backup.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Matches(@"^anso-backup-\d{4}-\d{2}-\d{2}-\d{4}\.zip$", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.NotNull(zip.GetEntry(DatabaseBackup.ManifestEntry));
        Assert.NotNull(zip.GetEntry(DatabaseBackup.DatabaseEntry));
    }

    [Theory]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.Viewer)]
    public async Task Nobody_but_an_administrator_gets_a_backup(string role)
    {
        using var client = Client();
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[role], app.Passwords[role]);

        var response = await client.GetAsync("/admin/backup.zip");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("application/zip", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_sign_in_there_is_no_backup()
    {
        using var client = Client();
        var response = await client.GetAsync("/admin/backup.zip");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }
}
