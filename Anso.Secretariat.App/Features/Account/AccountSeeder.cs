using Anso.Secretariat.App.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Account;

/// <summary>The four roles, and the demo accounts when their passwords are given in configuration.</summary>
public static class AccountSeeder
{
    public static readonly IReadOnlyDictionary<string, string> DemoUserNames = new Dictionary<string, string>
    {
        [Roles.Administrator] = "administrator@anso.example",
        [Roles.Secretariat] = "secretariat@anso.example",
        [Roles.BoardMember] = "gbmember@anso.example",
        [Roles.Viewer] = "viewer@anso.example",
    };

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<SecretariatDbContext>();
        foreach (var (role, email) in DemoUserNames)
        {
            // No password is ever in the code: a demo account exists only when configuration gives its password.
            var password = configuration[$"Seed:Passwords:{role}"];
            if (string.IsNullOrEmpty(password) || await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true,
                DisplayName = $"Demo {Roles.Describe(role)}",
                OrganizationId = role == Roles.BoardMember
                    ? await db.Organizations.Where(o => o.IsBoardMember).OrderBy(o => o.Name).Select(o => (int?)o.Id).FirstOrDefaultAsync()
                    : null,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo account {email} could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, role);
        }
    }
}
