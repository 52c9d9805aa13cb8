using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Members;

/// <summary>
/// Issue 15 on each engine: search, the register's filter and the duplicate check find an organization by its English
/// name or by its name in its own script ("科学院" finds 中国科学院), through the trigram index (Data/NameSearch).
/// </summary>
public class FindingOrganizationsByEitherNameTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Part_of_a_name_in_its_own_script_finds_the_organization_in_search(DatabaseProvider engine)
    {
        using var database = WithMembers(engine);
        var search = new RegisterServices(database).Search;

        var chinese = await search.SearchAsync("科学院");
        var thai = await search.SearchAsync("วิทยาศาสตร์");
        var russian = await search.SearchAsync("РОССИЙСКАЯ");

        Assert.Equal(["Chinese Academy of Sciences (CAS)"], chinese.Organizations.Select(h => $"{h.Name} ({h.Acronym})"));
        Assert.Equal("中国科学院", chinese.Organizations.Single().NativeName);
        Assert.Equal(["National Science and Technology Development Agency (NSTDA)"], thai.Organizations.Select(h => $"{h.Name} ({h.Acronym})"));
        Assert.Equal(["Russian Academy of Sciences (RAS)"], russian.Organizations.Select(h => $"{h.Name} ({h.Acronym})"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_query_shorter_than_a_trigram_still_finds_by_either_name(DatabaseProvider engine)
    {
        using var database = WithMembers(engine);
        var search = new RegisterServices(database).Search;

        var twoCharacters = await search.SearchAsync("中国");
        var acronym = await search.SearchAsync("ra");

        Assert.Equal(["Chinese Academy of Sciences (CAS)"], twoCharacters.Organizations.Select(h => $"{h.Name} ({h.Acronym})"));
        Assert.Contains("Russian Academy of Sciences (RAS)", acronym.Organizations.Select(h => $"{h.Name} ({h.Acronym})"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task English_names_and_acronyms_are_found_as_before(DatabaseProvider engine)
    {
        using var database = WithMembers(engine);
        var search = new RegisterServices(database).Search;

        Assert.Equal(["Chinese Academy of Sciences (CAS)"], (await search.SearchAsync("chinese academy of sciences")).Organizations.Select(h => $"{h.Name} ({h.Acronym})"));
        Assert.Equal(["National Science and Technology Development Agency (NSTDA)"], (await search.SearchAsync("nstda")).Organizations.Select(h => $"{h.Name} ({h.Acronym})"));
        Assert.Empty((await search.SearchAsync("Российская академия образования")).Organizations);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_register_list_filters_by_either_name_and_shows_both(DatabaseProvider engine)
    {
        using var database = WithMembers(engine);
        var register = new RegisterServices(database).Register;

        var page = await register.PageAsync(new OrganizationFilter(Search: "академия"), OrganizationSort.Name);

        var row = Assert.Single(page.Rows);
        Assert.Equal(("Russian Academy of Sciences", "Российская академия наук"), (row.Name, row.NativeName));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_changed_name_in_its_own_script_is_found_by_the_new_name_only(DatabaseProvider engine)
    {
        using var database = WithMembers(engine);
        var services = new RegisterServices(database);
        var mas = await IdOfAsync(database, "MAS");
        async Task RenameInOwnScriptAsync(string native)
        {
            var organization = (await services.Register.FindAsync(mas))!.Organization;
            var details = OrganizationDetails.Of(organization);
            details.NativeName = native;
            await services.Register.EditAsync(mas, organization.Version, details);
        }

        await RenameInOwnScriptAsync("Монгол Улсын Шинжлэх Ухааны Академи");
        var beforeAnyName = await services.Search.SearchAsync("Шинжлэх");
        await RenameInOwnScriptAsync("Шинжлэх Ухааны Академи");

        Assert.Equal(["Mongolian Academy of Sciences (MAS)"], beforeAnyName.Organizations.Select(h => $"{h.Name} ({h.Acronym})"));
        Assert.Empty((await services.Search.SearchAsync("Монгол Улсын")).Organizations);
        Assert.Single((await services.Search.SearchAsync("Ухааны")).Organizations);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_new_application_under_a_members_name_in_its_own_script_is_refused(DatabaseProvider engine)
    {
        using var database = WithMembers(engine);
        var applications = Services.Applications(database);

        var refusal = await Assert.ThrowsAsync<ValidationException>(() => applications.CreateAsync(new NewApplication
        {
            OrganizationName = "中国科学院", CountryCode = "CN", CategoryId = database.CategoryId("National Academies"),
            ReceivedOn = new DateOnly(2024, 1, 8),
        }));

        Assert.Contains("Chinese Academy of Sciences (China) is already a member of ANSO.", refusal.Message);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Giving_another_organization_the_same_name_in_its_own_script_is_refused(DatabaseProvider engine)
    {
        using var database = WithMembers(engine);
        var register = new RegisterServices(database).Register;
        var other = new Organization("Academy of Sciences of China", "CN", database.CategoryId("National Academies"));
        database.Store(other);
        var details = OrganizationDetails.Of(other);
        details.NativeName = "  中国科学院 ";

        var refusal = await Assert.ThrowsAsync<ValidationException>(() => register.EditAsync(other.Id, other.Version, details));

        Assert.Contains("Chinese Academy of Sciences (China) is already in the register", refusal.Message);
    }

    [Fact]
    public void Two_organizations_cannot_be_stored_with_one_name_in_their_own_script_in_one_country()
    {
        using var database = WithMembers(DatabaseProvider.Sqlite);
        using var db = database.CreateContext();
        db.Organizations.Add(new Organization("Academy of Sciences of China", "CN", database.CategoryId("National Academies"), nativeName: "中国科学院"));

        var refusal = Assert.Throws<DbUpdateException>(() => db.SaveChanges());

        Assert.True(refusal.IsDuplicateOrganizationName());
    }

    private static async Task<int> IdOfAsync(TestDatabase database, string acronym)
    {
        await using var db = database.CreateContext();
        return await db.Organizations.Where(o => o.Acronym == acronym).Select(o => o.Id).SingleAsync();
    }

    internal static TestDatabase WithMembers(DatabaseProvider engine)
    {
        var database = new TestDatabase(engine);
        var (academies, institutes) = (database.CategoryId("National Academies"), database.CategoryId("National Research Institutes and Agencies"));
        database.Store(new[]
        {
            new Organization("Chinese Academy of Sciences", "CN", academies, "CAS", "中国科学院"),
            new Organization("National Science and Technology Development Agency", "TH", institutes, "NSTDA", "สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ"),
            new Organization("Russian Academy of Sciences", "RU", academies, "RAS", "Российская академия наук"),
            new Organization("Mongolian Academy of Sciences", "MN", academies, "MAS"),
            new Organization("Chinese Academy of Agricultural Sciences", "CN", academies, "CAAS"),
        }.Select(o =>
        {
            o.RecordExistingMembership(MembershipType.Full, new DateOnly(2018, 11, 4), founding: true);
            return (object)o;
        }).ToArray());
        return database;
    }
}
