namespace Anso.Secretariat.App.Features.Dashboard;

/// <summary>
/// The charts' colours, in order. The lists of links beside each chart use the same colour for the same figure, so
/// they serve as the chart's legend.
/// </summary>
public static class DashboardPalette
{
    public static readonly string[] Colors =
    [
        "#0b4f8a", "#3f8fcf", "#4aa38c", "#e0a030", "#c8553d", "#7a5195",
        "#8fa9c4", "#3d7a3d", "#d4789c", "#6b7785", "#b0902c", "#2c7f9e",
    ];

    public static string For(int index) => Colors[index % Colors.Length];
}
