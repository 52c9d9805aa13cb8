using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.App.Data;
using Microsoft.AspNetCore.Identity;

namespace Anso.Secretariat.App.Features.Account;

public enum SignInVerdict { SignedIn, Refused, LockedOut, Disabled }

/// <summary>
/// Signs in without telling a stranger which accounts exist. An unknown account, a wrong password, a locked account and a
/// disabled one all get <see cref="SignInVerdict.Refused"/> after one password hash check each (an unknown account is
/// checked against a dummy hash), so the answer and its timing are the same. Only the right password learns that the
/// account is locked or disabled.
/// </summary>
public sealed class SignInCheck(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    // In English; Describe says them in the reader's language (AccountText).
    public const string Refusal = "The email or the password is not right.";
    public const string LockedOutRefusal = "Too many failed sign-ins: this account is locked for a while. Try again later, or ask an administrator.";
    public const string DisabledRefusal = "This account is disabled. Ask an administrator.";

    private static string? s_dummyHash;

    /// <summary>After a sign-in, the language the account chose (null when it chose none): the page remembers it on the browser too.</summary>
    public string? SignedInLanguage { get; private set; }

    public static string Describe(SignInVerdict verdict) => StaticText<AccountText>.Get(verdict switch
    {
        SignInVerdict.LockedOut => "LockedOut",
        SignInVerdict.Disabled => "Disabled",
        _ => "Refused",
    });

    public async Task<SignInVerdict> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // The same work as for a real account: one hash check, whose answer is thrown away.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash(), password);
            return SignInVerdict.Refused;
        }
        var locked = await users.IsLockedOutAsync(user);
        if (!await users.CheckPasswordAsync(user, password))
        {
            if (!locked && !user.IsDisabled) await users.AccessFailedAsync(user);
            return SignInVerdict.Refused;
        }
        if (user.IsDisabled) return SignInVerdict.Disabled;
        if (locked) return SignInVerdict.LockedOut;
        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        SignedInLanguage = Languages.Known(user.PreferredLanguage);
        return SignInVerdict.SignedIn;
    }

    /// <summary>A hash made by the app's own hasher (same algorithm and iterations) of a password nobody knows.</summary>
    private string DummyHash() => s_dummyHash ??= users.PasswordHasher.HashPassword(new AppUser(), Guid.NewGuid().ToString("N"));
}
