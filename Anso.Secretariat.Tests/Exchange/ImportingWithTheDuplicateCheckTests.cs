using System.Text;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Exchange;

/// <summary>Both imports find an organization as the forms' duplicate check does: normalized name, or acronym, in the country.</summary>
public class ImportingWithTheDuplicateCheckTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly RegisterServices services;

    public ImportingWithTheDuplicateCheckTests()
    {
        services = new RegisterServices(database);
        var csic = new Organization("Consejo Superior de Investigaciones Científicas", "ES", database.CategoryId("National Research Institutes and Agencies"), "CSIC");
        csic.RecordExistingMembership(MembershipType.Full, new DateOnly(2019, 11, 6), founding: false);
        database.Store(csic);
    }

    public void Dispose() => database.Dispose();

    private static byte[] Csv(string header, params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\n", [header, .. rows]));

    [Fact]
    public async Task A_register_row_with_a_trailing_acronym_a_leading_The_or_only_the_same_acronym_is_already_present()
    {
        var preview = await services.Import.PreviewAsync(ImportKind.Organizations, "register.csv", Csv(
            "Name,Acronym,Country,Category,Status",
            "The Consejo Superior de Investigaciones Cientificas (CSIC),,Spain,National Research Institutes and Agencies,Applicant",
            "Spanish National Research Council,C.S.I.C.,ES,National Research Institutes and Agencies,Applicant",
            "Consejo Superior de Investigaciones Científicas,CSIC,Portugal,National Research Institutes and Agencies,Applicant"));

        Assert.Equal([RowOutcome.AlreadyPresent, RowOutcome.AlreadyPresent, RowOutcome.New], preview.Rows.Select(r => r.Outcome));
    }

    [Fact]
    public async Task A_register_row_keeps_the_name_in_its_own_script_and_is_compared_by_it()
    {
        const string header = "Name,Name in own script,Country,Category,Status";
        var twice = await services.Import.PreviewAsync(ImportKind.Organizations, "register.csv", Csv(header,
            "Chinese Academy of Sciences,中国科学院,China,National Academies,Applicant",
            "Academy of Sciences of China,中国科学院,CN,National Academies,Applicant"));
        var report = await services.Import.ImportAsync(ImportKind.Organizations, "register.csv", Csv(header,
            "Chinese Academy of Sciences,中国科学院,China,National Academies,Applicant"));
        var again = await services.Import.PreviewAsync(ImportKind.Organizations, "register.csv", Csv(header,
            "CAS Beijing,中国科学院,CN,National Academies,Applicant"));

        Assert.Equal([RowOutcome.New, RowOutcome.Error], twice.Rows.Select(r => r.Outcome));
        Assert.Equal(1, report.New);
        await using var db = database.CreateContext();
        Assert.Equal("中国科学院", await db.Organizations.Where(o => o.CountryCode == "CN").Select(o => o.NativeName).SingleAsync());
        Assert.Equal(RowOutcome.AlreadyPresent, Assert.Single(again.Rows).Outcome);
    }

    [Fact]
    public async Task An_application_row_for_a_member_under_another_form_of_its_name_is_refused_as_on_the_form()
    {
        var preview = await services.Import.PreviewAsync(ImportKind.Applications, "applications.csv", Csv(
            "Organization,Acronym,Country,Category,State,Received",
            "CONSEJO SUPERIOR DE INVESTIGACIONES CIENTIFICAS (CSIC),,ES,,Received,2025-03-01"));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Error, row.Outcome);
        Assert.Contains("Consejo Superior de Investigaciones Científicas (Spain) is already a member of ANSO.", Assert.Single(row.Messages));
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Organizations.CountAsync());
    }
}

/// <summary>The demo data obeys the duplicate check, so the unique normalized name holds on a new database.</summary>
public class DemoDataNamesTests : DemoDataTest
{
    [Fact]
    public async Task No_two_demo_organizations_are_the_same_organization_to_the_duplicate_check()
    {
        await using var db = Database.CreateContext();
        var names = (await db.Organizations.AsNoTracking().ToListAsync()).Select(o => o.Named()).ToList();

        var same = names.SelectMany((a, i) => names.Skip(i + 1).Where(b => OrganizationNames.AreSame(a, b)).Select(b => $"{a.Name} / {b.Name}")).ToList();

        Assert.Empty(same);
    }
}
