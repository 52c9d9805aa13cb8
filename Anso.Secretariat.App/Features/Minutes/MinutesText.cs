using Anso.Secretariat.App.Components.Shared;

namespace Anso.Secretariat.App.Features.Minutes;

/// <summary>
/// The wording of the minutes screens, in MinutesText.resx (English) and MinutesText.zh-Hans.resx: the folder's components have it
/// as <c>Text</c> (its _Imports.razor injects <c>IStringLocalizer&lt;MinutesText&gt;</c>).
/// </summary>
public sealed class MinutesText
{
    /// <summary>For code without a localizer (the service's refusals): the wording in the reader's language.</summary>
    internal static string Say(string key, params object?[] args) => StaticText<MinutesText>.Format(key, args);
}
