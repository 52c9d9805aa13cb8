using MudBlazor;

namespace Anso.Secretariat.App.Components.Shared;

public static class Confirmations
{
    /// <summary>
    /// Asks before something that cannot be undone (removing, disabling, recording decisions). True only when the user
    /// chose <paramref name="yes"/>; closing the box or Cancel is a no.
    /// </summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string question, string yes) =>
        await dialogs.ShowMessageBoxAsync(title, question, yesText: yes, cancelText: StaticText<SharedText>.Get("Cancel"),
            options: new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true }) == true;
}
