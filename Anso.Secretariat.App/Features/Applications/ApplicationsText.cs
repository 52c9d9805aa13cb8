namespace Anso.Secretariat.App.Features.Applications;

/// <summary>The applications' wording: ApplicationsText.resx (English) and ApplicationsText.zh-Hans.resx.</summary>
public sealed class ApplicationsText;
