using Anso.Secretariat.App.Components.Shared;
using MudBlazor;
using MudBlazor.Services;

namespace Anso.Secretariat.App.Components;

public static class ScreenServices
{
    /// <summary>What the screens need beside the feature services: MudBlazor, the outcome path and the wording. Component tests call it too.</summary>
    public static IServiceCollection AddSecretariatScreens(this IServiceCollection services)
    {
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.PreventDuplicates = false;
            config.SnackbarConfiguration.VisibleStateDuration = 4000;
            // Each outcome shows at once: beyond this number MudBlazor queues new notes until older ones close,
            // so a quick series of changes would hide whether the latest one was done.
            config.SnackbarConfiguration.MaxDisplayedSnackbars = 10;
            config.SnackbarConfiguration.ShowCloseIcon = true;
        });
        services.AddTransient<Outcome>();
        // Screen wording in .resx files beside a marker class per feature (ScreenText.cs, ScreenText.resx, ScreenText.zh-Hans.resx).
        services.AddLocalization();
        // MudBlazor's own words (pager, date picker, Close) in the reader's language, from MudBlazorText's resources.
        services.AddTransient<MudLocalizer, SecretariatMudLocalizer>();
        return services;
    }
}
