using Anso.Secretariat.Domain.Common;
using FluentValidation;

namespace Anso.Secretariat.Domain.Organizations;

/// <summary>What the secretariat can edit on an organization's profile.</summary>
public class OrganizationDetails
{
    public string Name { get; set; } = "";
    /// <summary>The name in the organization's own script, if it has one.</summary>
    public string? NativeName { get; set; }
    public string? Acronym { get; set; }
    public string CountryCode { get; set; } = "";
    public int? CategoryId { get; set; }
    public string? Website { get; set; }
    public string? Address { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public bool IsFoundingMember { get; set; }
    public bool IsBoardMember { get; set; }

    /// <summary>The name as the duplicate check compares it.</summary>
    public NameInCountry Named() => new(Name, Acronym, CountryCode, NativeName);

    public static OrganizationDetails Of(Organization o) => new()
    {
        Name = o.Name, NativeName = o.NativeName, Acronym = o.Acronym, CountryCode = o.CountryCode, CategoryId = o.CategoryId, Website = o.Website,
        Address = o.Address, ContactName = o.ContactName, ContactEmail = o.ContactEmail,
        IsFoundingMember = o.IsFoundingMember, IsBoardMember = o.IsBoardMember,
    };
}

/// <summary>One line of the register, as it is exported and imported: the details and the membership.</summary>
public sealed class RegisterEntry : OrganizationDetails
{
    public OrganizationStatus Status { get; set; }
    public MembershipType? MembershipType { get; set; }
    public DateOnly? MemberSince { get; set; }
}

/// <summary>Names another organization that is the same organization (<see cref="OrganizationNames.AreSame"/>), or null.</summary>
public delegate Task<string?> FindSameOrganization(NameInCountry name, CancellationToken ct);

/// <summary>The rules every organization's details follow, on the profile form and in an import.</summary>
public class OrganizationDetailsValidator<T> : AbstractValidator<T> where T : OrganizationDetails
{
    /// <param name="findSame">When given, a name already used in the same country (compared as the duplicate check does) is refused.</param>
    public OrganizationDetailsValidator(FindSameOrganization? findSame = null)
    {
        RuleFor(o => o.Name).NotEmpty().WithRefusal(Refusal.EnterTheOrganizationsName)
            .MaximumLength(300).WithRefusal(Refusal.NameAtMost, _ => [300]);
        RuleFor(o => o.NativeName).MaximumLength(TextLimits.NativeName).WithRefusal(Refusal.NativeNameAtMost, _ => [TextLimits.NativeName]);
        RuleFor(o => o.Acronym).MaximumLength(40).WithRefusal(Refusal.AcronymAtMost, _ => [40]);
        RuleFor(o => o.CountryCode).Cascade(CascadeMode.Stop).NotEmpty().WithRefusal(Refusal.ChooseACountry)
            .Must(Countries.IsKnown).WithRefusal(Refusal.UnknownCountryCode, o => [o.CountryCode]);
        RuleFor(o => o.CategoryId).NotNull().WithRefusal(Refusal.ChooseACategory);
        RuleFor(o => o.Website).MustBeAWebAddress().MaximumLength(300);
        RuleFor(o => o.Address).MaximumLength(500);
        RuleFor(o => o.ContactName).MaximumLength(200);
        RuleFor(o => o.ContactEmail).MustBeAnEmailAddress().MaximumLength(200);
        if (findSame is not null) RuleFor(o => o.Name).MustNotNameAnExisting(o => o.Named(), findSame.Invoke);
    }
}

public sealed class OrganizationDetailsValidator(FindSameOrganization? findSame = null)
    : OrganizationDetailsValidator<OrganizationDetails>(findSame);

/// <summary>A register line adds the membership: members have a type and a date; only members sit on the GB.</summary>
public sealed class RegisterEntryValidator : OrganizationDetailsValidator<RegisterEntry>
{
    public RegisterEntryValidator()
    {
        RuleFor(e => e.MembershipType).NotNull().WithRefusal(Refusal.MemberNeedsTypeFullOrProvisional)
            .When(e => e.Status != OrganizationStatus.Applicant);
        RuleFor(e => e.MemberSince).NotNull().WithRefusal(Refusal.MemberNeedsStartDate)
            .When(e => e.Status != OrganizationStatus.Applicant);
        RuleFor(e => e.MembershipType).Null().WithRefusal(Refusal.ApplicantHasNoType)
            .When(e => e.Status == OrganizationStatus.Applicant);
        RuleFor(e => e.IsFoundingMember).Equal(false).WithRefusal(Refusal.ApplicantNotFounding)
            .When(e => e.Status == OrganizationStatus.Applicant);
        RuleFor(e => e.IsBoardMember).Equal(false).WithRefusal(Refusal.OnlyMembersOnTheBoard)
            .When(e => e.Status != OrganizationStatus.Member);
    }
}
