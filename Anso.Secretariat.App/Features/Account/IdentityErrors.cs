using Anso.Secretariat.App.Components.Shared;
using Microsoft.AspNetCore.Identity;

namespace Anso.Secretariat.App.Features.Account;

/// <summary>
/// ASP.NET Core Identity's refusals (a password too short, a wrong current password, an email already taken) in the reader's
/// language. The English is Identity's own.
/// </summary>
public sealed class IdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError));
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName);

    // The code stays Identity's (the password page tells a wrong current password by it); only the description is said.
    private static IdentityError Error(string code, params object?[] args) =>
        new() { Code = code, Description = StaticText<AccountText>.Format($"Identity_{code}", args) };
}
