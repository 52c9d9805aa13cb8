using System.Text;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Exchange;

public class ImportingOrganizationsTests : IDisposable
{
    private const string Header = "Name,Acronym,Country,Category,Status,Membership type,Member since,Founding member,GB member,Website,Contact email";

    private static readonly string[] GoodRows =
    [
        "Université d'Abomey-Calavi,UAC,Benin,Universities,Member,Full,2022-01-20,no,no,https://uac.bj,rectorat@uac.bj",
        "Icelandic Centre for Research,Rannís,IS,National Research Institutes and Agencies,Applicant,,,,,,",
        "Académie des Sciences du Sénégal,,Senegal,National Academies,Former member,Provisional,2019-11-06,no,no,,",
        "Fiji National University,FNU,Fiji,Universities,Full member,,2025-10-30,,,,",
    ];

    private readonly TestDatabase database = new();
    private readonly RegisterServices services;

    public ImportingOrganizationsTests() => services = new RegisterServices(database);

    public void Dispose() => database.Dispose();

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    private async Task<int> OrganizationCountAsync()
    {
        await using var db = database.CreateContext();
        return await db.Organizations.CountAsync();
    }

    [Fact]
    public async Task A_file_with_one_bad_row_changes_nothing_and_names_the_row_and_the_error()
    {
        var file = Csv(GoodRows[0], GoodRows[1], "Atlantis Institute,,Atlantis,Universities,Member,Full,2020-01-01,,,,", GoodRows[2]);

        var preview = await services.Import.PreviewAsync(ImportKind.Organizations, "register.csv", file);
        var refusal = await Assert.ThrowsAsync<ImportRefusedException>(() => services.Import.ImportAsync(ImportKind.Organizations, "register.csv", file));

        Assert.Equal(0, await OrganizationCountAsync());
        var bad = Assert.Single(preview.Rows, r => r.Outcome == RowOutcome.Error);
        Assert.Equal(4, bad.Row); // the header is row 1, as in a spreadsheet
        Assert.Contains("Country: 'Atlantis' is not a country", Assert.Single(bad.Messages));
        Assert.False(preview.CanImport);
        Assert.Contains("Row 4 (Atlantis Institute)", refusal.Message);
        Assert.Contains("'Atlantis' is not a country", refusal.Message);
    }

    [Fact]
    public async Task Every_kind_of_bad_value_is_named_with_its_column()
    {
        var file = Csv(
            ",,Serbia,Universities,Member,Full,2020-01-01,,,,",
            "Bad Category University,,Serbia,Bakeries,Applicant,,,,,,",
            "Bad Status University,,Serbia,Universities,Sleeping,,,,,,",
            "Bad Date University,,Serbia,Universities,Member,Full,31/12/2019,,,,",
            "Bad Email University,,Serbia,Universities,Applicant,,,,,,not-an-address",
            "Undated Member University,,Serbia,Universities,Member,Full,,,,,",
            "Founding Applicant University,,Serbia,Universities,Applicant,,,yes,,,",
            "Bad Website University,,Serbia,Universities,Applicant,,,,,www.example.org,");

        var preview = await services.Import.PreviewAsync(ImportKind.Organizations, "register.csv", file);

        var messages = preview.Rows.ToDictionary(r => r.Row, r => string.Join(" | ", r.Messages));
        Assert.All(preview.Rows, r => Assert.Equal(RowOutcome.Error, r.Outcome));
        Assert.Contains("Name: Enter the organization's name.", messages[2]);
        Assert.Contains("Category: 'Bakeries' is not a category", messages[3]);
        Assert.Contains("Status: 'Sleeping' is not a status", messages[4]);
        Assert.Contains("Member since: '31/12/2019' is not a date; write dates as 2019-11-06.", messages[5]);
        Assert.Contains("Contact email: Enter a valid email address", messages[6]);
        Assert.Contains("Member since: A member or former member needs the date membership started.", messages[7]);
        Assert.Contains("Founding member: An applicant cannot be a founding member.", messages[8]);
        Assert.Contains("Website: Enter a web address starting with http:// or https://.", messages[9]);
    }

    [Fact]
    public async Task A_good_file_imports_exactly_its_rows_and_importing_it_again_adds_nothing()
    {
        var file = Csv(GoodRows);

        var report = await services.Import.ImportAsync(ImportKind.Organizations, "register.csv", file);

        Assert.Equal(4, report.New);
        await using (var db = database.CreateContext())
        {
            var organizations = await db.Organizations.Include(o => o.Category).OrderBy(o => o.Id).ToListAsync();
            Assert.Equal(["Université d'Abomey-Calavi", "Icelandic Centre for Research", "Académie des Sciences du Sénégal", "Fiji National University"],
                organizations.Select(o => o.Name));
            var uac = organizations[0];
            Assert.Equal(("UAC", "BJ", "Universities", OrganizationStatus.Member, MembershipType.Full, new DateOnly(2022, 1, 20)),
                (uac.Acronym, uac.CountryCode, uac.Category!.Name, uac.Status, uac.MembershipType, uac.MemberSince));
            Assert.Equal(("https://uac.bj", "rectorat@uac.bj"), (uac.Website, uac.ContactEmail));
            Assert.Equal(OrganizationStatus.Applicant, organizations[1].Status);
            Assert.Equal((OrganizationStatus.FormerMember, MembershipType.Provisional), (organizations[2].Status, organizations[2].MembershipType));
            Assert.Equal((OrganizationStatus.Member, MembershipType.Full), (organizations[3].Status, organizations[3].MembershipType));
        }

        var again = await services.Import.ImportAsync(ImportKind.Organizations, "register.csv", file);

        Assert.Equal(4, await OrganizationCountAsync());
        Assert.Equal(0, again.New);
        Assert.Equal(4, again.AlreadyPresent);
        Assert.Contains("Already in the register as organization no.", again.Rows[0].Messages[0]);
    }

    [Fact]
    public async Task An_organization_is_matched_as_the_duplicate_check_matches_it_without_case_or_accents()
    {
        await services.Import.ImportAsync(ImportKind.Organizations, "first.csv", Csv(GoodRows[0]));

        var preview = await services.Import.PreviewAsync(ImportKind.Organizations, "second.csv",
            Csv("  UNIVERSITE D'ABOMEY-CALAVI ,UAC,BJ,Universities,Member,Full,2022-01-20,,,,",
                "Université d'Abomey-Calavi,UAC,Togo,Universities,Applicant,,,,,,"));

        Assert.Equal(RowOutcome.AlreadyPresent, preview.Rows[0].Outcome);
        Assert.Equal(RowOutcome.New, preview.Rows[1].Outcome); // same name, another country: another organization
        Assert.Equal(TextMatching.MatchKey("Université d'Abomey-Calavi"), TextMatching.MatchKey("UNIVERSITE D'ABOMEY-CALAVI"));
    }

    [Fact]
    public async Task The_same_organization_twice_in_one_file_is_an_error_on_the_second_row()
    {
        var preview = await services.Import.PreviewAsync(ImportKind.Organizations, "register.csv",
            Csv(GoodRows[0], "Universite d'Abomey-Calavi,UAC,Benin,Universities,Member,Full,2022-01-20,,,,"));

        Assert.Equal(RowOutcome.New, preview.Rows[0].Outcome);
        Assert.Equal(RowOutcome.Error, preview.Rows[1].Outcome);
        Assert.Contains("the same organization as row 2", preview.Rows[1].Messages[0]);
    }

    [Fact]
    public async Task A_preview_writes_nothing()
    {
        var preview = await services.Import.PreviewAsync(ImportKind.Organizations, "register.csv", Csv(GoodRows));

        Assert.True(preview.CanImport);
        Assert.Equal(4, preview.New);
        Assert.Equal(0, await OrganizationCountAsync());
    }

    [Fact]
    public async Task A_semicolon_separated_file_as_Excel_saves_it_in_much_of_Europe_imports_too()
    {
        var text = "Name;Country;Category;Status;Membership type;Member since\r\nUniversidade de Cabo Verde;Cabo Verde;Universities;Member;Full;2022-01-20\r\n";

        var report = await services.Import.ImportAsync(ImportKind.Organizations, "europe.csv", Encoding.UTF8.GetBytes(text));

        Assert.Equal(1, report.New);
    }

    [Fact]
    public async Task A_file_without_the_needed_columns_is_refused_as_a_whole()
    {
        var preview = await services.Import.PreviewAsync(ImportKind.Organizations, "wrong.csv", Encoding.UTF8.GetBytes("Organisation,Land\r\nX,Y\r\n"));

        Assert.Empty(preview.Rows);
        Assert.Contains(preview.FileErrors, e => e.Contains("no 'Name' column"));
        Assert.Contains(preview.FileErrors, e => e.Contains("no 'Category' column"));
        Assert.False(preview.CanImport);
    }

    [Fact]
    public async Task Only_the_secretariat_imports()
    {
        var viewer = new RegisterServices(database, Roles.Viewer);

        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.Import.PreviewAsync(ImportKind.Organizations, "register.csv", Csv(GoodRows)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.Import.ImportAsync(ImportKind.Organizations, "register.csv", Csv(GoodRows)));
        Assert.Equal(0, await OrganizationCountAsync());
    }
}
