using Anso.Secretariat.App.Components.Shared;

namespace Anso.Secretariat.App.Features.Members;

/// <summary>The register's wording: MembersText.resx (English) and MembersText.zh-Hans.resx. Screens inject <c>IStringLocalizer&lt;MembersText&gt;</c>.</summary>
public sealed class MembersText
{
    /// <summary>
    /// A service's refusal in the reader's language (the current UI culture). Services say it here rather than through an
    /// injected localizer because tests and tools also build them by hand.
    /// </summary>
    internal static string Say(string key, params object?[] args) => StaticText<MembersText>.Format(key, args);
}
