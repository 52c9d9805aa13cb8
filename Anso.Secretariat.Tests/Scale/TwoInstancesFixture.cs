using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Browser;
using Anso.Secretariat.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Anso.Secretariat.Tests.Scale;

/// <summary>
/// Two instances of the real app ("one" and "two") on one PostgreSQL database and one uploads folder, each on its own free loopback
/// port, with nginx in front (deploy/nginx.conf, HTTPS, sticky sessions, WebSocket upgrade) and one Debian Chromium.
/// Each instance is also given a key folder of its own, as two servers would have; the app's shared keys must replace it.
/// Everything is stopped and deleted at the end.
/// </summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    public const string First = "one";
    public const string Second = "two";

    private readonly Dictionary<string, WebApplication> instances = [];
    private IPlaywright? playwright;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "anso-scale", Guid.NewGuid().ToString("N"));
    public NginxProxy Proxy { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl => Proxy.BaseUrl;

    /// <summary>A second secretariat account, so that two people of the secretariat work at once.</summary>
    public const string ColleagueEmail = "colleague@anso.example";
    public string ColleaguePassword { get; } = $"Colleague-{Guid.NewGuid():N}"[..24] + "-1";

    public IReadOnlyDictionary<string, string> Passwords { get; } =
        Roles.All.ToDictionary(r => r, r => $"{r}-{Guid.NewGuid():N}"[..22] + "-1");

    /// <summary>The one PostgreSQL database both instances use: a fresh one on the test run's server.</summary>
    private PostgresDatabase? database;

    /// <summary>The database settings both instances get, as an operator gives them.</summary>
    private IDictionary<string, string?> DatabaseSettings() => new Dictionary<string, string?>
    {
        [DatabaseTarget.ProviderSetting] = nameof(DatabaseProvider.PostgreSql),
        ["ConnectionStrings:Secretariat"] = database!.ConnectionString,
    };

    private IDictionary<string, string?> Settings(string instance)
    {
        var settings = new Dictionary<string, string?>(DatabaseSettings())
        {
            ["Hosting:InstanceName"] = instance,
            ["Storage:Uploads"] = Path.Combine(Folder, "shared-uploads"),
            ["Seed:Demo"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Security:SignInAttemptsPerClient"] = "100000",
            ["Security:SignInAttemptsPerAccount"] = "100000",
        };
        foreach (var (role, password) in Passwords) settings[$"Seed:Passwords:{role}"] = password;
        return settings;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        database = new PostgresDatabase();
        // One after the other, as a deployment does: the first migrates, seeds and makes the key; the second finds them.
        foreach (var name in new[] { First, Second }) instances[name] = await StartInstanceAsync(name);
        await AddColleagueAsync();
        Proxy = await NginxProxy.StartAsync(Path.Combine(Folder, "nginx"), Address(First), Address(Second));

        playwright = await Playwright.CreateAsync();
        // The same patience as the contexts' actions: on a shared 2-core machine under load a render can take over Playwright's 5 s.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    private async Task<WebApplication> StartInstanceAsync(string name)
    {
        var app = SecretariatApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(Settings(name));
            builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Folder, "own-keys-" + name)));
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        });
        await SecretariatApp.PrepareDatabaseAsync(app);
        await app.StartAsync();
        return app;
    }

    /// <summary>The instance's own address (nginx's upstream server).</summary>
    public string Address(string instance) =>
        instances[instance].Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public IServiceProvider Services(string instance) => instances[instance].Services;

    /// <summary>Stops one instance, as a crash or an update would (its circuits end).</summary>
    public async Task StopInstanceAsync(string instance)
    {
        await instances[instance].StopAsync();
        await instances[instance].DisposeAsync();
        instances.Remove(instance);
    }

    /// <summary>
    /// A value of nginx's route cookie that sends a browser to <paramref name="instance"/>: found by asking nginx, the
    /// way a browser would, which instance answers for each candidate.
    /// </summary>
    public async Task<string> RouteToAsync(string instance)
    {
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(BaseUrl) };
        for (var i = 0; i < 64; i++)
        {
            var route = $"route-{i}";
            using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
            request.Headers.Add("Cookie", $"anso_route={route}");
            using var response = await client.SendAsync(request);
            if (response.Headers.TryGetValues(HttpHardening.InstanceHeader, out var names) && names.Single() == instance) return route;
        }
        throw new InvalidOperationException($"No route value reached instance {instance}.");
    }

    /// <summary>A fresh browser (HTTPS through nginx), optionally pinned to one instance by nginx's route cookie.</summary>
    public async Task<IPage> NewPageAsync(string? instance = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            IgnoreHTTPSErrors = true, // the certificate is self-signed, made for this run
            ViewportSize = AppFixture.Laptop,
        });
        context.SetDefaultTimeout(30_000);
        if (instance is not null)
            await context.AddCookiesAsync([new Cookie { Name = "anso_route", Value = await RouteToAsync(instance), Url = BaseUrl, Secure = true, HttpOnly = true }]);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in with the form through nginx, as a person would.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password, string? instance = null)
    {
        var page = await NewPageAsync(instance);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        return page;
    }

    public Task<IPage> SignedInPageAsync(string role, string? instance = null) =>
        SignedInPageAsync(AccountSeeder.DemoUserNames[role], Passwords[role], instance);

    /// <summary>Runs arrange or check code on the shared database, through an instance still running.</summary>
    public async Task WithDatabaseAsync(Func<SecretariatDbContext, Task> work)
    {
        await using var db = await instances.Values.First().Services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();
        await work(db);
    }

    /// <summary>A GB meeting that has begun, with <paramref name="applications"/> applications on its list and an agenda.</summary>
    public async Task<(int MeetingId, string[] Organizations)> GbMeetingWithListAsync(int number, int applications)
    {
        var meetingId = 0;
        var names = new List<string>();
        await WithDatabaseAsync(async db =>
        {
            var meeting = A.Meeting.GoverningBoard(number).On(new DateOnly(2026, 11, 2)).Planned();
            var by = Actors.Secretary();
            meeting.AddAgendaItem(new AgendaItemDetails { Title = "Opening", Kind = AgendaItemKind.Opening, Purpose = AgendaPurpose.ForInformation, DurationMinutes = 10 }, by);
            meeting.AddAgendaItem(new AgendaItemDetails { Title = "Membership applications", Kind = AgendaItemKind.MembershipApplications, Purpose = AgendaPurpose.ForEndorsement, DurationMinutes = 30 }, by);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            var category = await db.Categories.Select(c => c.Id).FirstAsync();
            for (var i = 0; i < applications; i++)
            {
                var name = $"Academy of Sciences {number}-{(char)('A' + i)}";
                names.Add(name);
                db.Applications.Add(An.Application.From(An.Organization.Named(name).In("SN").InCategory(category).Build())
                    .AtBoard(meeting).InState(ApplicationState.ListedForBoard).Build());
            }
            await db.SaveChangesAsync();
            meetingId = meeting.Id;
        });
        return (meetingId, names.ToArray());
    }

    private async Task AddColleagueAsync()
    {
        await using var scope = instances[First].Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var colleague = new AppUser { UserName = ColleagueEmail, Email = ColleagueEmail, EmailConfirmed = true, DisplayName = "Li Colleague" };
        var created = await users.CreateAsync(colleague, ColleaguePassword);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(colleague, Roles.Secretariat);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        Proxy?.Dispose();
        foreach (var name in instances.Keys.ToList()) await StopInstanceAsync(name);
        database?.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
