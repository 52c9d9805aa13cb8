using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Anso.Secretariat.App.Features.Admin;

/// <summary>
/// The wording of the users page, its forms and its service, in AdminText.resx (English) and AdminText.zh-Hans.resx:
/// inject <c>IStringLocalizer&lt;AdminText&gt;</c>. The roles' names are here too (<see cref="RoleNames.RoleName"/>).
/// </summary>
public sealed class AdminText
{
    /// <summary>The same wording for code that no component injects into (the account service, its validator), in the current UI culture.</summary>
    internal static IStringLocalizer<AdminText> Current { get; } = new StringLocalizer<AdminText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}

public static class RoleNames
{
    /// <summary>"GB member", "理事会成员": a role (<see cref="Account.Roles"/>) as people call it; an unknown role as it is stored.</summary>
    public static string RoleName(this IStringLocalizer<AdminText> text, string role) =>
        text[$"Role_{role}"] is { ResourceNotFound: false } name ? name.Value : role;
}
