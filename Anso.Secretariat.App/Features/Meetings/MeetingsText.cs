using System.Globalization;
using System.Resources;

namespace Anso.Secretariat.App.Features.Meetings;

/// <summary>
/// The wording of the meetings screens, in MeetingsText.resx (English) and MeetingsText.zh-Hans.resx: the folder's components have it
/// as <c>Text</c> (its _Imports.razor injects <c>IStringLocalizer&lt;MeetingsText&gt;</c>).
/// </summary>
public sealed class MeetingsText
{
    private static readonly ResourceManager Resources = new(typeof(MeetingsText));

    /// <summary>For code without a localizer (the service's refusals): the wording in the reader's language.</summary>
    internal static string Say(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Resources.GetString(key, CultureInfo.CurrentUICulture)!, args);
}
