using Anso.Secretariat.App.Components.Shared;

namespace Anso.Secretariat.App.Features.Notifications;

/// <summary>
/// The wording of the notifications screens (the emails themselves stay English), in NotificationsText.resx (English) and NotificationsText.zh-Hans.resx: the folder's components have it
/// as <c>Text</c> (its _Imports.razor injects <c>IStringLocalizer&lt;NotificationsText&gt;</c>).
/// </summary>
public sealed class NotificationsText
{
    /// <summary>For code without a localizer (the service's refusals): the wording in the reader's language.</summary>
    internal static string Say(string key, params object?[] args) => StaticText<NotificationsText>.Format(key, args);
}
