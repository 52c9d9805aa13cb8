using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Members;

/// <param name="Region">A continent of <see cref="Regions"/>.</param>
/// <param name="AdmittedIn">Members whose membership started in this year.</param>
/// <param name="AdmittedBy">Members whose membership started in this year or before.</param>
public sealed record OrganizationFilter(
    OrganizationStatus? Status = null, int? CategoryId = null, string? CountryCode = null, string? Search = null,
    string? Region = null, int? AdmittedIn = null, int? AdmittedBy = null);

public sealed record OrganizationRow(
    int Id, string Name, string? Acronym, string CountryCode, string Category, OrganizationStatus Status,
    MembershipType? MembershipType, DateOnly? MemberSince, bool IsFoundingMember, bool IsBoardMember, string? NativeName = null)
{
    public string CountryName => CountryNames.Of(CountryCode);
}

/// <summary>The register list's sort orders (each runs in the database).</summary>
public enum OrganizationSort { Name, Country, Category, Status, MemberSince }

/// <summary>One page of the register list, how many organizations match the filter and how many of those are members.</summary>
public sealed record OrganizationListPage(IReadOnlyList<OrganizationRow> Rows, int Total, int Members);

/// <summary>An organization's page: the organization with its category and representatives, and every application it made.</summary>
public sealed record OrganizationProfile(Organization Organization, IReadOnlyList<MembershipApplication> Applications);

/// <summary>A member as the register of members (the PDF) lists it, with its category's place in the order.</summary>
public sealed record MemberEntry(string Name, string? Acronym, string CountryCode, string Category, int CategoryOrder,
    MembershipType MembershipType, DateOnly? MemberSince, bool IsFoundingMember, bool IsBoardMember)
{
    public string CountryName => CountryNames.Of(CountryCode);
}

public static class MemberRegister
{
    /// <summary>The register's word for an organization's status, a key of <see cref="MembersText"/>: "Status_FullMember".</summary>
    public static string StatusKey(OrganizationStatus status, MembershipType? type) => status switch
    {
        OrganizationStatus.Member => type == MembershipType.Provisional ? "Status_ProvisionalMember" : "Status_FullMember",
        OrganizationStatus.FormerMember => "Status_FormerMember",
        _ => "Status_Applicant",
    };

    /// <summary>
    /// Current members in category order, then by name as read: what the register of members lists, for every reader
    /// alike. The request for <c>/members.pdf</c> and the register rendered ahead (<see cref="MemberRegisterAhead"/>) both
    /// read it here, so that they build the same document.
    /// </summary>
    internal static async Task<IReadOnlyList<MemberEntry>> MembersAsync(SecretariatDbContext db, CancellationToken ct = default)
    {
        var members = await db.Organizations.AsNoTracking()
            .Where(o => o.Status == OrganizationStatus.Member)
            .Select(o => new MemberEntry(o.Name, o.Acronym, o.CountryCode, o.Category!.Name, o.Category.SortOrder,
                o.MembershipType ?? MembershipType.Full, o.MemberSince, o.IsFoundingMember, o.IsBoardMember))
            .ToListAsync(ct);
        // Each name's reading key made once (issue 13: the comparer's million keys were most of a request once the PDF is kept).
        return members.OrderBy(m => m.CategoryOrder).ThenBy(m => m.Category).ThenByReading(m => m.Name).ToList();
    }

    /// <summary>The filter of the register list, the register export and the dashboard's links, in one place.</summary>
    internal static IQueryable<Organization> Filter(SecretariatDbContext db, IQueryable<Organization> query, OrganizationFilter filter)
    {
        if (filter.Status is { } status) query = query.Where(o => o.Status == status);
        if (filter.CategoryId is { } category) query = query.Where(o => o.CategoryId == category);
        if (!string.IsNullOrEmpty(filter.CountryCode))
        {
            var country = filter.CountryCode.ToUpperInvariant();
            query = query.Where(o => o.CountryCode == country);
        }
        if (Regions.IsKnown(filter.Region))
        {
            var codes = Regions.CountriesIn(filter.Region!);
            query = query.Where(o => codes.Contains(o.CountryCode));
        }
        if (filter.AdmittedIn is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(o => o.MemberSince >= from && o.MemberSince <= to);
        }
        if (filter.AdmittedBy is { } byYear)
        {
            var to = new DateOnly(byYear, 12, 31);
            query = query.Where(o => o.MemberSince <= to);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var named = db.OrganizationIdsNamed(filter.Search); // either name or the acronym (Data/NameSearch)
            query = query.Where(o => named.Contains(o.Id));
        }
        return query;
    }
}

public sealed class MemberRegisterService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user)
{
    public async Task<IReadOnlyList<OrganizationRow>> ListAsync(OrganizationFilter filter)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await MemberRegister.Filter(db, Visibility.Organizations(reader, db.Organizations.AsNoTracking(), db.Applications), filter).OrderBy(o => o.Name)
            .Select(o => new OrganizationRow(o.Id, o.Name, o.Acronym, o.CountryCode, o.Category!.Name, o.Status,
                o.MembershipType, o.MemberSince, o.IsFoundingMember, o.IsBoardMember, o.NativeName))
            .ToListAsync();
    }

    /// <summary>The register list: filtered, sorted and paged in the database.</summary>
    /// <param name="known">The counts for this filter from an earlier page: a sort or a page change does not count again.</param>
    public async Task<OrganizationListPage> PageAsync(
        OrganizationFilter filter, OrganizationSort sort = OrganizationSort.Name, bool descending = false, int skip = 0, int take = 25,
        (int Total, int Members)? known = null)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = MemberRegister.Filter(db, Visibility.Organizations(reader, db.Organizations.AsNoTracking(), db.Applications), filter);
        var total = known?.Total ?? await query.CountAsync();
        var members = known?.Members ?? await query.CountAsync(o => o.Status == OrganizationStatus.Member);
        var rows = await Sorted(query, sort, descending).Skip(skip).Take(take)
            .Select(o => new OrganizationRow(o.Id, o.Name, o.Acronym, o.CountryCode, o.Category!.Name, o.Status,
                o.MembershipType, o.MemberSince, o.IsFoundingMember, o.IsBoardMember, o.NativeName))
            .ToListAsync();
        return new OrganizationListPage(rows, total, members);
    }

    /// <summary>
    /// The register's order, ties by name and number. An index (Data/Configurations: ListIndexes) reads the page in
    /// order, forwards or backwards, without sorting the register.
    /// </summary>
    internal static IQueryable<Organization> Sorted(IQueryable<Organization> query, OrganizationSort sort, bool descending)
    {
        if (sort == OrganizationSort.Name)
            return descending ? query.OrderByDescending(o => o.Name).ThenByDescending(o => o.Id) : query.OrderBy(o => o.Name).ThenBy(o => o.Id);
        var ordered = sort switch
        {
            OrganizationSort.Country => descending ? query.OrderByDescending(o => o.CountryCode) : query.OrderBy(o => o.CountryCode),
            OrganizationSort.Category => descending ? query.OrderByDescending(o => o.Category!.Name) : query.OrderBy(o => o.Category!.Name),
            OrganizationSort.Status => descending ? query.OrderByDescending(o => o.Status) : query.OrderBy(o => o.Status),
            _ => descending ? query.OrderByDescending(o => o.MemberSince) : query.OrderBy(o => o.MemberSince),
        };
        // Ties in the sort's direction: descending is the ascending list read backwards, through the same index.
        return descending ? ordered.ThenByDescending(o => o.Name).ThenByDescending(o => o.Id) : ordered.ThenBy(o => o.Name).ThenBy(o => o.Id);
    }

    public async Task<IReadOnlyList<Category>> CategoriesAsync()
    {
        await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync();
    }

    /// <summary>The organization and its applications with their history, or null when there is no such organization.</summary>
    public async Task<OrganizationProfile?> FindAsync(int id)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var organization = await Visibility.Organizations(reader, db.Organizations.AsNoTracking(), db.Applications)
            .Include(o => o.Category).Include(o => o.Representatives)
            .FirstOrDefaultAsync(o => o.Id == id);
        if (organization is null) return null;
        var applications = await Visibility.Applications(reader, db.Applications.AsNoTracking()).AsSplitQuery()
            .Where(a => a.OrganizationId == id)
            .Include(a => a.History).ThenInclude(h => h.Meeting)
            .Include(a => a.ListedAtMeeting)
            .OrderBy(a => a.ReceivedOn).ThenBy(a => a.Id)
            .ToListAsync();
        return new OrganizationProfile(organization, applications);
    }

    /// <summary>
    /// Saves the profile form. Refuses with field messages when invalid or when another organization has the same name
    /// (the duplicate check, and the database's unique name behind it), and when someone else saved first. A new name that
    /// looks like another organization's in the same country is saved only once the user has seen them
    /// (<paramref name="lookAlikesSeen"/>).
    /// </summary>
    public async Task EditAsync(int id, int expectedVersion, OrganizationDetails details, bool lookAlikesSeen = false)
    {
        var by = await user.ActAsync(Operation.ManageOrganizations);
        await using var db = await dbFactory.CreateDbContextAsync();
        var validator = new OrganizationDetailsValidator((name, ct) => FindSameAsync(db, id, name, ct));
        await validator.ValidateAndThrowAsync(details);
        if (!await db.Categories.AnyAsync(c => c.Id == details.CategoryId))
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(details.CategoryId), MembersText.Say("ChooseCategoryFromList"))]);

        var organization = await LoadForChangeAsync(db, id, expectedVersion);
        var named = details.Named();
        if (!lookAlikesSeen && named != organization.Named() && await LookAlikesAsync(db, id, named) is { Count: > 0 } lookAlikes)
            throw new LookAlikeNamesException(lookAlikes);
        organization.EditDetails(details);
        try
        {
            await db.SaveOrRefuseStaleAsync(StaleRecord.Organization, by.Name);
        }
        catch (DbUpdateException e) when (e.IsDuplicateOrganizationName())
        {
            await using var fresh = await dbFactory.CreateDbContextAsync();
            var message = await FindSameAsync(fresh, id, named, default)
                ?? MembersText.Say("NameTakenMomentAgo", CountryNames.Of(named.Country));
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(details.Name), message)]);
        }
    }

    public async Task AddRepresentativeAsync(int id, string name, string? position, string? email)
    {
        var by = await user.ActAsync(Operation.ManageOrganizations);
        if (!string.IsNullOrWhiteSpace(email) && !ValidationRules.IsEmailAddress(email))
            throw new DomainException(ServiceRefusal.RepresentativeEmail);
        await using var db = await dbFactory.CreateDbContextAsync();
        var organization = await db.Organizations.Include(o => o.Representatives).FirstOrDefaultAsync(o => o.Id == id)
            ?? throw new DomainException(ServiceRefusal.NoSuchOrganization, id);
        organization.AddRepresentative(name, position, email);
        await db.SaveOrRefuseStaleAsync(StaleRecord.Organization, by.Name);
    }

    public async Task RemoveRepresentativeAsync(int id, int representativeId)
    {
        var by = await user.ActAsync(Operation.ManageOrganizations);
        await using var db = await dbFactory.CreateDbContextAsync();
        var organization = await db.Organizations.Include(o => o.Representatives).FirstOrDefaultAsync(o => o.Id == id)
            ?? throw new DomainException(ServiceRefusal.NoSuchOrganization, id);
        organization.RemoveRepresentative(representativeId);
        await db.SaveOrRefuseStaleAsync(StaleRecord.Organization, by.Name);
    }

    /// <summary>Current members in category order, then by name: what the register of members lists.</summary>
    public async Task<IReadOnlyList<MemberEntry>> MembersAsync()
    {
        await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await MemberRegister.MembersAsync(db);
    }

    /// <summary>The duplicate check of the profile: another organization that is the same (OrganizationNames.AreSame).</summary>
    private static async Task<string?> FindSameAsync(SecretariatDbContext db, int id, NameInCountry name, CancellationToken ct)
    {
        var same = (await db.Organizations.AsNoTracking().Where(o => o.Id != id).CouldBeTheSameAs(name).ToListAsync(ct))
            .FindSame(name, o => o.Named());
        return same is null ? null : MembersText.Say("AlreadyInRegister", same.Name, same.CountryName, same.Id);
    }

    private static async Task<IReadOnlyList<string>> LookAlikesAsync(SecretariatDbContext db, int id, NameInCountry name) =>
        (await db.Organizations.AsNoTracking().Where(o => o.Id != id && o.CountryCode == name.Country).ToListAsync())
            .LookAlikes(name, o => o.Named()).Select(ApplicationService.RegisterEntryName).ToList();

    private static async Task<Organization> LoadForChangeAsync(SecretariatDbContext db, int id, int expectedVersion)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id)
            ?? throw new DomainException(ServiceRefusal.NoSuchOrganization, id);
        db.ExpectVersion(organization, expectedVersion);
        return organization;
    }
}
