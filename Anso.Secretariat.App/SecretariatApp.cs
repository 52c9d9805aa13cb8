using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.App.Components;
using Anso.Secretariat.App.Data;
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
        services.AddRazorComponents().AddInteractiveServerComponents()
            // Blazor's default of 32 KB drops the connection when someone pastes a long text; every field has its own,
            // smaller limit that the server checks and explains, so let the text arrive and be refused with a message.
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 512 * 1024);
        services.AddSecretariatScreens();
        services.AddHttpHardening(builder.Configuration);
        services.AddSignInLimits(builder.Configuration);

        var app = builder.Build();
        app.UseHttpHardening();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
        // A fresh scope for the re-executed page: .NET 10 otherwise reuses the one whose NavigationManager is initialized.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        FirstRunState.UseFirstRunSetup(app);
        app.UseAuthentication();
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
        app.MapMemberRegisterDownloads();
        app.MapExchangeEndpoints();
        app.MapBackupDownload();
        // Its own frame-ancestors header would add a second policy: HttpHardening's says 'none' for every response.
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }

    /// <summary>The database, accounts and the feature services: everything but the web UI, so tests can use them directly.</summary>
    public static IServiceCollection AddSecretariatServices(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = DatabaseSetup.ResolveConnectionString(configuration);
        services.TryAddSingleton(TimeProvider.System);
        var zone = SecretariatTime.FindZone(configuration["Secretariat:TimeZone"]);
        services.TryAddSingleton(sp => new SecretariatTime(sp.GetRequiredService<TimeProvider>(), zone));
        services.AddSecretariatDatabase(connectionString);
        services.AddSingleton(sp => new DocumentStore(configuration, connectionString, sp.GetService<ILogger<DocumentStore>>()));
        services.AddSingleton(sp => new DatabaseBackup(connectionString, sp.GetRequiredService<DocumentStore>().Folder));
        services.AddSingleton(sp => new DatabaseHealthCheck(connectionString, sp.GetRequiredService<TimeProvider>()));
        services.AddSecretariatAccounts(configuration);
        services.AddScoped<ApplicationService>();
        services.AddScoped<MemberRegisterService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<Features.Minutes.MinutesService>();
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
        await AccountSeeder.SeedAsync(services, configuration);
    }
}
