namespace Anso.Secretariat.App.Features.Decisions;

/// <summary>The decision register's wording: DecisionsText.resx (English) and DecisionsText.zh-Hans.resx.</summary>
public sealed class DecisionsText;
