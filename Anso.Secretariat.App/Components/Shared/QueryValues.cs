using System.Globalization;

namespace Anso.Secretariat.App.Components.Shared;

/// <summary>
/// A list page's address is its filter, and anyone can type one. These read its values: a value of the wrong kind or out
/// of range (<c>?admitted=-5</c>, <c>?year=99999</c>, <c>?category=abc</c>, <c>?state=999</c>) is ignored, so the page
/// opens without that filter instead of failing.
/// </summary>
public static class QueryValues
{
    /// <summary>A record's number: a positive whole number.</summary>
    public static int? Id(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>A year a date can have (1 to 9999).</summary>
    public static int? Year(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year >= DateOnly.MinValue.Year && year <= DateOnly.MaxValue.Year ? year : null;

    /// <summary>One of the enum's named values, in any case ("admitted", "Admitted").</summary>
    public static T? Named<T>(string? value) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && !char.IsAsciiDigit(value.Trim()[0]) && value.Trim()[0] != '-'
        && Enum.TryParse<T>(value, true, out var named) && Enum.IsDefined(named) ? named : null;
}
