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
                return Results.BadRequest("Sign out from the app's own Sign out button.");
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
    }
}
