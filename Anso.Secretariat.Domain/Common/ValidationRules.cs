using System.Text.RegularExpressions;
using FluentValidation;

namespace Anso.Secretariat.Domain.Common;

/// <summary>Rules that the new-application form, the organization profile and the imports check in the same way.</summary>
public static class ValidationRules
{
    /// <summary>One @, something before it, and a dotted domain after it: stricter than FluentValidation's '@' check.</summary>
    public const string EmailPattern = @"^[^@\s]+@[^@\s]+\.[^@\s]+$";

    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);

    public static bool IsEmailAddress(string? email) => email is not null && Regex.IsMatch(email.Trim(), EmailPattern);

    /// <summary>
    /// The rule's message is a refusal (a code of <see cref="Refusal"/>, or of the App's own, and its facts): the failure
    /// carries it as its state, from which the screens say it in the reader's language (<c>Refusals.Say</c>), and its
    /// English as the message, for logs and tests.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithRefusal<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule,
        Enum refusal, Func<T, object?[]>? facts = null) =>
        rule.WithState(x => new DomainException(refusal, facts?.Invoke(x) ?? []))
            .WithMessage(x => new DomainException(refusal, facts?.Invoke(x) ?? []).Message);

    /// <summary>An email address, when one is given.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAnEmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(email => string.IsNullOrWhiteSpace(email) || IsEmailAddress(email))
            .WithRefusal(Refusal.EnterAnEmailAddress);

    /// <summary>An http or https address, when one is given.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAWebAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(url => string.IsNullOrWhiteSpace(url) || IsWebAddress(url))
            .WithRefusal(Refusal.EnterAWebAddress);

    /// <summary>
    /// Refuses a name that <paramref name="findExisting"/> finds in the same country, compared as
    /// <see cref="Organizations.OrganizationNames.AreSame"/> compares (the normalized name, or the acronym); the message
    /// names what exists.
    /// </summary>
    public static IRuleBuilderOptions<T, string> MustNotNameAnExisting<T>(this IRuleBuilder<T, string> rule,
        Func<T, Organizations.NameInCountry> named, Func<Organizations.NameInCountry, CancellationToken, Task<string?>> findExisting) =>
        rule.MustAsync(async (x, name, ctx, ct) =>
            {
                var candidate = named(x);
                if (string.IsNullOrWhiteSpace(name) || !Countries.IsKnown(candidate.CountryCode)) return true;
                var existing = await findExisting(candidate, ct);
                if (existing is null) return true;
                ctx.MessageFormatter.AppendArgument("Existing", existing);
                return false;
            })
            .WithMessage("{Existing}");
}
