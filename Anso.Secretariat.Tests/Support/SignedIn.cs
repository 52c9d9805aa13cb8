using System.Security.Claims;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// A <see cref="CurrentUser"/> signed in with a role, as the app's request middleware makes it, with the account row the
/// services check on every call. The one place tests make a signed-in user on a <see cref="TestDatabase"/>.
/// </summary>
public static class SignedIn
{
    /// <summary>The name history and audit show for the test user of <paramref name="role"/>.</summary>
    public static string DisplayNameOf(string role) => $"{Roles.Describe(role)} (test)";

    public static CurrentUser As(string role, TestDatabase database, TimeProvider? clock = null, int? organizationId = null)
    {
        var user = new CurrentUser(clock ?? TimeProvider.System, new ServiceCollection().BuildServiceProvider(), database.Factory);
        user.UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(Claims(role, database, organizationId), "test")));
        return user;
    }

    /// <summary>The claims the sign-in cookie carries for the test user of <paramref name="role"/>, whose account row it makes.</summary>
    public static List<Claim> Claims(string role, TestDatabase database, int? organizationId = null)
    {
        var id = $"{role.ToLowerInvariant()}-test";
        using (var db = database.CreateContext())
        {
            if (!db.Users.Any(u => u.Id == id))
            {
                db.Users.Add(new AppUser { Id = id, UserName = $"{id}@anso.example", Email = $"{id}@anso.example", DisplayName = DisplayNameOf(role) });
                // The services read the account's role from the database before every call, as they do in the app.
                var roleId = db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefault();
                if (roleId is null)
                {
                    roleId = Guid.NewGuid().ToString();
                    db.Roles.Add(new IdentityRole { Id = roleId, Name = role, NormalizedName = role.ToUpperInvariant() });
                }
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = roleId });
                db.SaveChanges();
            }
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, id),
            new(ClaimTypes.Name, $"{id}@anso.example"),
            new(CurrentUser.DisplayNameClaim, DisplayNameOf(role)),
            new(ClaimTypes.Role, role),
        };
        if (organizationId is { } org) claims.Add(new(CurrentUser.OrganizationClaim, org.ToString()));
        return claims;
    }
}
