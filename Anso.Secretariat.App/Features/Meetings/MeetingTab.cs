using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using FluentValidation;
using Microsoft.AspNetCore.Components;

namespace Anso.Secretariat.App.Features.Meetings;

/// <summary>
/// What the meeting page's tabs share: the meeting, whether the user may change it, and one way to run a change and
/// report it (field messages for invalid input, the refusal's own message otherwise; a conflict offers a reload).
/// </summary>
public abstract class MeetingTab : ComponentBase
{
    [Parameter, EditorRequired] public Meeting Meeting { get; set; } = null!;
    [Parameter] public bool CanManage { get; set; }
    /// <summary>Asks the page to reload the meeting after a change.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] protected MeetingService Meetings { get; set; } = null!;

    protected string? Message { get; private set; }
    protected bool MessageIsError { get; private set; }
    protected bool IsConflict { get; private set; }
    protected IReadOnlyDictionary<string, string[]>? Errors { get; private set; }
    protected bool Busy { get; private set; }

    /// <summary>Runs a change; on success shows <paramref name="done"/> and reloads the meeting. Returns whether it succeeded.</summary>
    protected async Task<bool> RunAsync(Func<Task> change, string done)
    {
        Busy = true;
        Errors = null;
        IsConflict = false;
        try
        {
            await change();
            Show(done, isError: false);
            await OnChanged.InvokeAsync();
            return true;
        }
        catch (ValidationException ex)
        {
            Errors = ex.ByField();
            Show("Nothing was saved. Correct the fields marked below.", isError: true);
        }
        catch (ConcurrencyConflictException ex)
        {
            IsConflict = true;
            Show(ex.Message, isError: true);
        }
        catch (DomainException ex)
        {
            Show(ex.Message, isError: true);
        }
        finally
        {
            Busy = false;
        }
        return false;
    }

    protected async Task ReloadAsync()
    {
        Message = null;
        IsConflict = false;
        await OnChanged.InvokeAsync();
    }

    protected void Show(string text, bool isError)
    {
        Message = text;
        MessageIsError = isError;
    }
}
