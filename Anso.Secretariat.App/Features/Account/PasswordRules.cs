using System.Globalization;
using Anso.Secretariat.App.Components.Shared;
using Microsoft.AspNetCore.Identity;

namespace Anso.Secretariat.App.Features.Account;

/// <summary>What a password must hold, in words, read from the Identity options that enforce it (so the hint never drifts from the rule).</summary>
public static class PasswordRules
{
    /// <summary>No column holds a password (only its hash); a passphrase fits, a pasted book does not.</summary>
    public const int MaxLength = 128;

    /// <summary>"At least 10 characters, with a capital letter, a small letter and a digit."; "至少10个字符，须包含大写字母、小写字母和数字。"</summary>
    public static string Describe(PasswordOptions rules, CultureInfo? culture = null)
    {
        var needs = Requirements(rules, culture);
        return Text.Format("Rule_Sentence", culture, char.ToUpperInvariant(needs[0]) + needs[1..]);
    }

    /// <summary>"at least 10 characters, with a capital letter, a small letter and a digit", to end a sentence.</summary>
    public static string Requirements(PasswordOptions rules, CultureInfo? culture = null)
    {
        var needs = new List<string>();
        if (rules.RequireUppercase) needs.Add(Text.Get("Rule_Capital", culture));
        if (rules.RequireLowercase) needs.Add(Text.Get("Rule_Small", culture));
        if (rules.RequireDigit) needs.Add(Text.Get("Rule_Digit", culture));
        if (rules.RequireNonAlphanumeric) needs.Add(Text.Get("Rule_Sign", culture));
        var length = Text.Format("Rule_Length", culture, rules.RequiredLength);
        return needs.Count switch
        {
            0 => length,
            1 => Text.Format("Rule_WithOne", culture, length, needs[0]),
            _ => Text.Format("Rule_WithMany", culture, length, string.Join(Text.Get("Rule_ListSeparator", culture), needs[..^1]), needs[^1]),
        };
    }

    private static class Text
    {
        public static string Get(string key, CultureInfo? culture) => StaticText<AccountText>.Get(key, culture);
        public static string Format(string key, CultureInfo? culture, params object[] args) => StaticText<AccountText>.Format(key, culture, args);
    }
}
