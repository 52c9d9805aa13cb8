using System.Linq.Expressions;
using Anso.Secretariat.App.Components.Shared;
using MudBlazor;
using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.App.Features.Members;

public partial class OrganizationsPage
{
    /// <summary>
    /// The grid's columns, each made once for the process: MudBlazor's <c>PropertyColumn</c> compiles its expression
    /// whenever it receives another instance, and a lambda written in the markup is another instance at every render.
    /// </summary>
    private static class Columns
    {
        public static readonly Expression<Func<OrganizationRow, string>> Name = r => r.Name;
        public static readonly Expression<Func<OrganizationRow, string>> Country = r => r.CountryName;
        public static readonly Expression<Func<OrganizationRow, string>> Category = r => r.Category;
        public static readonly Expression<Func<OrganizationRow, OrganizationStatus>> Status = r => r.Status;
        public static readonly Expression<Func<OrganizationRow, DateOnly?>> MemberSince = r => r.MemberSince;
    }

    // The row's chips, drawn as plain markup (no component per row); their classes made once for the process.
    private static readonly string FoundingChipClasses = MudClasses.Chip(Variant.Outlined, Size.Small, Color.Default, "ml-1");
    private static readonly string BoardChipClasses = MudClasses.Chip(Variant.Outlined, Size.Small, Color.Primary, "ml-1");
}
