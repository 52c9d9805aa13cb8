using Microsoft.AspNetCore.Identity;

namespace Anso.Secretariat.App.Data;

public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>For a GB member: the GB member organization they represent.</summary>
    public int? OrganizationId { get; set; }
    public bool IsDisabled { get; set; }
}
