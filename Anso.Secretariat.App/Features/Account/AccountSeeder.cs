using Anso.Secretariat.App.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
        var wanted = new List<(string Role, string Email, string Password)>();
        foreach (var (role, email) in DemoUserNames)
        {
            // No password is ever in the code: a demo account exists only when configuration gives its password.
            var password = configuration[PasswordKey(role)];
            if (!string.IsNullOrEmpty(password) && await users.FindByEmailAsync(email) is null) wanted.Add((role, email, password));
        }
        // Every password is checked before any account is made, so a refused one leaves no half-made set of accounts.
        await RefuseWeakPasswordsAsync(users, wanted, scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.Password);

        foreach (var (role, email, password) in wanted)
        {
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

    private static string PasswordKey(string role) => $"Seed:Passwords:{role}";

    private static async Task RefuseWeakPasswordsAsync(UserManager<AppUser> users, List<(string Role, string Email, string Password)> wanted, PasswordOptions rules)
    {
        var refused = new List<string>();
        foreach (var (role, email, password) in wanted)
        {
            var probe = new AppUser { UserName = email, Email = email };
            var problems = new List<string>();
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, probe, password);
                problems.AddRange(result.Errors.Select(e => e.Description));
            }
            if (problems.Count > 0) refused.Add($"{PasswordKey(role)} is refused ({string.Join(" ", problems)})");
        }
        if (refused.Count > 0)
            throw new DemoPasswordRefusedException(
                $"No demo account was created: {string.Join("; ", refused)}. Each password needs {PasswordRules.Requirements(rules)}.");
    }
}

/// <summary>A demo account's password, given in configuration, breaks the password rules: the operator must choose another.</summary>
public sealed class DemoPasswordRefusedException(string message) : Exception(message);
