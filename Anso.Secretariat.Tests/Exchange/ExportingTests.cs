using Anso.Secretariat.Domain.Common;
using System.Text;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Anso.Secretariat.Tests.Exchange;

public class ExportingTests : DemoDataTest
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";

    /// <summary>An organization and an application whose texts a spreadsheet would run as formulas, with a GB decision.</summary>
    private async Task PlantFormulasAsync()
    {
        await using var db = Database.CreateContext();
        var category = await db.Categories.FirstAsync();
        var organization = Organization.FromRegisterEntry(new RegisterEntry
        {
            Name = Formula, Acronym = "@SUM(1+1)", CountryCode = "KE", CategoryId = category.Id, Status = OrganizationStatus.Applicant,
            Address = "+44 20 7946 0000", ContactName = "-2+3", Website = "https://evil.example",
        });
        var by = new Actor("-Mallory", DateTimeOffset.UtcNow);
        var application = new MembershipApplication(organization, new DateOnly(2026, 1, 5), by, "=cmd|' /C calc'!A0");
        application.EditDetails(application.ReceivedOn, "=cmd|' /C calc'!A0", "@recommend");
        var gb10 = await db.Meetings.SingleAsync(m => m.Body == MeetingBody.GoverningBoard && m.Number == 10);
        application.StartReview(by);
        application.ListForBoard(gb10, by);
        application.RecordBoardDecision(gb10, BoardDecision.Deferred, by, "-1 vote short of a quorum");
        db.Applications.Add(application);
        await db.SaveChangesAsync();
    }

    private static List<string[]> RawRecords(byte[] csv, out IReadOnlyList<string> header)
    {
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default);
        header = reader.Headers.ToList();
        var records = new List<string[]>();
        while (reader.Read()) records.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToArray());
        return records;
    }

    [Fact]
    public async Task Values_that_start_like_a_formula_are_neutralized_in_every_export()
    {
        await PlantFormulasAsync();
        CsvDownload[] exports =
        [
            await Services.Export.RegisterAsync(new OrganizationFilter()),
            await Services.Export.ApplicationsAsync(new ApplicationFilter()),
            await Services.Export.DecisionsAsync(new DecisionFilter()),
        ];

        foreach (var export in exports)
        {
            var records = RawRecords(export.Content, out _);
            var fields = records.SelectMany(r => r).ToList();
            Assert.DoesNotContain(fields, f => f.Length > 0 && "=+-@\t\r".Contains(f[0]));
            Assert.Contains("'" + Formula, fields);
        }
        var register = RawRecords(exports[0].Content, out _).SelectMany(r => r).ToList();
        Assert.Contains("'@SUM(1+1)", register);
        Assert.Contains("'+44 20 7946 0000", register);
        Assert.Contains("'-2+3", register);
        var applications = RawRecords(exports[1].Content, out _).SelectMany(r => r).ToList();
        Assert.Contains("'=cmd|' /C calc'!A0", applications);
        Assert.Contains("'@recommend", applications);
    }

    [Fact]
    public async Task Every_export_is_UTF8_with_a_byte_order_mark_so_that_Excel_reads_the_accents()
    {
        CsvDownload[] exports =
        [
            await Services.Export.RegisterAsync(new OrganizationFilter()),
            await Services.Export.ApplicationsAsync(new ApplicationFilter()),
            await Services.Export.DecisionsAsync(new DecisionFilter()),
        ];

        foreach (var export in exports)
        {
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, export.Content[..3]);
            Assert.Matches(@"^anso-(organizations|applications|decisions)-\d{4}-\d{2}-\d{2}\.csv$", export.FileName);
        }
        var register = Encoding.UTF8.GetString(exports[0].Content);
        Assert.Contains("Scientific and Technological Research Council of Türkiye,,TÜBİTAK,Türkiye,TR,Asia", register);
        Assert.Contains("Chinese Academy of Sciences,中国科学院,CAS,China,CN,Asia", register); // the name in its own script (issue 15)
        Assert.Contains("Universitat Politècnica de Catalunya · BarcelonaTech", register);
    }

    [Fact]
    public async Task The_applications_export_holds_the_list_as_filtered_and_as_the_user_may_see_it()
    {
        var filter = new ApplicationFilter(State: ApplicationState.Admitted, CountryCode: "RS");
        var list = new ApplicationService(Database.Factory, SignedIn.As(Roles.Secretariat, Database), FakeTime.Secretariat(),
            Database.Documents(), Support.Services.Notifier());

        var (rows, total) = await list.ListAsync(filter, take: 1000);
        var export = RawRecords((await Services.Export.ApplicationsAsync(filter)).Content, out var header);

        Assert.Equal(2, total); // SASA and the University of Belgrade
        Assert.Equal(rows.Select(r => r.Id.ToString()).Order(), export.Select(r => r[0]).Order());
        Assert.Equal(CsvColumns.Applications, header);

        // A GB member sees only applications that went to a GB meeting, in the list and in the file.
        var boardMember = new RegisterServices(Database, Roles.BoardMember);
        var all = RawRecords((await boardMember.Export.ApplicationsAsync(new ApplicationFilter())).Content, out _);
        Assert.DoesNotContain(all, r => r[1] == "University of Exeter");
        Assert.Contains(all, r => r[1] == "Consejo Superior de Investigaciones Científicas");
    }

    [Fact]
    public async Task The_decision_register_holds_what_the_decisions_page_shows_with_each_organization()
    {
        var filter = new DecisionFilter(Body: MeetingBody.GoverningBoard, Outcome: DecisionOutcome.Endorsed);
        var page = await new DecisionRegisterService(Database.Factory, SignedIn.As(Roles.Secretariat, Database)).ListAsync(filter);

        var decisions = RawRecords((await Services.Export.DecisionsAsync(filter)).Content, out var header);

        Assert.Equal(CsvColumns.Decisions, header);
        Assert.Equal(page.Count, decisions.Count);
        Assert.All(decisions, d => Assert.Equal("Endorsed", d[4]));
        Assert.Contains(decisions, d => d is ["2019-11-06", "2nd ANSO Governing Board (GB) Meeting", _, _, "Endorsed",
            "Serbian Academy of Sciences and Arts", "SASA", "Serbia", "National Academies", _]);
        Assert.Contains(decisions, d => d[5] == "National University of Laos" && d[7] == "Laos");
    }
}
