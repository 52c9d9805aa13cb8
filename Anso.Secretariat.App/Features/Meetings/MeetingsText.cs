namespace Anso.Secretariat.App.Features.Meetings;

/// <summary>
/// The wording of the meetings screens, in MeetingsText.resx (English) and MeetingsText.zh-Hans.resx: the folder's components have it
/// as <c>Text</c> (its _Imports.razor injects <c>IStringLocalizer&lt;MeetingsText&gt;</c>).
/// </summary>
public sealed class MeetingsText;
