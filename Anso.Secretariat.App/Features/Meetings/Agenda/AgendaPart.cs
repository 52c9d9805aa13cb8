using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Anso.Secretariat.App.Features.Meetings.Agenda;

/// <summary>
/// What the agenda's parts that change something share: the meeting, a reload after each change, and one way to run a
/// change. Each part has its own <see cref="Outcome"/>, so a refusal shows next to the button that caused it.
/// </summary>
public abstract class AgendaPart : ComponentBase
{
    [Parameter, EditorRequired] public Meeting Meeting { get; set; } = null!;

    /// <summary>Asks the meeting page to load the meeting again: after a change, or on Reload after a conflict.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] protected MeetingService Meetings { get; set; } = null!;
    [Inject] protected Outcome Outcome { get; set; } = null!;
    [Inject] protected IDialogService Dialogs { get; set; } = null!;

    /// <summary>A change is running: its buttons are disabled, so a double click does not send it twice.</summary>
    protected bool Busy { get; private set; }

    /// <summary>Runs a change: on success shows <paramref name="success"/> as a snackbar and reloads the meeting.</summary>
    protected async Task<bool> ChangeAsync(Func<Task> change, string success)
    {
        Busy = true;
        try
        {
            if (!await Outcome.RunAsync(change, success)) return false;
            await OnChanged.InvokeAsync();
            return true;
        }
        finally
        {
            Busy = false;
        }
    }
}
