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
        // One query for the roles and, when demo passwords are given, one for their accounts: a start on a database in
        // use does no more.
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var existingRoles = await roles.Roles.Select(r => r.Name).ToListAsync();
        foreach (var role in Roles.All.Except(existingRoles.OfType<string>()))
            await roles.CreateAsync(new IdentityRole(role));

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<SecretariatDbContext>();
        var wanted = new List<(string Role, string Email, string Password)>();
        // No password is ever in the code: a demo account exists only when configuration gives its password.
        var configured = DemoUserNames.Where(d => !string.IsNullOrEmpty(configuration[PasswordKey(d.Key)])).ToList();
        if (configured.Count > 0)
        {
            var normalized = configured.Select(d => users.NormalizeEmail(d.Value)).ToList();
            var existing = await users.Users.Where(u => normalized.Contains(u.NormalizedEmail!)).Select(u => u.NormalizedEmail).ToListAsync();
            foreach (var (role, email) in configured)
                if (!existing.Contains(users.NormalizeEmail(email))) wanted.Add((role, email, configuration[PasswordKey(role)]!));
        }
        // Every password is checked before any account is made, so a refused one leaves no half-made set of accounts.
        await RefuseWeakPasswordsAsync(users, wanted, scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.Password);

        // Hashing a password is the slow part (PBKDF2, the full iteration count): the hashes are made at once, one per
        // core, before the accounts are saved one by one.
        var hashes = await Task.WhenAll(wanted.Select(w => Task.Run(() => users.PasswordHasher.HashPassword(new AppUser { UserName = w.Email }, w.Password))));
        foreach (var ((role, email, _), hash) in wanted.Zip(hashes))
        {
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true,
                DisplayName = $"Demo {Roles.Describe(role)}",
                OrganizationId = role == Roles.BoardMember
                    ? await db.Organizations.Where(o => o.IsBoardMember).OrderBy(o => o.Name).Select(o => (int?)o.Id).FirstOrDefaultAsync()
                    : null,
            };
            user.PasswordHash = hash;
            var created = await users.CreateAsync(user);
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
                $"No demo account was created: {string.Join("; ", refused)}. Each password needs {PasswordRules.Requirements(rules, Wording.English)}.");
    }
}

/// <summary>A demo account's password, given in configuration, breaks the password rules: the operator must choose another.</summary>
public sealed class DemoPasswordRefusedException(string message) : Exception(message);
