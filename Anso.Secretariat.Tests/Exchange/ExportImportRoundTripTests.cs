using System.Text;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Exchange;

/// <summary>The demo data exported, imported into an empty database, and exported again: nothing may change.</summary>
public class ExportImportRoundTripTests : IAsyncLifetime
{
    private TestDatabase source = null!;
    private readonly TestDatabase target = new();

    public async Task InitializeAsync()
    {
        source = TestDatabase.WithDemoData();
        await using var db = source.CreateContext();
        // Everything a spreadsheet makes hard: accents, quotes, separators, line breaks, a leading formula character.
        db.Organizations.Add(Organization.FromRegisterEntry(new RegisterEntry
        {
            Name = "Institut \"Jožef Stefan\"; Ljubljana, Slovenija", Acronym = "IJS", CountryCode = "SI",
            CategoryId = (await db.Categories.SingleAsync(c => c.Name == "National Research Institutes and Agencies")).Id,
            Status = OrganizationStatus.FormerMember, MembershipType = MembershipType.Provisional, MemberSince = new DateOnly(2020, 2, 29),
            IsFoundingMember = true, Website = "https://www.ijs.si/ijsw/V001/JSI", Address = "Jamova cesta 39\nSI-1000 Ljubljana",
            ContactName = "Nebojša Lalić", ContactEmail = "info@ijs.si",
        }));
        db.Organizations.Add(Organization.FromRegisterEntry(new RegisterEntry
        {
            Name = "-Minus Lab @ Ελληνικό Ίδρυμα", CountryCode = "GR", CategoryId = (await db.Categories.FirstAsync()).Id,
            Status = OrganizationStatus.Applicant, Address = "=A1+B1",
        }));
        await db.SaveChangesAsync();
        await CopyMeetingsAsync();
    }

    public Task DisposeAsync()
    {
        source.Dispose();
        target.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Applications name their meetings, which an import does not create.</summary>
    private async Task CopyMeetingsAsync()
    {
        await using var from = source.CreateContext();
        await using var to = target.CreateContext();
        foreach (var m in await from.Meetings.AsNoTracking().OrderBy(m => m.Id).ToListAsync())
        {
            var copy = new Meeting(m.Body, m.Number, m.StartDate, m.EndDate, m.Venue, m.Mode);
            if (m.HasBeenHeld) copy.MarkHeld();
            to.Meetings.Add(copy);
        }
        await to.SaveChangesAsync();
    }

    [Fact]
    public async Task Exporting_then_importing_keeps_every_field_diacritics_included()
    {
        var fromSource = new RegisterServices(source);
        var intoTarget = new RegisterServices(target);
        var register = await fromSource.Export.RegisterAsync(new OrganizationFilter());
        var applications = await fromSource.Export.ApplicationsAsync(new ApplicationFilter());

        var importedOrganizations = await intoTarget.Import.ImportAsync(ImportKind.Organizations, register.FileName, register.Content);
        var importedApplications = await intoTarget.Import.ImportAsync(ImportKind.Applications, applications.FileName, applications.Content);

        await using (var db = source.CreateContext())
        {
            Assert.Equal(await db.Organizations.CountAsync(), importedOrganizations.New);
            Assert.Equal(await db.Applications.CountAsync(), importedApplications.New);
        }
        Assert.Equal(Text(register), Text(await intoTarget.Export.RegisterAsync(new OrganizationFilter())));
        // Application numbers are the new database's own; every other field must match.
        Assert.Equal(WithoutNumbers(applications), WithoutNumbers(await intoTarget.Export.ApplicationsAsync(new ApplicationFilter())));
        Assert.Contains("Institut \"\"Jožef Stefan\"\"; Ljubljana, Slovenija", Text(register));
        Assert.Contains("Nebojša Lalić", Text(register));

        await using var imported = target.CreateContext();
        var ijs = await imported.Organizations.SingleAsync(o => o.Acronym == "IJS");
        Assert.Equal("Jamova cesta 39\nSI-1000 Ljubljana", ijs.Address);
        Assert.Equal((OrganizationStatus.FormerMember, MembershipType.Provisional, new DateOnly(2020, 2, 29), true),
            (ijs.Status, ijs.MembershipType, ijs.MemberSince, ijs.IsFoundingMember));
        var minus = await imported.Organizations.SingleAsync(o => o.CountryCode == "GR" && o.Address != null);
        Assert.Equal(("-Minus Lab @ Ελληνικό Ίδρυμα", "=A1+B1"), (minus.Name, minus.Address));
    }

    private static string Text(CsvDownload csv) => Encoding.UTF8.GetString(csv.Content);

    private static List<string> WithoutNumbers(CsvDownload csv)
    {
        var table = CsvFiles.Read(csv.Content);
        Assert.Equal(CsvColumns.Number, table.Header[0]);
        return table.Records.Select(r => string.Join("|", r.Fields.Skip(1))).Order(StringComparer.Ordinal).ToList();
    }
}
