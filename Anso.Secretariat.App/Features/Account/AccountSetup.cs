using System.Security.Claims;
using Anso.Secretariat.App.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Anso.Secretariat.App.Features.Account;

public static class AccountSetup
{
    public static IServiceCollection AddSecretariatAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCascadingAuthenticationState();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:MaxFailedSignIns", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SecretariatDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<SecretariatClaimsFactory>()
            .AddErrorDescriber<IdentityErrors>()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "anso.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure when the request came over HTTPS, directly or through a proxy that says so (HttpHardening).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Each request within the session renews it; idle for this long, the person signs in again.
            o.ExpireTimeSpan = TimeSpan.FromHours(configuration.GetValue("Authentication:SessionHours", 8.0));
            o.SlidingExpiration = true;
            // A person is sent to sign in; a program asking for a PDF or JSON gets a plain 401.
            o.Events.OnRedirectToLogin = ctx => AnswerProgramsPlainly(ctx, StatusCodes.Status401Unauthorized);
            // A refused page answers 403 too; the status-code page shows it as "Not allowed" (Components/Shared/NotFoundPage).
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // A disabled account or a changed password (both renew the security stamp) ends existing sessions: each cookie's
        // stamp is compared with the database's at most this long after the last comparison (default a minute).
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Authentication:StampCheckSeconds", 60)));
        services.AddAuthorization(o =>
        {
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            AccessRules.AddOperationPolicies(o);
        });
        services.AddSingleton<FirstRunState>();
        // Each circuit reads its account again after this long, or at once after a change on this instance (AccountChanges).
        services.AddSingleton(new AccountChanges(TimeSpan.FromSeconds(configuration.GetValue("Authentication:AccountCheckSeconds", 5.0))));
        services.AddScoped<CurrentUser>();
        services.AddScoped<SignInCheck>();
        services.AddScoped<Admin.UserAdminService>();
        return services;
    }

    /// <summary>Lets plain HTTP endpoints (PDFs, downloads) tell the services who is asking.</summary>
    public static IApplicationBuilder UseCurrentUserForRequests(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.RequestServices.GetRequiredService<CurrentUser>().UseRequestUser(context.User);
            await next();
        });

    private static Task AnswerProgramsPlainly(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        // After a 404 is re-executed as /not-found, what was asked for is the original path.
        var path = ctx.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? ctx.Request.Path.Value ?? "";
        var wantsData = path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)
            || ctx.Request.Headers.Accept.Any(a => a?.Contains("application/json") == true);
        if (wantsData) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Puts the display name, a GB member's organization and the chosen language into the sign-in cookie.</summary>
public sealed class SecretariatClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.OrganizationId is { } org) identity.AddClaim(new Claim(CurrentUser.OrganizationClaim, org.ToString()));
        if (Languages.Known(user.PreferredLanguage) is { } language) identity.AddClaim(new Claim(Languages.Claim, language));
        return identity;
    }
}
