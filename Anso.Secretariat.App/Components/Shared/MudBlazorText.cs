using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Anso.Secretariat.App.Components.Shared;

/// <summary>
/// MudBlazor's own words (the pager's "Rows per page:", the date picker's buttons, Close) in the reader's language:
/// MudBlazorText.resx repeats MudBlazor's English under its keys, MudBlazorText.zh-Hans.resx says them in Chinese.
/// </summary>
public sealed class MudBlazorText;

/// <summary>
/// What MudBlazor asks for a text it shows when the reader's language is not English (for English it keeps its own). A key
/// the resources lack is reported not found, and MudBlazor falls back to its English.
/// </summary>
public sealed class SecretariatMudLocalizer(IStringLocalizer<MudBlazorText> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => texts[key];

    public override LocalizedString this[string key, params object[] arguments] => texts[key, arguments];
}
