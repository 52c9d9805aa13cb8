namespace Anso.Secretariat.App.Features.Dashboard;

/// <summary>The dashboard's wording: DashboardText.resx (English) and DashboardText.zh-Hans.resx.</summary>
public sealed class DashboardText;
