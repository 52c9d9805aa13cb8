using System.Text;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Documents;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Data;

/// <summary>Names sort as people read them (İstanbul under I, Łódź under L), in the database's lists, the register PDF and the CSV.</summary>
public class SortingNamesAsReadTests
{
    private static readonly string[] AsRead =
    [
        "Ankara University", "İstanbul Teknik Üniversitesi", "Łódź University of Technology", "Lyon 1 University", "Zagreb University",
    ];

    private static TestDatabase WithMembers()
    {
        var database = new TestDatabase();
        var universities = database.CategoryId("Universities");
        // Stored in an order that is neither the reading order nor the byte order.
        var organizations = new[] { ("Zagreb University", "HR"), ("Łódź University of Technology", "PL"), ("Ankara University", "TR"),
            ("Lyon 1 University", "FR"), ("İstanbul Teknik Üniversitesi", "TR") }
            .Select(o =>
            {
                var organization = new Organization(o.Item1, o.Item2, universities);
                organization.RecordExistingMembership(MembershipType.Full, new DateOnly(2020, 1, 1), founding: false);
                return organization;
            }).ToArray();
        database.Store(organizations);
        return database;
    }

    [Fact]
    public async Task The_register_list_sorts_names_as_people_read_them()
    {
        using var database = WithMembers();
        var register = new RegisterServices(database).Register;

        var ascending = await register.PageAsync(new OrganizationFilter(), OrganizationSort.Name);
        var descending = await register.PageAsync(new OrganizationFilter(), OrganizationSort.Name, descending: true);

        Assert.Equal(AsRead, ascending.Rows.Select(r => r.Name));
        Assert.Equal(AsRead.Reverse(), descending.Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task The_applications_list_sorts_organizations_as_people_read_them()
    {
        using var database = new TestDatabase();
        var universities = database.CategoryId("Universities");
        var service = Services.Applications(database);
        foreach (var (name, country) in new[] { ("Zagreb University", "HR"), ("Łódź University of Technology", "PL"), ("Ankara University", "TR"),
                     ("Lyon 1 University", "FR"), ("İstanbul Teknik Üniversitesi", "TR") })
        {
            var input = A.ValidNewApplication(universities);
            (input.OrganizationName, input.Acronym, input.CountryCode) = (name, null, country);
            await service.CreateAsync(input);
        }

        var (rows, _) = await service.ListAsync(new ApplicationFilter(), ApplicationSort.Organization, descending: false);

        Assert.Equal(AsRead, rows.Select(r => r.OrganizationName));
    }

    [Fact]
    public async Task The_register_of_members_pdf_lists_names_as_people_read_them()
    {
        using var database = WithMembers();
        var members = await new RegisterServices(database).Register.MembersAsync();

        var text = PdfTools.Text(PdfRenderer.Render(MemberRegisterDocument.Build(members, new DateOnly(2026, 12, 2))));

        var positions = AsRead.Select(name => text.IndexOf(name, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task The_register_csv_lists_names_as_people_read_them()
    {
        using var database = WithMembers();

        var csv = Encoding.UTF8.GetString((await new RegisterServices(database).Export.RegisterAsync(new OrganizationFilter())).Content);

        var positions = AsRead.Select(name => csv.IndexOf(name, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }
}
