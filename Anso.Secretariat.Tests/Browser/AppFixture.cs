using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>
/// The real app on a free loopback port with its own temporary SQLite file and the demo data,
/// and one Debian Chromium driven by Playwright. Shared by the browser test classes: start-up costs seconds.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "anso-browser", Guid.NewGuid().ToString("N"));
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    /// <summary>Everything the app logged at Information or above, to check what must never appear there.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>Where screenshots go, so a person can look at what the tests saw.</summary>
    public static string ScreenshotFolder { get; } = FindScreenshotFolder();

    /// <summary>Demo account passwords for this run, given through configuration as an operator would.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; } =
        Roles.All.ToDictionary(r => r, r => $"{r}-{Guid.NewGuid():N}"[..22] + "-1"); // the rules want a digit

    /// <summary>Set to false for an app with no account at all, as on a first run.</summary>
    public bool WithDemoAccounts { get; init; } = true;

    /// <summary>Settings of a fixture that needs others than the shared app's.</summary>
    public IReadOnlyDictionary<string, string?> ExtraSettings { get; init; } = new Dictionary<string, string?>();

    private IDictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Secretariat"] = $"Data Source={Path.Combine(Folder, "secretariat.db")}",
            ["Seed:Demo"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Security:MaxFailedSignIns"] = "3",
            // Every test signs in from 127.0.0.1, many times a minute: SignInLimitsTests checks the limits on their own app.
            ["Security:SignInAttemptsPerClient"] = "100000",
            ["Security:SignInAttemptsPerAccount"] = "100000",
            // Every request compares the cookie's security stamp with the database's.
            ["Authentication:StampCheckSeconds"] = "0",
            // A journey asks for the documents it checks; rendering the register ahead only takes CPU from the browser.
            // RegisterRenderedAheadTests checks the service on its own app.
            ["Documents:RenderAhead:Enabled"] = "false",
        };
        foreach (var (key, value) in ExtraSettings) settings[key] = value;
        if (WithDemoAccounts)
            foreach (var (role, password) in Passwords) settings[$"Seed:Passwords:{role}"] = password;
        return settings;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        _app = SecretariatApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(Settings());
            builder.Logging.AddProvider(new CapturingLoggerProvider(Logs));
            builder.Logging.AddFilter<CapturingLoggerProvider>(level => level >= LogLevel.Information);
        });
        await SecretariatApp.PrepareDatabaseAsync(_app);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        // The same patience as the contexts' actions: on a shared 2-core machine under load a render can take over Playwright's 5 s.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A laptop's screen; <see cref="Phone"/> is a 390-pixel-wide phone.</summary>
    public static readonly ViewportSize Laptop = new() { Width = 1400, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = viewport ?? Laptop,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser context signed in as the demo account of the role.</summary>
    public Task<IPage> SignedInPageAsync(string role, ViewportSize? viewport = null) =>
        SignedInPageAsync(AccountSeeder.DemoUserNames[role], Passwords[role], viewport);

    /// <summary>A fresh browser context signed in with the sign-in form, as a person would.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password, ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(viewport);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator(".shell[data-interactive=true]").WaitForAsync();
        return page;
    }

    /// <summary>Runs arrange code against the app's own database.</summary>
    public async Task WithDatabaseAsync(Func<SecretariatDbContext, Task> work)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();
        await work(db);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private static string FindScreenshotFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Anso.Secretariat.sln"))) dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screens");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>The app as on its very first start: demo data, but no account at all.</summary>
public sealed class FirstRunAppFixture : AppFixture
{
    public FirstRunAppFixture() => WithDemoAccounts = false;
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "browser";
}

public static class PageExtensions
{
    /// <summary>Opens a page and waits until Blazor's circuit answers clicks.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator(".shell[data-interactive=true]").WaitForAsync();

    /// <summary>
    /// Types into an autocomplete, clicks the suggestion, and waits until the app has taken it. MudBlazor focuses the
    /// field again before it takes the choice; text typed elsewhere in the meantime would land in this field.
    /// </summary>
    public static async Task TypeAndChooseAsync(this ILocator field, string typed, string suggestion)
    {
        await field.FillAsync(typed);
        var suggestions = field.Page.Locator(".mud-popover-open .mud-list-item");
        await suggestions.GetByText(suggestion, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(field).ToHaveValueAsync(suggestion);
        await Assertions.Expect(suggestions).ToHaveCountAsync(0);
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppFixture.ScreenshotFolder, name + ".png"), FullPage = true });
}

/// <summary>Keeps every log line the app writes, whatever the configured levels say for the console.</summary>
public sealed class CapturingLoggerProvider(System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose() { }

    private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
