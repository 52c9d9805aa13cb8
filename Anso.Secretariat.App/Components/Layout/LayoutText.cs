namespace Anso.Secretariat.App.Components.Layout;

/// <summary>The shell's wording (app bar, navigation, the page error, the language choice): LayoutText.resx and LayoutText.zh-Hans.resx.</summary>
public sealed class LayoutText;
