using System.Globalization;
using System.Resources;

namespace Anso.Secretariat.App.Features.Review;

/// <summary>The GB review's wording: ReviewText.resx (English) and ReviewText.zh-Hans.resx. Screens inject <c>IStringLocalizer&lt;ReviewText&gt;</c>.</summary>
public sealed class ReviewText
{
    private static readonly ResourceManager Resources = new(typeof(ReviewText));

    /// <summary>
    /// A service's refusal in the reader's language (the current UI culture). Services say it here rather than through an
    /// injected localizer because tests and tools also build them by hand.
    /// </summary>
    internal static string Say(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentUICulture, Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key, args);
}
