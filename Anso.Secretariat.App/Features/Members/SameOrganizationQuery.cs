using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.App.Features.Members;

public static class SameOrganizationQuery
{
    /// <summary>
    /// The organizations that can be the same as <paramref name="name"/> (<see cref="OrganizationNames.AreSame"/> decides):
    /// those of its country with the same stored normalized name (the unique index finds them), and, when the name has an
    /// acronym, those with an acronym of their own. A name without one never loads the whole country. The last character is
    /// compared with = rather than EndsWith (LIKE), which PostgreSQL cannot run on the names' nondeterministic collation.
    /// </summary>
    public static IQueryable<Organization> CouldBeTheSameAs(this IQueryable<Organization> organizations, NameInCountry name) =>
        name.AcronymKey.Length == 0
            ? organizations.Where(o => o.CountryCode == name.Country && o.NameKey == name.Key)
            : organizations.Where(o => o.CountryCode == name.Country && (o.NameKey == name.Key || o.Acronym != null || o.Name.Substring(o.Name.Length - 1) == ")"));
}
