using Anso.Secretariat.App.Data;
using Microsoft.AspNetCore.Identity;

namespace Anso.Secretariat.App.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post, so the cookie is cleared by a real HTTP response.
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
    }
}
