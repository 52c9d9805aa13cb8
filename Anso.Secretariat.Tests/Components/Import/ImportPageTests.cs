using System.Text;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.Domain.Organizations;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Components.Import;

/// <summary>The whole import as a staff member meets it: choose, preview, import, and the result.</summary>
public class ImportPageTests : ComponentTest
{
    public ImportPageTests() => SignInAs(Roles.Secretariat);

    private static InputFileContent Csv(string name, params string[] lines) =>
        InputFileContent.CreateFromBinary([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")], name, contentType: "text/csv");

    private const string OrganizationColumns = "Name,Acronym,Country,Category,Status,Membership type,Member since,Founding member,GB member";

    [Fact]
    public async Task A_file_is_previewed_imported_and_the_result_counts_the_new_organizations()
    {
        var page = Render<ImportPage>();
        page.FindComponent<InputFile>().UploadFiles(Csv("members-2025.csv", OrganizationColumns,
            "Háskóli Íslands,HÍ,Iceland,Universities,Member,Full,2025-10-30,no,no",
            "The University of the South Pacific,USP,Fiji,Universities,Member,Provisional,2025-10-30,no,no"));

        page.WaitForAssertion(() => Assert.Contains("2 new", page.Find("[aria-label='Rows in the file']").TextContent), TimeSpan.FromSeconds(10));
        await WithDatabaseAsync(async db => Assert.False(await db.Organizations.AnyAsync(o => o.Name == "Háskóli Íslands"))); // nothing written yet

        page.FindAll("button").Single(b => b.TextContent.Trim() == "Import 2 organizations").Click();

        page.WaitForAssertion(() => Assert.Contains("Imported 2 organizations from members-2025.csv.", page.Find("[role=status]").TextContent),
            TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[aria-label='Rows in the file']"));
        await WithDatabaseAsync(async db =>
            Assert.Equal(OrganizationStatus.Member, (await db.Organizations.SingleAsync(o => o.Name == "Háskóli Íslands")).Status));
    }

    [Fact]
    public void A_bad_row_keeps_the_import_button_away_and_names_the_row_and_column()
    {
        var page = Render<ImportPage>();
        page.FindAll("input[type=radio]")[1].Click(); // Applications, with their state
        page.FindComponent<InputFile>().UploadFiles(Csv("applications.csv",
            "Organization,Country,Category,State,Received,GB meeting,GA meeting",
            "University of Iceland Hospital,Iceland,Universities,Received,2026-01-05,,",
            "Universidad de Chile,Chile,Universities,Endorsed,2019-05-01,42nd GB,"));

        page.WaitForAssertion(() => Assert.Contains("1 with errors", page.Find("[aria-label='Rows in the file']").TextContent), TimeSpan.FromSeconds(10));
        var row = Assert.Single(page.FindAll("tbody tr"));
        Assert.Equal("3", row.QuerySelector("td")!.TextContent.Trim());
        Assert.Contains("GB meeting: There is no 42nd GB meeting; record the meeting first.", row.TextContent);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Import 1 application"));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_it_is_read()
    {
        var page = Render<ImportPage>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[ImportService.MaxFileBytes + 1], "huge.csv"));

        page.WaitForAssertion(() => Assert.Contains("huge.csv is", page.Find("[role=alert]").TextContent));
        Assert.Contains("a file may be at most 20 MB", page.Find("[role=alert]").TextContent);
        Assert.Empty(page.FindAll("[aria-label='Rows in the file']"));
    }
}
