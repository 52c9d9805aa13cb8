using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.App.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Anso.Secretariat.App.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post, so the cookie is cleared by a real HTTP response; with the form's antiforgery token, so another
        // site cannot sign a person out. A GET, or a post without the token, signs no one out.
        app.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<AppUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.BadRequest(StaticText<AccountText>.Get("SignOutFromButton"));
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });

        // The language choice of the app bar (LanguageChoice): remembered on this browser, and in the account when someone is
        // signed in, whose sign-in is then renewed so that its language claim follows. The page is then loaded again: a
        // circuit keeps the language it started with. Open to a signed-out visitor (the sign-in page offers it too).
        app.MapPost("/account/language", async (HttpContext context, IAntiforgery antiforgery, UserManager<AppUser> users,
            SignInManager<AppUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.BadRequest(StaticText<AccountText>.Get("LanguageFromButton"));
            var form = await context.Request.ReadFormAsync();
            if (Languages.Known(form["language"]) is not { } language)
                return Results.BadRequest(StaticText<AccountText>.Get("LanguageUnknown"));
            Languages.Remember(context.Response, language);
            if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
            {
                user.PreferredLanguage = language;
                var saved = await users.UpdateAsync(user);
                if (saved.Succeeded) await signIn.RefreshSignInAsync(user);
            }
            return Results.LocalRedirect(LocalOnly(form["returnUrl"]));
        }).AllowAnonymous();
    }

    /// <summary>
    /// Where to go back to after a form: a path of this site, or the dashboard. Never another site ("//evil.example",
    /// "/\\evil.example", a full address) and no control character, the same rule as ASP.NET Core's local redirects.
    /// </summary>
    public static string LocalOnly(string? url) => IsLocal(url) ? url! : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
