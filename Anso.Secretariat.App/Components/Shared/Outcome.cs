using Anso.Secretariat.Domain.Common;
using FluentValidation;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace Anso.Secretariat.App.Components.Shared;

/// <summary>
/// The one path for the outcome of a change on a screen: success is a snackbar; a refusal stays on the page, with its
/// reason (<see cref="RefusalAlert"/>), each field's message under its field (<see cref="ErrorFor"/>), and a Reload button
/// when someone else saved first. Injected per component (transient), so each page and dialog has its own.
/// </summary>
public sealed class Outcome(ISnackbar snackbar, ILogger<Outcome> log)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>Why the last change was refused, or null.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The refusal is someone else's newer save: offer to reload. What the user typed stays on screen.</summary>
    public bool IsConflict { get; private set; }

    public IReadOnlyDictionary<string, string[]> FieldErrors { get; private set; } = NoErrors;

    /// <summary>Each field's message again, listed under the refusal, so none is missed on a long form.</summary>
    public IReadOnlyList<string> Reasons { get; private set; } = [];

    /// <summary>The server's message for one field (the validator's property name), to show under it.</summary>
    public string? ErrorFor(string field) =>
        FieldErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public bool HasError(string field) => FieldErrors.ContainsKey(field);

    /// <summary>
    /// Runs a change. On success shows <paramref name="success"/> (when given) and returns true; on a refusal keeps the
    /// reason for the page and returns false. Anything unexpected goes on to the error boundary.
    /// </summary>
    public async Task<bool> RunAsync(Func<Task> change, string? success, string? invalid = null)
    {
        Clear();
        try
        {
            await change();
            if (success is not null) Succeeded(success);
            return true;
        }
        catch (ValidationException ex)
        {
            FieldErrors = ex.Errors.GroupBy(e => e.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(Refusals.Say).Distinct().ToArray());
            Refusal = invalid ?? StaticText<SharedText>.Get("NothingSaved");
            Reasons = [.. ex.Errors.Select(Refusals.Say).Distinct()];
        }
        catch (ConcurrencyConflictException ex)
        {
            Refusal = Refusals.Say(ex);
            IsConflict = true;
        }
        catch (DomainException ex)
        {
            // The log keeps the English (Message); the user reads the refusal in their own language.
            log.LogInformation("Refused: {Reason}", ex.Message);
            Refusal = Refusals.Say(ex);
        }
        return false;
    }

    /// <summary>Runs a change that returns a value; the value is default when refused.</summary>
    public async Task<(bool Done, T? Value)> RunAsync<T>(Func<Task<T>> change, Func<T, string?> success, string? invalid = null)
    {
        T? value = default;
        var done = await RunAsync(async () => { value = await change(); }, null, invalid);
        if (done && success(value!) is { } text) Succeeded(text);
        return (done, value);
    }

    public void Succeeded(string text) => snackbar.Add(text, Severity.Success);

    /// <summary>A refusal the page decides itself (a file too large, nothing chosen).</summary>
    public void Refuse(string reason)
    {
        Clear();
        Refusal = reason;
    }

    public void Clear()
    {
        Refusal = null;
        IsConflict = false;
        FieldErrors = NoErrors;
        Reasons = [];
    }
}
