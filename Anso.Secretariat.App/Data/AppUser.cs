using Microsoft.AspNetCore.Identity;

namespace Anso.Secretariat.App.Data;

public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>For a GB member: the GB member organization they represent.</summary>
    public int? OrganizationId { get; set; }
    public bool IsDisabled { get; set; }
    /// <summary>The secret in the user's private calendar feed URL; null until they ask for a feed, replaced when they reset it.</summary>
    public string? CalendarToken { get; set; }
    /// <summary>The language the user chose for the screens ("en", "zh-Hans"); null until they choose, when the browser's is used.</summary>
    public string? PreferredLanguage { get; set; }
}
