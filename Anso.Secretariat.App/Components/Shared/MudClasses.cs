using MudBlazor;

namespace Anso.Secretariat.App.Components.Shared;

/// <summary>
/// MudBlazor's classes for links and chips that a list draws as plain markup in every row, so that the circuit holds no
/// component per row (README, "Memory per circuit"); the look stays MudLink's and MudChip's.
/// </summary>
public static class MudClasses
{
    /// <summary>MudLink's: primary colour, underlined on hover.</summary>
    public const string Link = "mud-typography mud-link mud-primary-text mud-link-underline-hover";

    /// <summary>MudChip's for this variant, size and colour, then <paramref name="extra"/>. Callers build theirs once and keep it.</summary>
    public static string Chip(Variant variant, Size size, Color color, string extra) =>
        $"mud-chip mud-chip-{Lower(variant)} mud-chip-size-{Lower(size)} mud-chip-color-{Lower(color)} {extra}";

    private static string Lower(Enum value) => value.ToString().ToLowerInvariant();
}
