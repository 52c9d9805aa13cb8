using System.Security.Claims;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.App.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Account;

/// <summary>The signed-in user, as the services see them.</summary>
public sealed record SignedInUser(string Id, string Name, IReadOnlyList<string> Roles, int? OrganizationId)
{
    public bool IsBoardMember => Roles.Contains(Account.Roles.BoardMember);
    public bool Can(Operation operation) => AccessRules.Allows(Roles, operation);
}

/// <summary>
/// Who is acting. Services ask it before they do anything: it refuses what the role does not allow,
/// and stamps what it allows with the user's name and the time.
/// </summary>
/// <param name="changes">Without it (a test's or a benchmark's user), the account is read on every call.</param>
public sealed class CurrentUser(TimeProvider clock, IServiceProvider services, IDbContextFactory<SecretariatDbContext> dbFactory, AccountChanges? changes = null)
{
    public const string OrganizationClaim = "anso:organization";
    public const string DisplayNameClaim = "anso:display-name";

    private ClaimsPrincipal? _requestUser;
    private CheckedAccount? _checked; // one reference, swapped whole: calls of one circuit may overlap

    private sealed record CheckedAccount(string UserId, IReadOnlyList<string> Roles, long ChangesSeen, DateTimeOffset ReadAt);

    /// <summary>For plain HTTP endpoints (PDFs, downloads), which have no Blazor authentication state.</summary>
    public void UseRequestUser(ClaimsPrincipal principal) => _requestUser = principal;

    public async Task<SignedInUser?> GetAsync()
    {
        var principal = _requestUser;
        if (principal is null && services.GetService<AuthenticationStateProvider>() is { } provider)
        {
            try { principal = (await provider.GetAuthenticationStateAsync()).User; }
            catch (InvalidOperationException) { principal = null; } // outside a circuit and outside a request
        }
        if (principal?.Identity?.IsAuthenticated != true) return null;
        return new SignedInUser(
            principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity.Name ?? "",
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            int.TryParse(principal.FindFirstValue(OrganizationClaim), out var org) ? org : null);
    }

    /// <summary>
    /// The signed-in user, if their role allows the operation; otherwise a refusal that says why. The account's roles and
    /// disabled flag come from the database, not from the sign-in cookie or the circuit: a circuit outlives both. They are
    /// read again after a few seconds, or at once when an account changed on this instance (<see cref="AccountChanges"/>),
    /// so a demoted or disabled account is refused at its very next call here, and within those seconds elsewhere.
    /// </summary>
    public async Task<SignedInUser> RequireAsync(Operation operation)
    {
        var signedIn = await GetAsync() ?? throw new AccessDeniedException(ServiceRefusal.SignInFirst);
        var user = signedIn with { Roles = await RolesOfAsync(signedIn.Id) };
        if (!user.Can(operation)) throw new AccessDeniedException(AccessRules.RefusalOf(operation));
        return user;
    }

    private async Task<IReadOnlyList<string>> RolesOfAsync(string userId)
    {
        var now = clock.GetUtcNow();
        var seen = changes?.Seen ?? 0; // read before the database: a change during the read leaves the check stale, read again
        if (changes is not null && _checked is { } held && held.UserId == userId && held.ChangesSeen == seen
            && now >= held.ReadAt && now - held.ReadAt < changes.CheckHeldFor)
            return held.Roles;

        await using var db = await dbFactory.CreateDbContextAsync();
        var account = await db.Users.Where(u => u.Id == userId)
            .Select(u => new
            {
                u.IsDisabled,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .FirstOrDefaultAsync();
        if (account is null || account.IsDisabled)
        {
            _checked = null;
            throw new AccessDeniedException(ServiceRefusal.AccountDisabled);
        }
        _checked = new CheckedAccount(userId, account.Roles, seen, now);
        return account.Roles;
    }

    /// <summary>Demands the operation and returns who is acting now, for history and audit.</summary>
    public async Task<Actor> ActAsync(Operation operation) => new((await RequireAsync(operation)).Name, clock.GetUtcNow());
}
