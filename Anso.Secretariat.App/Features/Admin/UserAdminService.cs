using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

using Anso.Secretariat.App.Features.Account;

namespace Anso.Secretariat.App.Features.Admin;

public sealed class NewUser
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public string Role { get; set; } = Roles.Secretariat;
    public int? OrganizationId { get; set; }
}

/// <param name="OrganizationId">For a GB member, the organization they represent (named by <paramref name="Organization"/>).</param>
public sealed record UserRow(string Id, string Email, string DisplayName, string Role, string? Organization, bool IsDisabled, bool IsLockedOut, int? OrganizationId = null);

public sealed class NewUserValidator : AbstractValidator<NewUser>
{
    private const int MinimumPassword = 10;

    /// <param name="text">The messages, in the language of the user who filled in the form.</param>
    public NewUserValidator(Func<int, Task<bool>> isBoardMemberOrganization, IStringLocalizer<AdminText> text)
    {
        RuleFor(u => u.Email).NotEmpty().WithMessage(_ => text["EnterEmail"])
            .Matches(@"^[^@\s]+@[^@\s]+\.[^@\s]+$").WithMessage(_ => text["EnterValidEmail"])
            .MaximumLength(TextLimits.Email).WithMessage(_ => text["EmailTooLong", TextLimits.Email]);
        RuleFor(u => u.DisplayName).NotEmpty().WithMessage(_ => text["EnterName"])
            .MaximumLength(TextLimits.PersonName).WithMessage(_ => text["NameTooLong", TextLimits.PersonName]);
        RuleFor(u => u.Password).MinimumLength(MinimumPassword).WithMessage(_ => text["PasswordTooShort", MinimumPassword])
            .MaximumLength(PasswordRules.MaxLength).WithMessage(_ => text["PasswordTooLong", PasswordRules.MaxLength]);
        RuleFor(u => u.Role).Must(Roles.All.Contains).WithMessage(_ => text["ChooseRole"]);
        RuleFor(u => u.OrganizationId).NotNull().WithMessage(_ => text["ChooseBoardOrganization"])
            .When(u => u.Role == Roles.BoardMember);
        RuleFor(u => u.OrganizationId).MustAsync(async (id, _) => await isBoardMemberOrganization(id!.Value))
            .WithMessage(_ => text["NotOnTheBoard"])
            .When(u => u.Role == Roles.BoardMember && u.OrganizationId is not null);
    }
}

/// <summary>User accounts: the administrator's screen, and the first-run setup.</summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, CurrentUser currentUser, FirstRunState firstRun, SecretariatTime time, AccountChanges accountChanges)
{
    // Refusals in the language of the user who asked.
    private static readonly IStringLocalizer<AdminText> Text = AdminText.Current;

    public async Task<IReadOnlyList<UserRow>> ListAsync()
    {
        await currentUser.RequireAsync(Operation.ManageUsers);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecretariatDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        var organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name);
        var now = time.Now;
        return users.Select(u => new UserRow(u.Id, u.Email ?? "", u.DisplayName,
            roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? "",
            u.OrganizationId is { } o ? organizations.GetValueOrDefault(o) : null,
            u.IsDisabled, u.LockoutEnd > now && !u.IsDisabled, u.OrganizationId)).ToList();
    }

    /// <summary>GB member organizations, the only ones a GB member account can represent.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> BoardOrganizationsAsync()
    {
        await currentUser.RequireAsync(Operation.ManageUsers);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecretariatDbContext>();
        var list = await db.Organizations.AsNoTracking().Where(o => o.IsBoardMember).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync();
        return list.Select(o => (o.Id, o.Name)).ToList();
    }

    public async Task<string> CreateAsync(NewUser input)
    {
        await currentUser.RequireAsync(Operation.ManageUsers);
        return await CreateUserAsync(input);
    }

    /// <summary>Only while no user exists at all: the first administrator, from /setup.</summary>
    public async Task<string> CreateFirstAdministratorAsync(NewUser input)
    {
        if (await firstRun.HasUsersAsync()) throw new AccessDeniedException(ServiceRefusal.SetupFinished);
        input.Role = Roles.Administrator;
        input.OrganizationId = null;
        return await CreateUserAsync(input);
    }

    public async Task SetDisabledAsync(string userId, bool disabled)
    {
        var admin = await currentUser.RequireAsync(Operation.ManageUsers);
        if (disabled && admin.Id == userId) throw new DomainException(ServiceRefusal.CannotDisableYourself);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new DomainException(ServiceRefusal.NoSuchUser);
        user.IsDisabled = disabled;
        // Lockout blocks sign-in; the new security stamp ends the sessions the user already has.
        Check(await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null));
        Check(await users.UpdateSecurityStampAsync(user));
        Check(await users.UpdateAsync(user));
        accountChanges.Changed(); // the circuits here read the account again at their next call
    }

    public async Task ChangeRoleAsync(string userId, string role, int? organizationId)
    {
        var admin = await currentUser.RequireAsync(Operation.ManageUsers);
        if (admin.Id == userId && role != Roles.Administrator) throw new DomainException(ServiceRefusal.CannotDemoteYourself);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<SecretariatDbContext>();
        var user = await users.FindByIdAsync(userId) ?? throw new DomainException(ServiceRefusal.NoSuchUser);
        var probe = new NewUser { Email = user.Email ?? "", DisplayName = user.DisplayName, Password = new string('x', 10), Role = role, OrganizationId = organizationId };
        await Validator(db).ValidateAndThrowAsync(probe);
        await using var tx = await db.Database.BeginTransactionAsync();
        Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)));
        Check(await users.AddToRoleAsync(user, role));
        user.OrganizationId = role == Roles.BoardMember ? organizationId : null;
        Check(await users.UpdateSecurityStampAsync(user));
        await tx.CommitAsync();
        accountChanges.Changed(); // the circuits here read the account again at their next call
    }

    private async Task<string> CreateUserAsync(NewUser input)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecretariatDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await Validator(db).ValidateAndThrowAsync(input);
        if (await users.FindByEmailAsync(input.Email) is not null)
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(NewUser.Email), Text["AccountExists", input.Email])]);

        var user = new AppUser
        {
            UserName = input.Email.Trim(), Email = input.Email.Trim(), EmailConfirmed = true, DisplayName = input.DisplayName.Trim(),
            OrganizationId = input.Role == Roles.BoardMember ? input.OrganizationId : null,
        };
        // The account and its role are saved together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
            throw new ValidationException(created.Errors.Select(e => new FluentValidation.Results.ValidationFailure(
                e.Code.Contains("Password") ? nameof(NewUser.Password) : nameof(NewUser.Email), e.Description)));
        Check(await users.AddToRoleAsync(user, input.Role));
        await tx.CommitAsync();
        return user.Id;
    }

    private static NewUserValidator Validator(SecretariatDbContext db) =>
        new(id => db.Organizations.AnyAsync(o => o.Id == id && o.IsBoardMember), Text);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new DomainException(ServiceRefusal.AccountNotSaved, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
