namespace Anso.Secretariat.App.Features.Search;

/// <summary>The search's wording: SearchText.resx (English) and SearchText.zh-Hans.resx.</summary>
public sealed class SearchText;
