using Anso.Secretariat.App.Components.Shared;

namespace Anso.Secretariat.App.Features.Meetings;

/// <summary>
/// The wording of the meetings screens, in MeetingsText.resx (English) and MeetingsText.zh-Hans.resx: the folder's components have it
/// as <c>Text</c> (its _Imports.razor injects <c>IStringLocalizer&lt;MeetingsText&gt;</c>).
/// </summary>
public sealed class MeetingsText
{
    /// <summary>For code without a localizer (the service's refusals): the wording in the reader's language.</summary>
    internal static string Say(string key, params object?[] args) => StaticText<MeetingsText>.Format(key, args);
}
