using System.Globalization;
using System.Resources;
using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.App;

/// <summary>
/// The resources of <see cref="CountryNames"/>: CountryNamesText.resx (English, the same names as <see cref="Countries"/>)
/// and CountryNamesText.zh-Hans.resx, both generated from Debian's iso-codes (its zh_CN translation for Chinese), keyed by ISO code.
/// </summary>
public sealed class CountryNamesText;

/// <summary>
/// Country names in the reader's language (the current UI culture unless a culture is given): "Serbia", "塞尔维亚". Screens
/// show countries through here; CSV files and the formats that need English keep <see cref="Countries.NameOf"/>.
/// .NET's RegionInfo gives each country's name in its own language, not the reader's, so the names are resources.
/// </summary>
public static class CountryNames
{
    private static readonly ResourceManager Resources = new(typeof(CountryNamesText));

    /// <summary>The country's name, or the code itself when it is not a country.</summary>
    public static string Of(string? code, CultureInfo? culture = null) =>
        Countries.IsKnown(code) ? Resources.GetString(code!.ToUpperInvariant(), culture ?? CultureInfo.CurrentUICulture) ?? Countries.NameOf(code)
            : code ?? "";

    /// <summary>
    /// The countries a picker offers for what was typed, as codes: "serb", "塞尔" and "RS" all find Serbia (English or the
    /// reader's name, accents and case aside). The country of that code comes first, then names that start with the text, each
    /// group in the reader's alphabetical order.
    /// </summary>
    public static IEnumerable<string> Search(string? text, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var key = TextMatching.MatchKey(text);
        var order = StringComparer.Create(culture, ignoreCase: true);
        return Countries.All
            .Select(c => (c.Code, English: TextMatching.MatchKey(c.Name), Name: Of(c.Code, culture)))
            .Select(c => (c.Code, c.English, c.Name, Local: TextMatching.MatchKey(c.Name)))
            .Where(c => key.Length == 0 || c.English.Contains(key) || c.Local.Contains(key) || c.Code.Equals(key, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Code.Equals(key, StringComparison.OrdinalIgnoreCase) ? 0 : c.Local.StartsWith(key) || c.English.StartsWith(key) ? 1 : 2)
            .ThenBy(c => c.Name, order)
            .Select(c => c.Code);
    }
}
