using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using FluentValidation;

namespace Anso.Secretariat.Domain.Applications;

/// <summary>What the secretariat types in when an application arrives.</summary>
public sealed class NewApplication
{
    public string OrganizationName { get; set; } = "";
    /// <summary>The organization's name in its own script, if it has one.</summary>
    public string? NativeName { get; set; }
    public string? Acronym { get; set; }
    public string CountryCode { get; set; } = "";
    public int? CategoryId { get; set; }
    public string? Website { get; set; }
    public string? Address { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public string? Summary { get; set; }

    /// <summary>The organization's name as the duplicate check compares it.</summary>
    public NameInCountry Named() => new(OrganizationName, Acronym, CountryCode, NativeName);
}

/// <summary>Names an open application or a member that is the same organization (<see cref="OrganizationNames.AreSame"/>), or null.</summary>
public delegate Task<string?> FindDuplicateApplicant(NameInCountry name, CancellationToken ct);

public sealed class NewApplicationValidator : AbstractValidator<NewApplication>
{
    public NewApplicationValidator(SecretariatTime time, FindDuplicateApplicant findDuplicate)
    {
        RuleFor(a => a.OrganizationName).NotEmpty().WithRefusal(Refusal.EnterTheOrganizationsName)
            .MaximumLength(TextLimits.OrganizationName).WithRefusal(Refusal.NameTooLong, _ => [TextLimits.OrganizationName]);
        RuleFor(a => a.NativeName).MaximumLength(TextLimits.NativeName).WithRefusal(Refusal.NativeNameTooLong, _ => [TextLimits.NativeName]);
        RuleFor(a => a.Acronym).MaximumLength(TextLimits.Acronym).WithRefusal(Refusal.AcronymTooLong, _ => [TextLimits.Acronym]);
        RuleFor(a => a.Summary).MaximumLength(TextLimits.ApplicationSummary)
            .WithRefusal(Refusal.SummaryTooLong, _ => [TextLimits.ApplicationSummary]);
        RuleFor(a => a.CountryCode).Cascade(CascadeMode.Stop).NotEmpty().WithRefusal(Refusal.ChooseACountry)
            .Must(Countries.IsKnown).WithRefusal(Refusal.ChooseACountryFromTheList);
        RuleFor(a => a.CategoryId).NotNull().WithRefusal(Refusal.ChooseACategory);
        RuleFor(a => a.ContactEmail).MustBeAnEmailAddress();
        RuleFor(a => a.Website).MustBeAWebAddress();
        // Today where the secretariat works (SecretariatTime): before 08:00 in Beijing, UTC is still on the day before.
        RuleFor(a => a.ReceivedOn).Cascade(CascadeMode.Stop).NotNull().WithRefusal(Refusal.EnterTheReceivedDate)
            .Must(d => d <= time.Today).WithRefusal(Refusal.ReceivedInTheFuture);
        RuleFor(a => a.OrganizationName).MustNotNameAnExisting(a => a.Named(), findDuplicate.Invoke);
    }
}
