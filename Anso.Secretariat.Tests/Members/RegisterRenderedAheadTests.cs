using System.Net;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Browser;
using Anso.Secretariat.Tests.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Anso.Secretariat.Tests.Members;

/// <summary>
/// The real app on a loopback port and its own SQLite file with the demo data, signed in as the viewer over HTTP, with
/// the register of members rendered ahead as <paramref name="renderAhead"/> says (<see cref="RenderAheadSettings"/>).
/// </summary>
public abstract class RegisterAppFixture(IReadOnlyDictionary<string, string?> renderAhead) : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "anso-register-ahead", Guid.NewGuid().ToString("N"));
    private readonly string password = $"Viewer-{Guid.NewGuid():N}"[..20] + "-1";
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;
    public IServiceProvider Services => app!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Secretariat"] = $"Data Source={Path.Combine(folder, "secretariat.db")}",
            ["Storage:Uploads"] = Path.Combine(folder, "uploads"),
            ["Seed:Demo"] = "true",
            [$"Seed:Passwords:{Roles.Viewer}"] = password,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in renderAhead) settings[$"{RenderAheadSettings.Section}:{key}"] = value;
        app = SecretariatApp.Build(["--urls", "http://127.0.0.1:0"], builder => builder.Configuration.AddInMemoryCollection(settings));
        await SecretariatApp.PrepareDatabaseAsync(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromMinutes(2),
        };
        await HttpAccessTests.SignInAsync(Client, AccountSeeder.DemoUserNames[Roles.Viewer], password);
    }

    public MemberRegisterAhead Ahead => Services.GetServices<IHostedService>().OfType<MemberRegisterAhead>().Single();

    /// <summary>The register a request in <paramref name="language"/> would build now, from the data as saved.</summary>
    public Task<PdfDocumentSpec> RegisterNowAsync(DocumentLanguage language) =>
        MemberRegisterAhead.DocumentAsync(Services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>(),
            Services.GetRequiredService<SecretariatTime>(), language);

    /// <summary>Gives a member a new name through the domain and the app's own context, as any service saves a change.</summary>
    public async Task RenameAMemberAsync(string name)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();
        var member = await db.Organizations.Where(o => o.Status == OrganizationStatus.Member && o.Acronym == "CAS").SingleAsync();
        member.Rename(name, member.Acronym);
        db.ChangedBy = "Register ahead test";
        await db.SaveChangesAsync();
    }

    public async Task<byte[]> GetAsync(string link)
    {
        using var response = await Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Rendered ahead right after start-up and one second after the members stop changing.</summary>
public sealed class RegisterAheadAppFixture() : RegisterAppFixture(new Dictionary<string, string?>
{
    ["Enabled"] = "true", ["AfterStartSeconds"] = "0", ["QuietSeconds"] = "1",
});

/// <summary>Not rendered ahead: the setting a machine that does not want it uses.</summary>
public sealed class RegisterNotAheadAppFixture() : RegisterAppFixture(new Dictionary<string, string?> { ["Enabled"] = "false" });

/// <summary>
/// Issue 13: the register of members is rendered ahead in both languages once the members change and stay unchanged
/// for the quiet period, so that the request finds its bytes; it is never served for data that has changed since.
/// </summary>
public sealed class RegisterRenderedAheadTests(RegisterAheadAppFixture app) : IClassFixture<RegisterAheadAppFixture>
{
    /// <summary>Waits until the register as the data now says is kept in both languages; fails after two minutes (a loaded machine).</summary>
    private async Task<Dictionary<DocumentLanguage, byte[]>> KeptInBothLanguagesAsync()
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var kept = new Dictionary<DocumentLanguage, byte[]>();
            foreach (var language in DocumentLanguage.All)
                if (PdfRenderer.Kept(await app.RegisterNowAsync(language)) is { } pdf) kept[language] = pdf;
            if (kept.Count == DocumentLanguage.All.Count) return kept;
            Assert.True(DateTime.UtcNow < until, "The register as the data now says was not rendered ahead within two minutes.");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task After_a_change_to_the_members_and_the_quiet_period_the_new_register_is_kept_and_served_in_both_languages()
    {
        await app.RenameAMemberAsync("Academy Rendered Ahead");

        var kept = await KeptInBothLanguagesAsync();
        var english = await app.GetAsync("/members.pdf");
        var chinese = await app.GetAsync("/members.pdf?lang=zh-Hans");

        // The request got the bytes rendered ahead: a render of the same register now differs (its creation time and
        // document id), so equal bytes are the kept ones.
        Assert.Equal(kept[DocumentLanguage.English], english);
        Assert.Equal(kept[DocumentLanguage.Chinese], chinese);
        Assert.NotEqual(english, PdfRenderer.RenderAnew(await app.RegisterNowAsync(DocumentLanguage.English)));
        Assert.Contains("Academy Rendered Ahead (CAS)", PdfTools.Text(english));
        Assert.Contains("Academy Rendered Ahead (CAS)", PdfTools.Text(chinese));
        Assert.Contains("会员名册", PdfTools.Text(chinese));
        Assert.Equal("yes", PdfTools.Info(english)["Tagged"]);
        PdfTools.Check(english);
        PdfTools.Check(chinese);
    }

    [Fact]
    public async Task A_request_right_after_a_change_gets_the_new_register_never_the_one_kept_before()
    {
        await app.RenameAMemberAsync("Academy First Name");
        var before = (await KeptInBothLanguagesAsync())[DocumentLanguage.English];

        await app.RenameAMemberAsync("Academy Second Name");
        var served = await app.GetAsync("/members.pdf"); // within the quiet period: the register kept is the first name's

        var text = PdfTools.Text(served);
        Assert.Contains("Academy Second Name (CAS)", text);
        Assert.DoesNotContain("First Name", text);
        Assert.NotEqual(before, served);
        Assert.Contains("First Name", PdfTools.Text(before)); // still kept, and not served for the data that changed
    }
}

/// <summary>The setting that turns rendering ahead off: the service stops at once and a request renders as before.</summary>
public sealed class RegisterNotRenderedAheadTests(RegisterNotAheadAppFixture app) : IClassFixture<RegisterNotAheadAppFixture>
{
    [Fact]
    public async Task Turned_off_it_renders_nothing_and_a_request_still_gets_the_register_as_the_data_says()
    {
        Assert.True(app.Ahead.ExecuteTask?.IsCompletedSuccessfully == true, "The service should have stopped at once.");

        await app.RenameAMemberAsync("Academy Not Ahead");
        var served = await app.GetAsync("/members.pdf");

        Assert.Contains("Academy Not Ahead (CAS)", PdfTools.Text(served));
        Assert.Equal(served, PdfRenderer.Kept(await app.RegisterNowAsync(DocumentLanguage.English))); // the request rendered and kept it
    }
}
