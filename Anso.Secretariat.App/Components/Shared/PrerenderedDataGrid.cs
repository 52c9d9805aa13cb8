using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Anso.Secretariat.App.Components.Shared;

/// <summary>
/// A <see cref="MudDataGrid{T}"/> that asks its <see cref="MudDataGrid{T}.ServerData"/> for the current page before its
/// first render. MudBlazor asks only after the first render, which a prerender never has: its HTML had no rows, and the
/// user waited for the circuit to see any. Give it a ServerData that serves a page already loaded again
/// (<see cref="ListPages{TRequest, TPage}"/>): MudBlazor still asks once more after the first render.
/// </summary>
[CascadingTypeParameter(nameof(T))]
public sealed class PrerenderedDataGrid<T> : MudDataGrid<T>
{
    protected override async Task OnInitializedAsync()
    {
        await base.OnInitializedAsync();
        await ReloadServerData();
    }
}
