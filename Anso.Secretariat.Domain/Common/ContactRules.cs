namespace Anso.Secretariat.Domain.Common;

/// <summary>How an email address and a website are checked wherever an organization's contact details are entered.</summary>
public static class ContactRules
{
    /// <summary>One @, something before it, and a dotted domain after it: stricter than FluentValidation's '@' check.</summary>
    public const string EmailPattern = @"^[^@\s]+@[^@\s]+\.[^@\s]+$";

    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);
}
