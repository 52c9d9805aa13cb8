using System.Text;
using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Domain.Organizations;

/// <summary>
/// An organization's name as the duplicate check compares it: the official (English) name, its acronym (if any), its
/// country, and its name in its own script (if any): "中国科学院" beside "Chinese Academy of Sciences".
/// </summary>
public sealed record NameInCountry(string Name, string? Acronym, string CountryCode, string? NativeName = null)
{
    public string Key { get; } = OrganizationNames.Key(Name);
    /// <summary>The normalized name in its own script, or "" when there is none.</summary>
    public string NativeKey { get; } = OrganizationNames.Key(NativeName);
    public string AcronymKey { get; } = OrganizationNames.AcronymKey(Name, Acronym);
    public string Country { get; } = CountryCode.Trim().ToUpperInvariant();

    /// <summary>Both normalized names, those that are given.</summary>
    public IEnumerable<string> Keys => NativeKey.Length > 0 && NativeKey != Key ? [Key, NativeKey] : [Key];

    /// <summary>One of the names of one is one of the names of the other (the English name may be the other's native one).</summary>
    public bool SharesANameWith(NameInCountry other) => Key.Length > 0 && Keys.Any(k => k.Length > 0 && other.Keys.Contains(k));
}

/// <summary>
/// The one duplicate check of the register: the form for a new application, the organization's profile and both imports
/// ask it whether a name is already taken in a country, and the database keeps <see cref="Key"/> unique per country.
/// </summary>
public static class OrganizationNames
{
    /// <summary>
    /// The normalized name: no case, accents or punctuation, no leading "The" and no trailing acronym in parentheses.
    /// "The Consejo Superior de Investigaciones Científicas (CSIC)" and "consejo superior de investigaciones cientificas"
    /// have the same key.
    /// </summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var folded = TextMatching.MatchKey(WithoutTrailingAcronym(name).Name);
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
            sb.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 1 && words[0] == "the" ? 1 : 0;
        return string.Join(' ', words.Skip(start));
    }

    /// <summary>The acronym compared without case, accents or punctuation ("C.S.I.C." is "csic"): the one given, else the one in parentheses at the end of the name.</summary>
    public static string AcronymKey(string? name, string? acronym)
    {
        var text = string.IsNullOrWhiteSpace(acronym) ? WithoutTrailingAcronym(name ?? "").Acronym : acronym;
        return new string(TextMatching.MatchKey(text).Where(char.IsLetterOrDigit).ToArray());
    }

    /// <summary>Splits "Russian Academy of Sciences (RAS)" into the name and "RAS"; a name without one comes back whole.</summary>
    public static (string Name, string? Acronym) WithoutTrailingAcronym(string name)
    {
        var trimmed = name.Trim();
        if (!trimmed.EndsWith(')')) return (trimmed, null);
        var open = trimmed.LastIndexOf('(');
        if (open <= 0) return (trimmed, null);
        var inside = trimmed[(open + 1)..^1].Trim();
        return LooksLikeAnAcronym(inside) ? (trimmed[..open].TrimEnd(), inside) : (trimmed, null);
    }

    /// <summary>One word that starts with a capital and has at least two capitals or digits: "CSIC", "TÜBİTAK"; not "Fiocruz", not "NAS RK".</summary>
    private static bool LooksLikeAnAcronym(string text) =>
        text.Length is > 0 and <= TextLimits.Acronym && !text.Any(char.IsWhiteSpace) && char.IsUpper(text[0])
        && text.Count(c => char.IsUpper(c) || char.IsDigit(c)) >= 2;

    /// <summary>
    /// The same organization: in the same country, the same normalized name (either name of one, English or in its own
    /// script, is either name of the other), or the same acronym.
    /// </summary>
    public static bool AreSame(NameInCountry one, NameInCountry other) =>
        one.Country == other.Country && one.Key.Length > 0
        && (one.SharesANameWith(other) || (one.AcronymKey.Length > 0 && one.AcronymKey == other.AcronymKey));

    /// <summary>
    /// A close name in the same country that is not the same: a normalized name of one (English or in its own script) and
    /// one of the other differ by a few typing slips (at most one edit per eight characters, three at most, for names of
    /// five characters or more: "Univerity of Belgrade"), or have the same words in another order ("Belgrade University"
    /// and "University Belgrade").
    /// </summary>
    public static bool LookAlike(NameInCountry one, NameInCountry other) =>
        one.Country == other.Country && !AreSame(one, other)
        && one.Keys.Any(a => other.Keys.Any(b => KeysLookAlike(a, b)));

    private static bool KeysLookAlike(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 5) return false;
        var allowed = Math.Clamp(shorter / 8, 1, 3);
        if (Math.Abs(a.Length - b.Length) <= allowed && EditDistance(a, b, allowed) <= allowed) return true;
        var wordsA = a.Split(' ').Order(StringComparer.Ordinal);
        var wordsB = b.Split(' ').Order(StringComparer.Ordinal);
        return wordsA.SequenceEqual(wordsB);
    }

    /// <summary>
    /// The one of <paramref name="existing"/> that is the same organization as <paramref name="name"/> (the first with a
    /// normalized name in common, else the first with the same acronym), or default.
    /// </summary>
    public static T? FindSame<T>(this IEnumerable<T> existing, NameInCountry name, Func<T, NameInCountry> nameOf)
    {
        var byAcronym = default(T);
        var found = false;
        foreach (var e in existing)
        {
            var other = nameOf(e);
            if (!AreSame(name, other)) continue;
            if (name.SharesANameWith(other)) return e;
            if (!found) (byAcronym, found) = (e, true);
        }
        return byAcronym;
    }

    /// <summary>Those of <paramref name="existing"/> whose names look like <paramref name="name"/> without being the same.</summary>
    public static IReadOnlyList<T> LookAlikes<T>(this IEnumerable<T> existing, NameInCountry name, Func<T, NameInCountry> nameOf) =>
        existing.Where(e => LookAlike(name, nameOf(e))).ToList();

    /// <summary>Levenshtein distance, stopped early once it is over <paramref name="limit"/>.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return rowMin;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

/// <summary>
/// Not a refusal: the name looks like other organizations' in the same country (<see cref="OrganizationNames.LookAlike"/>),
/// so the change waits until the user has seen them and confirms that the organization is a different one.
/// </summary>
public sealed class LookAlikeNamesException(IReadOnlyList<string> lookAlikes)
    : Exception($"The name looks like {string.Join("; ", lookAlikes)}.")
{
    /// <summary>The organizations it looks like, as the user should see them.</summary>
    public IReadOnlyList<string> LookAlikes { get; } = lookAlikes;
}
