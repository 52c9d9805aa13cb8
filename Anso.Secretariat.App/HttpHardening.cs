using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;

namespace Anso.Secretariat.App;

/// <summary>
/// What every response carries, and how the app learns, behind a reverse proxy, the client's address and whether the
/// request came over HTTPS (so the sign-in cookie is <c>Secure</c> there).
/// </summary>
public static class HttpHardening
{
    /// <summary>
    /// Blazor Server needs no eval; MudBlazor writes style attributes and its theme's &lt;style&gt; element, hence
    /// 'unsafe-inline' for styles only. The circuit's WebSocket is same-origin ('self' covers ws: and wss: there).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto, trusted only from <c>Security:ForwardedHeaders:KnownNetworks</c> (CIDR
    /// ranges, e.g. "10.0.0.0/8"); loopback when none is given.
    /// </summary>
    public static IServiceCollection AddHttpHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var networks = configuration.GetSection("Security:ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
            if (networks.Length == 0) return; // the defaults: 127.0.0.0/8 and ::1
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var network in networks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    /// <summary>The header that names the instance which answered, when <c>Hosting:InstanceName</c> is set.</summary>
    public const string InstanceHeader = "X-Anso-Instance";

    /// <summary>First in the pipeline: the forwarded headers, then the security headers on every response.</summary>
    public static IApplicationBuilder UseHttpHardening(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        // Behind a load balancer, which instance answered (for the operator's logs and for the tests); none when unset.
        var instance = app.ApplicationServices.GetRequiredService<IConfiguration>()["Hosting:InstanceName"];
        return app.Use(async (context, next) =>
        {
            // Set as the response starts, so an error page (whose handler clears the headers first) carries them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                if (!string.IsNullOrEmpty(instance)) headers[InstanceHeader] = instance;
                // Pages, PDFs, CSVs, documents and backups hold members' data: no copy in a browser's or a proxy's cache.
                // The static files keep the caching MapStaticAssets gives them.
                if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
                    headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            await next();
        });
    }
}
