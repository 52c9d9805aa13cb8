using Microsoft.AspNetCore.Identity;

namespace Anso.Secretariat.App.Features.Account;

/// <summary>What a password must hold, in words, read from the Identity options that enforce it (so the hint never drifts from the rule).</summary>
public static class PasswordRules
{
    /// <summary>No column holds a password (only its hash); a passphrase fits, a pasted book does not.</summary>
    public const int MaxLength = 128;

    /// <summary>"At least 10 characters, with a capital letter, a small letter and a digit."</summary>
    public static string Describe(PasswordOptions rules)
    {
        var needs = Requirements(rules);
        return char.ToUpperInvariant(needs[0]) + needs[1..] + ".";
    }

    /// <summary>"at least 10 characters, with a capital letter, a small letter and a digit", to end a sentence.</summary>
    public static string Requirements(PasswordOptions rules)
    {
        var needs = new List<string>();
        if (rules.RequireUppercase) needs.Add("a capital letter");
        if (rules.RequireLowercase) needs.Add("a small letter");
        if (rules.RequireDigit) needs.Add("a digit");
        if (rules.RequireNonAlphanumeric) needs.Add("a sign such as - or !");
        var length = $"at least {rules.RequiredLength} characters";
        return needs.Count switch
        {
            0 => length,
            1 => $"{length}, with {needs[0]}",
            _ => $"{length}, with {string.Join(", ", needs[..^1])} and {needs[^1]}",
        };
    }
}
