using System.Globalization;
using System.Resources;

namespace Anso.Secretariat.App.Features.Members;

/// <summary>The register's wording: MembersText.resx (English) and MembersText.zh-Hans.resx. Screens inject <c>IStringLocalizer&lt;MembersText&gt;</c>.</summary>
public sealed class MembersText
{
    private static readonly ResourceManager Resources = new(typeof(MembersText));

    /// <summary>
    /// A service's refusal in the reader's language (the current UI culture). Services say it here rather than through an
    /// injected localizer because tests and tools also build them by hand.
    /// </summary>
    internal static string Say(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentUICulture, Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key, args);
}
