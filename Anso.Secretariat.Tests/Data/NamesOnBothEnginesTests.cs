using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Data;

/// <summary>Issue 12's rule for names, on each engine: accents and case do not matter in search, and names sort as read.</summary>
public class NamesOnBothEnginesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Universite_finds_Université_on_both_engines(DatabaseProvider engine)
    {
        using var database = WithMembers(engine, ("Université de Lyon", "FR"), ("Universidad de Chile", "CL"), ("ÉCOLE Polytechnique", "FR"));
        var register = new RegisterServices(database).Register;

        var universite = await register.PageAsync(new OrganizationFilter(Search: "universite"), OrganizationSort.Name);
        var ecole = await register.PageAsync(new OrganizationFilter(Search: "Ecole"), OrganizationSort.Name);

        Assert.Equal(["Université de Lyon"], universite.Rows.Select(r => r.Name));
        Assert.Equal(["ÉCOLE Polytechnique"], ecole.Rows.Select(r => r.Name));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task İstanbul_sorts_under_I_on_both_engines(DatabaseProvider engine)
    {
        using var database = WithMembers(engine, ("Jilin University", "CN"), ("İstanbul Teknik Üniversitesi", "TR"), ("Hanoi University", "VN"),
            ("istanbul Medeniyet University", "TR"), ("Izmir Institute", "TR"));
        var register = new RegisterServices(database).Register;

        var page = await register.PageAsync(new OrganizationFilter(), OrganizationSort.Name);

        Assert.Equal(["Hanoi University", "istanbul Medeniyet University", "İstanbul Teknik Üniversitesi", "Izmir Institute", "Jilin University"],
            page.Rows.Select(r => r.Name));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void A_name_with_its_acronym_in_brackets_finds_the_same_organization_on_both_engines(DatabaseProvider engine)
    {
        using var database = WithMembers(engine, ("Université de Lyon (UDL)", "FR"), ("Lyon Business School", "FR"));
        using var db = database.CreateContext();

        var candidates = db.Organizations.CouldBeTheSameAs(new NameInCountry("universite de lyon", "UDL", "FR")).Select(o => o.Name).ToList();

        Assert.Contains("Université de Lyon (UDL)", candidates);
        Assert.DoesNotContain("Lyon Business School", candidates);
    }

    private static TestDatabase WithMembers(DatabaseProvider engine, params (string Name, string Country)[] organizations)
    {
        var database = new TestDatabase(engine);
        var universities = database.CategoryId("Universities");
        database.Store(organizations.Select(o =>
        {
            var organization = new Organization(o.Name, o.Country, universities);
            organization.RecordExistingMembership(MembershipType.Full, new DateOnly(2020, 1, 1), founding: false);
            return (object)organization;
        }).ToArray());
        return database;
    }
}
