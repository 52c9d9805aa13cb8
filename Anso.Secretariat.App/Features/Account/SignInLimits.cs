using System.Threading.RateLimiting;
using Anso.Secretariat.App.Components.Shared;
using Microsoft.AspNetCore.RateLimiting;

namespace Anso.Secretariat.App.Features.Account;

/// <summary>
/// ASP.NET Core's rate limiter on sign-in and setup attempts (their form posts), per client address and per account name.
/// A refused attempt answers 429 with the page itself, which says why (<see cref="Refusal"/>), and is not tried.
/// Settings: <c>Security:SignInAttemptsPerClient</c> (default 20), <c>Security:SignInAttemptsPerAccount</c> (default 5),
/// both per <c>Security:SignInWindowMinutes</c> (default 1).
/// </summary>
public static class SignInLimits
{
    /// <summary>The pages whose form posts are attempts.</summary>
    private static readonly string[] AttemptPaths = ["/account/login", "/setup"];

    private const string AccountKey = "anso:sign-in-account";
    private const string RefusedKey = "anso:sign-in-refused";

    public static IServiceCollection AddSignInLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perClient = configuration.GetValue("Security:SignInAttemptsPerClient", 20);
        var perAccount = configuration.GetValue("Security:SignInAttemptsPerAccount", 5);
        var window = TimeSpan.FromMinutes(configuration.GetValue("Security:SignInWindowMinutes", 1.0));
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsAttempt(context)
                    ? Window($"client:{context.Connection.RemoteIpAddress}", perClient, window)
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsAttempt(context) && context.Items[AccountKey] is string { Length: > 0 } account
                    ? Window($"account:{account}", perAccount, window)
                    : RateLimitPartition.GetNoLimiter("")));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The page itself answers, with the reason in place of the attempt.
            o.OnRejected = async (rejected, _) =>
            {
                var context = rejected.HttpContext;
                context.Items[RefusedKey] = true;
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(window.TotalSeconds)).ToString();
                if (context.GetEndpoint()?.RequestDelegate is { } page) await page(context);
            };
        });
        return services;
    }

    /// <summary>After antiforgery (the page, run on refusal, expects it checked): reads the account name, then limits.</summary>
    public static IApplicationBuilder UseSignInLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsAttempt(context) && context.Request.HasFormContentType)
                context.Items[AccountKey] = (await context.Request.ReadFormAsync())["Input.Email"].ToString().Trim().ToUpperInvariant();
            await next();
        });
        return app.UseRateLimiter();
    }

    /// <summary>What the page says instead of trying, when the attempt was refused; null when it may go ahead.</summary>
    public static string? Refusal(HttpContext? context) => context?.Items.ContainsKey(RefusedKey) == true
        ? StaticText<AccountText>.Get("TooManyAttempts")
        : null;

    private static bool IsAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && AttemptPaths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    private static RateLimitPartition<string> Window(string key, int limit, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit), Window = window, QueueLimit = 0, AutoReplenishment = true,
        });
}
