using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Domain.Organizations;

public enum OrganizationStatus { Applicant, Member, FormerMember }

public enum MembershipType { Full, Provisional }

/// <summary>The record that lasts: an organization that applied, is a member, or was one.</summary>
public class Organization
{
    private readonly List<Representative> _representatives = [];

    private Organization() { } // EF

    public Organization(string name, string countryCode, int categoryId, string? acronym = null, string? nativeName = null)
    {
        Rename(name, acronym);
        RenameInOwnScript(nativeName);
        MoveTo(countryCode);
        CategoryId = categoryId;
        Status = OrganizationStatus.Applicant;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>
    /// The normalized name (<see cref="OrganizationNames.Key"/>), stored so that the database keeps it unique in each
    /// country and searches can run there.
    /// </summary>
    public string NameKey { get; private set; } = "";
    /// <summary>The name in the organization's own script, beside the official English one: "中国科学院". Optional.</summary>
    public string? NativeName { get; private set; }
    /// <summary>The normalized <see cref="NativeName"/>, kept unique in each country like <see cref="NameKey"/>; null without one.</summary>
    public string? NativeNameKey { get; private set; }
    public string? Acronym { get; private set; }
    public string CountryCode { get; private set; } = "";
    public int CategoryId { get; private set; }
    public Category? Category { get; private set; }
    public string? Website { get; private set; }
    public string? Address { get; private set; }
    public string? ContactName { get; private set; }
    public string? ContactEmail { get; private set; }
    public OrganizationStatus Status { get; private set; }
    public MembershipType? MembershipType { get; private set; }
    public DateOnly? MemberSince { get; private set; }
    public bool IsFoundingMember { get; private set; }
    public bool IsBoardMember { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<Representative> Representatives => _representatives;

    public string CountryName => Countries.NameOf(CountryCode);
    public bool IsMember => Status == OrganizationStatus.Member;

    /// <summary>The name as the duplicate check compares it.</summary>
    public NameInCountry Named() => new(Name, Acronym, CountryCode, NativeName);

    public void Rename(string name, string? acronym)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException(Refusal.OrganizationNeedsName);
        Name = name.Trim();
        NameKey = OrganizationNames.Key(name);
        Acronym = string.IsNullOrWhiteSpace(acronym) ? null : acronym.Trim();
    }

    /// <summary>Gives (or, with none, removes) the name in the organization's own script.</summary>
    public void RenameInOwnScript(string? nativeName)
    {
        NativeName = Blank(nativeName);
        NativeNameKey = NativeName is null ? null : OrganizationNames.Key(NativeName) is { Length: > 0 } key ? key : null;
    }

    public void MoveTo(string countryCode)
    {
        if (!Countries.IsKnown(countryCode)) throw new DomainException(Refusal.UnknownCountryCode, countryCode);
        CountryCode = countryCode.ToUpperInvariant();
    }

    public void Categorize(int categoryId) => CategoryId = categoryId;

    public void UpdateContact(string? website, string? address, string? contactName, string? contactEmail)
    {
        Website = Blank(website);
        Address = Blank(address);
        ContactName = Blank(contactName);
        ContactEmail = Blank(contactEmail);
    }

    /// <summary>Admission by a General Assembly: the organization becomes a member from the GA's date.</summary>
    public void AdmitAsMember(MembershipType type, DateOnly effectiveOn)
    {
        if (IsMember && MembershipType == Organizations.MembershipType.Full)
            throw new DomainException(Refusal.AlreadyAFullMember, Name);
        Status = OrganizationStatus.Member;
        MembershipType = type;
        MemberSince ??= effectiveOn;
        if (type == Organizations.MembershipType.Full && MemberSince > effectiveOn) MemberSince = effectiveOn;
    }

    /// <summary>Used for the founders and for members recorded before this system existed.</summary>
    public void RecordExistingMembership(MembershipType type, DateOnly since, bool founding)
    {
        Status = OrganizationStatus.Member;
        MembershipType = type;
        MemberSince = since;
        IsFoundingMember = founding;
    }

    /// <summary>The profile form: details, founding flag and GB seat, checked by <see cref="OrganizationDetailsValidator"/> first.</summary>
    public void EditDetails(OrganizationDetails details)
    {
        Rename(details.Name, details.Acronym);
        RenameInOwnScript(details.NativeName);
        MoveTo(details.CountryCode);
        Categorize(details.CategoryId ?? throw new DomainException(Refusal.ChooseACategory));
        UpdateContact(details.Website, details.Address, details.ContactName, details.ContactEmail);
        if (details.IsFoundingMember && Status == OrganizationStatus.Applicant)
            throw new DomainException(Refusal.FoundingOnlyIfMember, Name);
        IsFoundingMember = details.IsFoundingMember;
        SetBoardMembership(details.IsBoardMember);
    }

    /// <summary>
    /// An organization taken from a register kept elsewhere (a spreadsheet import), with the membership it has there.
    /// Checked by <see cref="RegisterEntryValidator"/> first.
    /// </summary>
    public static Organization FromRegisterEntry(RegisterEntry entry)
    {
        var organization = new Organization(entry.Name, entry.CountryCode, entry.CategoryId ?? throw new DomainException(Refusal.ChooseACategory), entry.Acronym,
            entry.NativeName);
        organization.UpdateContact(entry.Website, entry.Address, entry.ContactName, entry.ContactEmail);
        if (entry.Status != OrganizationStatus.Applicant)
        {
            organization.RecordExistingMembership(
                entry.MembershipType ?? throw new DomainException(Refusal.MemberNeedsType),
                entry.MemberSince ?? throw new DomainException(Refusal.MemberNeedsSince),
                entry.IsFoundingMember);
            organization.SetBoardMembership(entry.IsBoardMember);
            if (entry.Status == OrganizationStatus.FormerMember) organization.EndMembership();
        }
        else if (entry.IsFoundingMember || entry.IsBoardMember)
            throw new DomainException(Refusal.ApplicantNeitherFoundingNorBoard, organization.Name);
        return organization;
    }

    public void EndMembership()
    {
        if (!IsMember) throw new DomainException(Refusal.NotAMember, Name);
        Status = OrganizationStatus.FormerMember;
        IsBoardMember = false;
    }

    public void SetBoardMembership(bool isBoardMember)
    {
        if (isBoardMember && !IsMember) throw new DomainException(Refusal.BoardOnlyIfMember, Name);
        IsBoardMember = isBoardMember;
    }

    public Representative AddRepresentative(string name, string? position, string? email)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException(Refusal.RepresentativeNeedsName);
        var rep = new Representative(name.Trim(), Blank(position), Blank(email));
        _representatives.Add(rep);
        return rep;
    }

    public void RemoveRepresentative(int representativeId)
    {
        var rep = _representatives.FirstOrDefault(r => r.Id == representativeId)
            ?? throw new DomainException(Refusal.RepresentativeGone);
        _representatives.Remove(rep);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public class Representative
{
    private Representative() { } // EF

    internal Representative(string name, string? position, string? email)
    {
        Name = name;
        Position = position;
        Email = email;
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Position { get; private set; }
    public string? Email { get; private set; }
}

/// <summary>National Academies, Universities, ...: data the administrator can extend.</summary>
public class Category
{
    private Category() { } // EF

    public Category(string name, int sortOrder)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException(Refusal.CategoryNeedsName);
        Name = name.Trim();
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int SortOrder { get; private set; }
}
