using System.Security.Claims;
using Anso.Secretariat.App.Features.Account;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Support;

/// <summary>A <see cref="CurrentUser"/> signed in with a role, as the app's request middleware makes it.</summary>
public static class SignedIn
{
    public static CurrentUser As(string role, TimeProvider? clock = null, int? organizationId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, $"{role.ToLowerInvariant()}-test"),
            new(ClaimTypes.Name, $"{role.ToLowerInvariant()}@anso.test"),
            new(CurrentUser.DisplayNameClaim, $"{Roles.Describe(role)} (test)"),
            new(ClaimTypes.Role, role),
        };
        if (organizationId is { } org) claims.Add(new(CurrentUser.OrganizationClaim, org.ToString()));
        var user = new CurrentUser(clock ?? TimeProvider.System, new ServiceCollection().BuildServiceProvider());
        user.UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
        return user;
    }
}
