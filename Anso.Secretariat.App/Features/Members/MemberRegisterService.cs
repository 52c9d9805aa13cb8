using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Members;

public sealed record OrganizationFilter(OrganizationStatus? Status = null, int? CategoryId = null, string? CountryCode = null, string? Search = null);

public sealed record OrganizationRow(
    int Id, string Name, string? Acronym, string CountryCode, string Category, OrganizationStatus Status,
    MembershipType? MembershipType, DateOnly? MemberSince, bool IsFoundingMember, bool IsBoardMember)
{
    public string CountryName => Countries.NameOf(CountryCode);

    public string StatusText => Status switch
    {
        OrganizationStatus.Member => MembershipType == Domain.Organizations.MembershipType.Provisional ? "Provisional member" : "Full member",
        OrganizationStatus.FormerMember => "Former member",
        _ => "Applicant",
    };
}

public sealed class MemberRegisterService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user)
{
    public async Task<IReadOnlyList<OrganizationRow>> ListAsync(OrganizationFilter filter)
    {
        await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = db.Organizations.AsNoTracking();
        if (filter.Status is { } status) query = query.Where(o => o.Status == status);
        if (filter.CategoryId is { } category) query = query.Where(o => o.CategoryId == category);
        if (!string.IsNullOrEmpty(filter.CountryCode)) query = query.Where(o => o.CountryCode == filter.CountryCode);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var key = TextMatching.MatchKey(filter.Search);
            query = query.Where(o => o.NameKey.Contains(key) || (o.Acronym != null && o.Acronym.ToLower().Contains(key)));
        }
        return await query.OrderBy(o => o.Name)
            .Select(o => new OrganizationRow(o.Id, o.Name, o.Acronym, o.CountryCode, o.Category!.Name, o.Status,
                o.MembershipType, o.MemberSince, o.IsFoundingMember, o.IsBoardMember))
            .ToListAsync();
    }

    public async Task<IReadOnlyList<Category>> CategoriesAsync()
    {
        await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync();
    }
}
