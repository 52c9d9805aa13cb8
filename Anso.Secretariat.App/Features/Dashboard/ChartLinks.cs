using Microsoft.AspNetCore.Components;

namespace Anso.Secretariat.App.Features.Dashboard;

/// <summary>A bar, slice or point of a chart opens the list behind it, as the number beside it does.</summary>
public static class ChartLinks
{
    /// <summary>
    /// The chart's selected index is kept at -1, so that choosing the first bar is a change too (MudChart reports
    /// only changes).
    /// </summary>
    public const int NothingSelected = -1;

    public static void Open(this NavigationManager nav, IReadOnlyList<Figure> figures, int index)
    {
        if (index >= 0 && index < figures.Count) nav.NavigateTo(figures[index].Href);
    }
}
