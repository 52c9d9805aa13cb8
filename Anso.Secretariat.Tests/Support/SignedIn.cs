using System.Security.Claims;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Support;

/// <summary>A <see cref="CurrentUser"/> signed in with a role, as the app's request middleware makes it, with its account row.</summary>
public static class SignedIn
{
    public static CurrentUser As(string role, TestDatabase database, TimeProvider? clock = null)
    {
        var id = $"{role.ToLowerInvariant()}-test";
        using (var db = database.CreateContext())
        {
            if (!db.Users.Any(u => u.Id == id))
            {
                db.Users.Add(new AppUser { Id = id, UserName = $"{id}@anso.example", Email = $"{id}@anso.example", DisplayName = $"{Roles.Describe(role)} (test)" });
                db.SaveChanges();
            }
        }
        var user = new CurrentUser(clock ?? TimeProvider.System, new ServiceCollection().BuildServiceProvider(), database.Factory);
        user.UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, id),
            new Claim(ClaimTypes.Name, $"{id}@anso.example"),
            new Claim(CurrentUser.DisplayNameClaim, $"{Roles.Describe(role)} (test)"),
            new Claim(ClaimTypes.Role, role),
        ], "test")));
        return user;
    }
}
