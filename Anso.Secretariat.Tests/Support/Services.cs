using System.Security.Claims;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Support;

/// <summary>The app's services wired to a test database, the way the app wires them. The one place that constructs them.</summary>
public static class Services
{
    /// <summary>The name history and audit show for the secretariat member the services act as.</summary>
    public const string SecretariatMemberName = "Secretariat Tester";

    /// <summary>A signed-in secretariat member, with the account row the services check on every change.</summary>
    public static CurrentUser User(TestDatabase database, TimeProvider clock)
    {
        const string id = "secretariat-tester";
        using (var db = database.CreateContext())
        {
            if (!db.Users.Any(u => u.Id == id))
            {
                db.Users.Add(new AppUser { Id = id, UserName = "tester@anso.example", Email = "tester@anso.example", DisplayName = SecretariatMemberName });
                db.SaveChanges();
            }
        }
        var user = new CurrentUser(clock, new ServiceCollection().BuildServiceProvider(), database.Factory);
        user.UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, id),
            new Claim(ClaimTypes.Role, Roles.Secretariat),
            new Claim(CurrentUser.DisplayNameClaim, SecretariatMemberName),
        ], "test")));
        return user;
    }

    public static DocumentStore Documents(TestDatabase database) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build(), database.ConnectionString);

    public static ApplicationService Applications(TestDatabase database, TimeProvider? clock = null)
    {
        clock ??= new FakeTime();
        return new ApplicationService(database.Factory, User(database, clock), clock, Documents(database));
    }
}
