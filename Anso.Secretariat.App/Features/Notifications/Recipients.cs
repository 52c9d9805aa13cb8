using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Notifications;

/// <summary>An account that receives an email: its address, and who it is, so the rule of what it may see applies.</summary>
public sealed record Recipient(string UserId, string Email, string Name, IReadOnlyList<string> Roles, int? OrganizationId)
{
    public SignedInUser AsReader => new(UserId, Name, Roles, OrganizationId);

    /// <summary>Whether this account may see the meeting (<see cref="Visibility.Meetings"/>, the one rule).</summary>
    public bool MaySee(Meeting meeting) => Visibility.Meetings(AsReader, new[] { meeting }.AsQueryable()).Any();
}

/// <summary>Who receives each kind of email: enabled accounts with an address that have not turned that kind off.</summary>
public static class Recipients
{
    public static Task<List<Recipient>> InRoleAsync(SecretariatDbContext db, string role, NotificationKind kind, CancellationToken ct = default) =>
        AccountsAsync(db, kind, db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role))), ct);

    /// <summary>The accounts of the organizations taking part in the meeting that may see it.</summary>
    public static async Task<List<Recipient>> ParticipantsAsync(SecretariatDbContext db, Meeting meeting, NotificationKind kind, CancellationToken ct = default)
    {
        var organizations = meeting.Participants.Where(p => p.OrganizationId is not null).Select(p => p.OrganizationId!.Value).Distinct().ToList();
        var accounts = await AccountsAsync(db, kind, db.Users.Where(u => u.OrganizationId != null && organizations.Contains(u.OrganizationId.Value)), ct);
        return accounts.Where(r => r.MaySee(meeting)).ToList();
    }

    public static async Task<Recipient?> AccountAsync(SecretariatDbContext db, string userId, NotificationKind kind, CancellationToken ct = default) =>
        (await AccountsAsync(db, kind, db.Users.Where(u => u.Id == userId), ct)).FirstOrDefault();

    private static async Task<List<Recipient>> AccountsAsync(SecretariatDbContext db, NotificationKind kind, IQueryable<AppUser> which, CancellationToken ct)
    {
        var rows = await which.AsNoTracking()
            .Where(u => !u.IsDisabled && u.Email != null && u.Email != "")
            .Where(u => !db.NotificationOptOuts.Any(o => o.UserId == u.Id && o.Kind == kind))
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.OrganizationId,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(u => new Recipient(u.Id, u.Email!, u.DisplayName, u.Roles, u.OrganizationId)).ToList();
    }
}
