using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.AspNetCore.Components;

namespace Anso.Secretariat.App.Features.Meetings;

/// <summary>
/// What the meeting page's tabs (and the sections they are split into) share: the meeting, whether the user may change
/// it, and one way to run a change. The outcome goes through <see cref="Outcome"/>: a snackbar on success, the refusal
/// on the page (show it with <c>&lt;RefusalAlert Outcome="Outcome" OnReload="ReloadAsync" /&gt;</c>).
/// </summary>
public abstract class MeetingTab : ComponentBase
{
    [Parameter, EditorRequired] public Meeting Meeting { get; set; } = null!;
    [Parameter] public bool CanManage { get; set; }
    /// <summary>Asks the page to reload the meeting after a change.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] protected MeetingService Meetings { get; set; } = null!;
    [Inject] protected Outcome Outcome { get; set; } = null!;

    /// <summary>A change is running: its buttons stay disabled until it ends.</summary>
    protected bool Busy { get; private set; }

    /// <summary>Runs a change; on success shows <paramref name="done"/> and reloads the meeting. Returns whether it succeeded.</summary>
    protected async Task<bool> RunAsync(Func<Task> change, string done)
    {
        Busy = true;
        try
        {
            if (!await Outcome.RunAsync(change, done)) return false;
        }
        finally
        {
            Busy = false;
        }
        await OnChanged.InvokeAsync();
        return true;
    }

    /// <summary>After a conflict: loads the meeting as it now stands (RefusalAlert has cleared the refusal).</summary>
    protected Task ReloadAsync()
    {
        Outcome.Clear();
        return OnChanged.InvokeAsync();
    }
}
