using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.App.Components;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Diagnostics;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Backup;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Dashboard;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.App.Features.Review;
using Anso.Secretariat.App.Features.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Anso.Secretariat.App;

/// <summary>
/// Builds the web app. Tests call it too, to run the real app on a free port with a temporary database.
/// </summary>
public static class SecretariatApp
{
    /// <summary>The host builder with the app's settings (appsettings.json, environment, command line); the backup verbs read it too.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) => WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        ApplicationName = typeof(SecretariatApp).Assembly.GetName().Name,
        // The top-level appsettings.json is copied next to the binaries; reading it from there
        // works whatever folder the app is started from.
        ContentRootPath = AppContext.BaseDirectory,
    });

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = CreateBuilder(args);
        // MudBlazor's scripts and styles are static web assets; serve them in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddSecretariatServices(builder.Configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHostedService<Features.Backup.ScheduledBackups>();
        services.AddHostedService<Features.Notifications.OutboxWorker>();
        services.AddHostedService<MemberRegisterAhead>();
        services.AddRazorComponents().AddInteractiveServerComponents(circuits =>
            {
                // Set on purpose (README, Performance): a dropped connection (a laptop waking, a train tunnel) comes back
                // within seconds, and a reload starts a new circuit anyway, so a disconnected circuit is kept for 2 minutes
                // (default 3) and at most 100 of them (the number of people the app is sized for; 1.5 to 2 MB each, README).
                circuits.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(2);
                circuits.DisconnectedCircuitMaxRetained = 100;
                // The render batches a circuit keeps until the browser acknowledges them: 10 (the default) at up to 66 KB
                // each is under 1 MB per circuit, and a click that renders several batches on a slow link does not wait.
                circuits.MaxBufferedUnacknowledgedRenderBatches = 10;
            })
            // Blazor's default of 32 KB drops the connection when someone pastes a long text; every field has its own,
            // smaller limit that the server checks and explains, so let the text arrive and be refused with a message.
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 512 * 1024);
        services.AddSecretariatScreens();
        services.AddHttpHardening(builder.Configuration);
        services.AddSignInLimits(builder.Configuration);
        services.AddInteractionDiagnostics(builder.Configuration);

        var app = builder.Build();
        app.UseHttpHardening();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
        // A fresh scope for the re-executed page: .NET 10 otherwise reuses the one whose NavigationManager is initialized.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        FirstRunState.UseFirstRunSetup(app);
        app.UseAuthentication();
        // After authentication: the account's language is a claim of the sign-in cookie.
        app.UseSecretariatLanguages();
        app.UseAuthorization();
        app.UseCurrentUserForRequests();
        app.UseAntiforgery();
        app.UseSignInLimits();
        // Everything needs sign-in (the fallback policy) except what a signed-out person must reach.
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapApplicationDownloads();
        app.MapMeetingDownloads();
        Features.Notifications.CalendarEndpoints.MapCalendars(app);
        app.MapMemberRegisterDownloads();
        app.MapExchangeEndpoints();
        app.MapBackupDownload();
        app.MapInteractionDiagnostics();
        // Its own frame-ancestors header would add a second policy: HttpHardening's says 'none' for every response.
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }

    /// <summary>The database, accounts and the feature services: everything but the web UI, so tests can use them directly.</summary>
    public static IServiceCollection AddSecretariatServices(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseTarget.FromConfiguration(configuration);
        services.TryAddSingleton(TimeProvider.System);
        var zone = SecretariatTime.FindZone(configuration["Secretariat:TimeZone"]);
        services.TryAddSingleton(sp => new SecretariatTime(sp.GetRequiredService<TimeProvider>(), zone));
        services.AddSecretariatDatabase(database);
        services.AddSharedKeys();
        services.AddSingleton(sp => new DocumentStore(configuration, database, sp.GetService<ILogger<DocumentStore>>()));
        services.AddSingleton(sp => new DatabaseBackup(database, sp.GetRequiredService<DocumentStore>().Folder));
        services.AddSingleton(sp => new DatabaseHealthCheck(database, sp.GetRequiredService<TimeProvider>()));
        services.AddSecretariatAccounts(configuration);
        // Email: the outbox, written with each change and sent in the background (issue #16).
        var email = configuration.GetSection("Email").Get<Features.Notifications.EmailSettings>() ?? new();
        services.TryAddSingleton(email);
        services.AddSingleton<Features.Notifications.Notifier>();
        services.AddSingleton<Features.Notifications.OutboxSender>();
        services.AddSingleton<Features.Notifications.ScheduledNotices>();
        services.AddScoped<Features.Notifications.NotificationService>();
        services.AddScoped<ApplicationService>();
        services.AddScoped<MemberRegisterService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<Features.Minutes.MinutesService>();
        services.AddSingleton<Features.Minutes.MinutesSigning>();
        services.AddScoped<Features.Integrity.IntegrityService>();
        services.AddScoped<Features.Decisions.DecisionRegisterService>();
        services.AddScoped<MeetingService>();
        // The PDFs' embedded fonts, once for the process.
        PdfSetup.EnsureInitialized();
        // The register, the dashboard, search, and CSV import and export (issue #6).
        services.AddScoped<DashboardService>();
        services.AddScoped<SearchService>();
        services.AddScoped<ExportService>();
        services.AddScoped<ImportService>();
        return services;
    }

    public static Task PrepareDatabaseAsync(WebApplication app) => PrepareDatabaseAsync(app.Services, app.Configuration);

    /// <summary>Migrates, loads the demo data on an empty database when asked to, and creates the roles and demo accounts.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, IConfiguration configuration)
    {
        await DatabaseSetup.MigrateAndSeedAsync(services, configuration.GetValue("Seed:Demo", true));
        var phases = new StartUpPhases(services);
        // Beside the accounts, each on its own connection (on 2 cores they take the time of the longest; SQLite makes one
        // write wait for another): the key ring, which a new database gets its first key in, and whether anyone can sign
        // in yet, asked here instead of by the first request (FirstRunState remembers a yes; a new database's accounts
        // may not exist yet, and then the first request asks again).
        var keyRing = Task.Run(() => SharedKeys.EnsureKey(services));
        var firstRun = Task.Run(() => services.GetRequiredService<FirstRunState>().HasUsersAsync());
        var accounts = AccountSeeder.SeedAsync(services, configuration);
        // The accounts' problem (a refused demo password) is the one reported if more than one fails; all have finished.
        await Task.WhenAll(accounts, keyRing, firstRun);
        phases.Done("roles and demo accounts, key ring, first-run state");
    }
}
