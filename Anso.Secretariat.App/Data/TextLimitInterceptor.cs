using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// The server's last word on text length: no text longer than its column's declared limit (<c>TextLimits</c>) is ever
/// saved, whichever screen, import or service it came from. SQLite itself would keep any length, and a text that is
/// stored in part is worse than one refused. The refusal names the field, so the screen puts it under that field.
/// </summary>
public sealed partial class TextLimitInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RefuseTooLong(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        RefuseTooLong(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void RefuseTooLong(DbContext? context)
    {
        if (context is null) return;
        var failures = new List<ValidationFailure>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties) Check(property, failures);
            foreach (var complex in entry.ComplexProperties)
                foreach (var property in complex.Properties) Check(property, failures);
        }
        if (failures.Count > 0) throw new ValidationException(failures);
    }

    private static void Check(PropertyEntry property, List<ValidationFailure> failures)
    {
        if (property.CurrentValue is not string text || property.Metadata.GetMaxLength() is not { } max || text.Length <= max) return;
        var name = property.Metadata.Name;
        failures.Add(new ValidationFailure(name,
            $"{Readable(name)} can be at most {max:N0} characters long; this one has {text.Length:N0}. Nothing was saved."));
    }

    /// <summary>"ContactEmail" reads "Contact email".</summary>
    private static string Readable(string propertyName)
    {
        var words = WordStart().Replace(propertyName, " $1").Trim();
        return words.Length == 0 ? propertyName : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
