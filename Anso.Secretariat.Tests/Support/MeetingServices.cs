using System.Security.Claims;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Review;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Support;

/// <summary>A <see cref="MeetingService"/> on a test database, acting as a signed-in user of a given role.</summary>
public static class MeetingServices
{
    public static MeetingService For(TestDatabase database, string role, TimeProvider? clock = null, int? organizationId = null)
    {
        clock ??= TimeProvider.System;
        var user = SignedIn(database, role, clock, organizationId);
        var files = new DocumentStore(new ConfigurationBuilder().Build(), database.ConnectionString);
        return new MeetingService(database.Factory, user, clock, files, new ReviewService(database.Factory, user, clock));
    }

    /// <summary>A signed-in user of <paramref name="role"/>, with the account row the services check on every call.</summary>
    public static CurrentUser SignedIn(TestDatabase database, string role, TimeProvider clock, int? organizationId = null)
    {
        using (var db = database.CreateContext())
        {
            if (!db.Users.Any(u => u.Id == $"{role}-id"))
            {
                var email = $"{role.ToLowerInvariant()}@anso.example";
                db.Users.Add(new AppUser { Id = $"{role}-id", UserName = email, Email = email, DisplayName = $"Test {role}" });
                db.SaveChanges();
            }
        }
        var user = new CurrentUser(clock, new ServiceCollection().BuildServiceProvider(), database.Factory);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, $"{role}-id"),
            new(ClaimTypes.Name, $"{role.ToLowerInvariant()}@anso.example"),
            new(CurrentUser.DisplayNameClaim, $"Test {role}"),
            new(ClaimTypes.Role, role),
        };
        if (organizationId is { } org) claims.Add(new(CurrentUser.OrganizationClaim, org.ToString()));
        user.UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
        return user;
    }

    /// <summary>A test database holding the newsletters' demo data.</summary>
    public static TestDatabase WithDemoData()
    {
        var database = new TestDatabase();
        using var db = database.CreateContext();
        DemoData.SeedAsync(db, TimeProvider.System).GetAwaiter().GetResult();
        return database;
    }
}
