using Anso.Secretariat.App.Data;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Account;

/// <summary>
/// While no user exists, every page leads to /setup, which creates the first administrator.
/// Once one exists the answer never changes again, so it is remembered.
/// </summary>
public sealed class FirstRunState(IDbContextFactory<SecretariatDbContext> dbFactory)
{
    private volatile bool _hasUsers;

    public async Task<bool> HasUsersAsync()
    {
        if (_hasUsers) return true;
        await using var db = await dbFactory.CreateDbContextAsync();
        _hasUsers = await db.Users.AnyAsync();
        return _hasUsers;
    }

    /// <summary>Besides the static files: the setup page itself, the health check, Blazor's connection and the status pages.</summary>
    private static readonly string[] OpenDuringSetup = ["/setup", "/healthz", "/_blazor", "/not-found", "/error"];

    public static IApplicationBuilder UseFirstRunSetup(IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!IsStaticFile(context) && !OpenDuringSetup.Any(p => context.Request.Path.StartsWithSegments(p))
                && !await context.RequestServices.GetRequiredService<FirstRunState>().HasUsersAsync())
            {
                context.Response.Redirect("/setup");
                return;
            }
            await next();
        });

    /// <summary>
    /// A script, style sheet or font the setup page loads (blazor.web.js, MudBlazor's files, app.css, the scoped-CSS bundle):
    /// any file MapStaticAssets serves. Redirected, the browser would get the setup page's HTML instead ("Unexpected token '&lt;'").
    /// </summary>
    private static bool IsStaticFile(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
}
