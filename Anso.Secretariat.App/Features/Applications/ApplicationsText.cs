using Anso.Secretariat.App.Components.Shared;

namespace Anso.Secretariat.App.Features.Applications;

/// <summary>The applications' wording: ApplicationsText.resx (English) and ApplicationsText.zh-Hans.resx. Screens inject <c>IStringLocalizer&lt;ApplicationsText&gt;</c>.</summary>
public sealed class ApplicationsText
{
    /// <summary>
    /// A service's refusal in the reader's language (the current UI culture). Services say it here rather than through an
    /// injected localizer because tests and tools also build them by hand.
    /// </summary>
    internal static string Say(string key, params object?[] args) => StaticText<ApplicationsText>.Format(key, args);
}
