using FluentValidation;

namespace Anso.Secretariat.App.Components.Shared;

public static class FieldErrors
{
    /// <summary>A refused form's messages by field, as <see cref="FieldError"/> shows them next to each field.</summary>
    public static IReadOnlyDictionary<string, string[]> ByField(this ValidationException refused) =>
        refused.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>The field's aria-invalid attribute: "true" when it has a message, otherwise left out.</summary>
    public static string? AriaInvalid(this IReadOnlyDictionary<string, string[]>? errors, string field) =>
        errors?.ContainsKey(field) == true ? "true" : null;
}
