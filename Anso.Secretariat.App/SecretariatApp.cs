using Anso.Secretariat.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App;

/// <summary>
/// Builds the web app. Tests call it too, to run the real app on a free port with a temporary database.
/// </summary>
public static class SecretariatApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SecretariatApp).Assembly.GetName().Name,
            // The top-level appsettings.json is copied next to the binaries; reading it from there
            // works whatever folder the app is started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseStaticWebAssets();
        configure?.Invoke(builder);

        var connectionString = DatabaseSetup.ResolveConnectionString(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSecretariatDatabase(connectionString);
        builder.Services.AddHealthChecks().AddDbContextCheck<SecretariatDbContext>("database");

        var app = builder.Build();
        app.MapHealthChecks("/healthz");
        return app;
    }

    public static Task PrepareDatabaseAsync(WebApplication app) =>
        DatabaseSetup.MigrateAndSeedAsync(app.Services, app.Configuration.GetValue("Seed:Demo", true));
}
