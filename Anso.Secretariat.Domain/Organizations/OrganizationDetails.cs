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
        RuleFor(o => o.Name).NotEmpty().WithMessage("Enter the organization's name.")
            .MaximumLength(300).WithMessage("The name can be at most 300 characters long.");
        RuleFor(o => o.NativeName).MaximumLength(TextLimits.NativeName)
            .WithMessage($"The name in its own script can be at most {TextLimits.NativeName} characters long.");
        RuleFor(o => o.Acronym).MaximumLength(40).WithMessage("The acronym can be at most 40 characters long.");
        RuleFor(o => o.CountryCode).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Choose a country.")
            .Must(Countries.IsKnown).WithMessage(o => $"'{o.CountryCode}' is not an ISO 3166 country code.");
        RuleFor(o => o.CategoryId).NotNull().WithMessage("Choose a category.");
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
        RuleFor(e => e.MembershipType).NotNull().WithMessage("A member or former member needs a membership type (Full or Provisional).")
            .When(e => e.Status != OrganizationStatus.Applicant);
        RuleFor(e => e.MemberSince).NotNull().WithMessage("A member or former member needs the date membership started.")
            .When(e => e.Status != OrganizationStatus.Applicant);
        RuleFor(e => e.MembershipType).Null().WithMessage("An applicant has no membership type.")
            .When(e => e.Status == OrganizationStatus.Applicant);
        RuleFor(e => e.IsFoundingMember).Equal(false).WithMessage("An applicant cannot be a founding member.")
            .When(e => e.Status == OrganizationStatus.Applicant);
        RuleFor(e => e.IsBoardMember).Equal(false).WithMessage("Only a member can sit on the Governing Board.")
            .When(e => e.Status != OrganizationStatus.Member);
    }
}
