namespace Anso.Secretariat.App.Features.Members;

/// <summary>The register's wording: MembersText.resx (English) and MembersText.zh-Hans.resx.</summary>
public sealed class MembersText;
