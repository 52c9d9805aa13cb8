using System.Globalization;
using System.Resources;

namespace Anso.Secretariat.App.Components.Shared;

/// <summary>
/// The wording of <typeparamref name="TText"/>'s resources for code that cannot inject <c>IStringLocalizer</c> (static helpers,
/// exceptions' messages, endpoints): in the reader's language, the current UI culture, unless a culture is given.
/// </summary>
public static class StaticText<TText>
{
    private static readonly ResourceManager Resources = new(typeof(TText));

    public static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new MissingManifestResourceException($"{typeof(TText).Name} has no '{key}'.");

    public static string Format(string key, params object?[] args) => Format(key, null, args);

    public static string Format(string key, CultureInfo? culture, params object?[] args) =>
        string.Format(culture ?? CultureInfo.CurrentCulture, Get(key, culture), args);
}
