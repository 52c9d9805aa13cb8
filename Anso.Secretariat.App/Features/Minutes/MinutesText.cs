namespace Anso.Secretariat.App.Features.Minutes;

/// <summary>
/// The wording of the minutes screens, in MinutesText.resx (English) and MinutesText.zh-Hans.resx: the folder's components have it
/// as <c>Text</c> (its _Imports.razor injects <c>IStringLocalizer&lt;MinutesText&gt;</c>).
/// </summary>
public sealed class MinutesText;
