using MudBlazor;

namespace Anso.Secretariat.App.Components.Layout;

/// <summary>The alliance's blue on calm greys; system fonts, since the app loads nothing from outside.</summary>
public static class SecretariatTheme
{
    public const string AnsoBlue = "#0b4f8a";

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = AnsoBlue,
            PrimaryDarken = "#083a66",
            PrimaryLighten = "#2f6fa8",
            Secondary = "#5d6b7a",
            AppbarBackground = AnsoBlue,
            Background = "#f4f6f9",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1d2733",
            TextSecondary = "#5d6b7a",
            Success = "#1e6b3a",
            Error = "#b3261e",
            ActionDisabled = "rgba(0,0,0,0.38)",
            ActionDisabledBackground = "rgba(0,0,0,0.12)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
            H1 = new H1Typography { FontSize = "1.6rem", FontWeight = "600", LineHeight = "1.3" },
            H2 = new H2Typography { FontSize = "1.15rem", FontWeight = "600", LineHeight = "1.4" },
            H3 = new H3Typography { FontSize = "1rem", FontWeight = "600", LineHeight = "1.4" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
