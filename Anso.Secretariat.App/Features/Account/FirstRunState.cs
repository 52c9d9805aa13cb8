using Anso.Secretariat.App.Data;
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

    private static readonly string[] OpenDuringSetup = ["/setup", "/healthz", "/_framework", "/_content", "/_blazor", "/app.css", "/text-limits.js", "/Anso.Secretariat.App.styles.css", "/not-found", "/error"];

    public static IApplicationBuilder UseFirstRunSetup(IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (!OpenDuringSetup.Any(p => path.StartsWithSegments(p))
                && !await context.RequestServices.GetRequiredService<FirstRunState>().HasUsersAsync())
            {
                context.Response.Redirect("/setup");
                return;
            }
            await next();
        });
}
