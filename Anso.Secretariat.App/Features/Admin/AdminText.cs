using Microsoft.Extensions.Localization;

namespace Anso.Secretariat.App.Features.Admin;

/// <summary>
/// The wording of the users page, its forms and its service, in AdminText.resx (English) and AdminText.zh-Hans.resx:
/// inject <c>IStringLocalizer&lt;AdminText&gt;</c>. The roles' names are here too (<see cref="RoleNames.RoleName"/>).
/// </summary>
public sealed class AdminText;

public static class RoleNames
{
    /// <summary>"GB member", "理事会成员": a role (<see cref="Account.Roles"/>) as people call it; an unknown role as it is stored.</summary>
    public static string RoleName(this IStringLocalizer<AdminText> text, string role) =>
        text[$"Role_{role}"] is { ResourceNotFound: false } name ? name.Value : role;
}
