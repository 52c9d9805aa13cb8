using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.App.Features.Members;

public static class SameOrganizationQuery
{
    /// <summary>
    /// The organizations that can be the same as <paramref name="name"/> (<see cref="OrganizationNames.AreSame"/> decides):
    /// those of its country with one of its normalized names, English or in its own script, as either of theirs (the unique
    /// indexes find them), and, when the name has an acronym, those with an acronym of their own. A name without one never
    /// loads the whole country. The last character is compared with = rather than EndsWith (LIKE), which PostgreSQL cannot
    /// run on the names' nondeterministic collation.
    /// </summary>
    public static IQueryable<Organization> CouldBeTheSameAs(this IQueryable<Organization> organizations, NameInCountry name)
    {
        var (key, native) = (name.Key, name.NativeKey.Length > 0 ? name.NativeKey : name.Key);
        return name.AcronymKey.Length == 0
            ? organizations.Where(o => o.CountryCode == name.Country
                && (o.NameKey == key || o.NameKey == native || o.NativeNameKey == key || o.NativeNameKey == native))
            : organizations.Where(o => o.CountryCode == name.Country
                && (o.NameKey == key || o.NameKey == native || o.NativeNameKey == key || o.NativeNameKey == native
                    || o.Acronym != null || o.Name.Substring(o.Name.Length - 1) == ")"));
    }
}
