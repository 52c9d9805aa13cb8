namespace Anso.Secretariat.App.Components.Shared;

/// <summary>
/// The wording that several features share (Save, Cancel, Reload...), in SharedText.resx (English) and
/// SharedText.zh-Hans.resx: inject <c>IStringLocalizer&lt;SharedText&gt;</c>. Each feature has a marker of its own.
/// </summary>
public sealed class SharedText;
