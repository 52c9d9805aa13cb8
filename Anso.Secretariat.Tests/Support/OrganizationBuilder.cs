using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.Tests.Support;

/// <summary><c>An.Organization.Named("Université de Belgrade").In("RS").InCategory(4).Build()</c>.</summary>
public sealed class OrganizationBuilder
{
    private static int _counter;

    private string _name = $"Institute of Applied Sciences No. {Interlocked.Increment(ref _counter)}";
    private string? _acronym;
    private string _country = "RS";
    private int _categoryId = 1;

    public OrganizationBuilder Named(string name, string? acronym = null)
    {
        _name = name;
        _acronym = acronym;
        return this;
    }

    public OrganizationBuilder In(string countryCode)
    {
        _country = countryCode;
        return this;
    }

    public OrganizationBuilder InCategory(int categoryId)
    {
        _categoryId = categoryId;
        return this;
    }

    public Organization Build() => new(_name, _country, _categoryId, _acronym);

    public static implicit operator Organization(OrganizationBuilder b) => b.Build();
}
