using Anso.Secretariat.Domain.Common;
using FluentValidation;

namespace Anso.Secretariat.Domain.Applications;

/// <summary>What the secretariat types in when an application arrives.</summary>
public sealed class NewApplication
{
    public string OrganizationName { get; set; } = "";
    public string? Acronym { get; set; }
    public string CountryCode { get; set; } = "";
    public int? CategoryId { get; set; }
    public string? Website { get; set; }
    public string? Address { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public string? Summary { get; set; }
}

/// <summary>Names an open application or a member that already has this name in this country, or null.</summary>
public delegate Task<string?> FindDuplicateApplicant(string nameKey, string countryCode, CancellationToken ct);

public sealed class NewApplicationValidator : AbstractValidator<NewApplication>
{
    public NewApplicationValidator(TimeProvider clock, FindDuplicateApplicant findDuplicate)
    {
        RuleFor(a => a.OrganizationName).NotEmpty().WithMessage("Enter the organization's name.")
            .MaximumLength(300);
        RuleFor(a => a.Acronym).MaximumLength(40);
        RuleFor(a => a.CountryCode).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Choose a country.")
            .Must(Countries.IsKnown).WithMessage("Choose a country from the list.");
        RuleFor(a => a.CategoryId).NotNull().WithMessage("Choose a category.");
        // One @, something before it, and a dotted domain after it: stricter than FluentValidation's '@' check.
        RuleFor(a => a.ContactEmail).Matches(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")
            .WithMessage("Enter a valid email address, like name@example.org.")
            .When(a => !string.IsNullOrWhiteSpace(a.ContactEmail));
        RuleFor(a => a.Website).Must(BeAWebAddress).WithMessage("Enter a web address starting with http:// or https://.")
            .When(a => !string.IsNullOrWhiteSpace(a.Website));
        // Today where the secretariat works (the clock's local time zone): before 08:00 in Beijing, UTC is still on the day before.
        RuleFor(a => a.ReceivedOn).Cascade(CascadeMode.Stop).NotNull().WithMessage("Enter the date the application was received.")
            .Must(d => d <= DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).WithMessage("The received date cannot be in the future.");
        RuleFor(a => a.OrganizationName)
            .MustAsync(async (a, name, ctx, ct) =>
            {
                var existing = await findDuplicate(TextMatching.MatchKey(name), a.CountryCode.ToUpperInvariant(), ct);
                if (existing is null) return true;
                ctx.MessageFormatter.AppendArgument("Existing", existing);
                return false;
            })
            .WithMessage("{Existing}")
            .When(a => !string.IsNullOrWhiteSpace(a.OrganizationName) && Countries.IsKnown(a.CountryCode));
    }

    private static bool BeAWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);
}
