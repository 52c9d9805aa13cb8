using System.Text;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Generator;
using Anso.Secretariat.Tests.Localization;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Exchange;

/// <summary>
/// The applications file as the export wrote it before it read its columns in SQL: from each application loaded with its
/// organization, category, listing meeting and whole history. The tests compare the export with it byte for byte.
/// </summary>
internal static class ApplicationsFileFromEntities
{
    public static async Task<string> TextAsync(TestDatabase database, Func<MembershipApplication, bool>? shown = null)
    {
        await using var db = database.CreateContext();
        var applications = await db.Applications.AsNoTracking().AsSplitQuery()
            .Include(a => a.Organization).ThenInclude(o => o.Category)
            .Include(a => a.ListedAtMeeting)
            .Include(a => a.History).ThenInclude(h => h.Meeting)
            .ToListAsync();
        var rows = applications.Where(shown ?? (_ => true)).OrderByDescending(a => a.ReceivedOn).ThenByDescending(a => a.Id).Select(Row);
        return Encoding.UTF8.GetString(CsvFiles.Write(CsvColumns.Applications, rows));
    }

    private static string?[] Row(MembershipApplication a)
    {
        var (board, assembly) = MeetingsOf(a);
        var admittedAs = a.State == ApplicationState.Admitted
            ? a.History.Any(h => h.Action == ApplicationAction.AdmitAsProvisionalMember) ? MembershipType.Provisional : MembershipType.Full
            : (MembershipType?)null;
        return
        [
            a.Id.ToString(), a.Organization.Name, a.Organization.Acronym, a.Organization.CountryName, a.Organization.CountryCode,
            a.Organization.Category?.Name, CsvValues.State(a.State), CsvValues.Date(a.ReceivedOn), Title(board), Title(assembly),
            admittedAs?.ToString(), a.Summary, a.Recommendation,
        ];
    }

    private static string? Title(Meeting? m) => m is null ? null : Wording.MeetingTitle(m.Body, m.Number, Wording.English);

    private static (Meeting? Board, Meeting? Assembly) MeetingsOf(MembershipApplication a)
    {
        Meeting? Last(MeetingBody body) =>
            a.ListedAtMeeting is { } listed && listed.Body == body
                ? listed
                : a.History.Where(h => h.Meeting?.Body == body).OrderBy(h => h.At).ThenBy(h => h.Id).LastOrDefault()?.Meeting;

        var withdrawnFrom = a.State == ApplicationState.Withdrawn
            ? a.History.OrderBy(h => h.Id).LastOrDefault(h => h.Action == ApplicationAction.Withdraw)?.FromState
            : null;
        var boardStates = new ApplicationState?[]
        {
            ApplicationState.ListedForBoard, ApplicationState.Endorsed, ApplicationState.NotEndorsed,
            ApplicationState.ListedForAssembly, ApplicationState.Admitted, ApplicationState.Rejected,
        };
        var assemblyStates = new ApplicationState?[] { ApplicationState.ListedForAssembly, ApplicationState.Admitted, ApplicationState.Rejected };
        var state = withdrawnFrom ?? a.State;
        return (boardStates.Contains(state) ? Last(MeetingBody.GoverningBoard) : null,
            assemblyStates.Contains(state) ? Last(MeetingBody.GeneralAssembly) : null);
    }

    public static bool WentToTheBoard(MembershipApplication a) =>
        a.ListedAtMeeting?.Body == MeetingBody.GoverningBoard || a.History.Any(h => h.Meeting?.Body == MeetingBody.GoverningBoard);
}

/// <summary>The register file as the export wrote it before it read its columns in SQL: from the loaded organizations.</summary>
internal static class RegisterFileFromEntities
{
    public static async Task<string> TextAsync(TestDatabase database, OrganizationStatus? status = null)
    {
        await using var db = database.CreateContext();
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Category)
            .Where(o => status == null || o.Status == status).OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync();
        var rows = organizations.Select(o => new[]
        {
            o.Name, o.NativeName, o.Acronym, o.CountryName, o.CountryCode, Regions.Of(o.CountryCode), o.Category?.Name, CsvValues.Status(o.Status),
            o.MembershipType?.ToString(), CsvValues.Date(o.MemberSince), CsvValues.YesNo(o.IsFoundingMember), CsvValues.YesNo(o.IsBoardMember),
            o.Website, o.Address, o.ContactName, o.ContactEmail,
        });
        return Encoding.UTF8.GetString(CsvFiles.Write(CsvColumns.Register, rows));
    }
}

/// <summary>The files read in SQL column by column are the files that the loaded entities give.</summary>
public class ExportsFromColumnsTests : DemoDataTest
{
    private static string Text(CsvDownload csv) => Encoding.UTF8.GetString(csv.Content);

    [Fact]
    public async Task The_applications_file_holds_what_the_loaded_applications_give_for_every_reader_and_filter()
    {
        Assert.Equal(await ApplicationsFileFromEntities.TextAsync(Database),
            Text(await Services.Export.ApplicationsAsync(new ApplicationFilter())));

        // A GB member's file: only what went to a GB meeting, with the GA meetings still named.
        var boardMember = new RegisterServices(Database, Roles.BoardMember);
        Assert.Equal(await ApplicationsFileFromEntities.TextAsync(Database, ApplicationsFileFromEntities.WentToTheBoard),
            Text(await boardMember.Export.ApplicationsAsync(new ApplicationFilter())));

        // One GB meeting's applications: on its list now, or decided there.
        await using var db = Database.CreateContext();
        var gb2 = await db.Meetings.SingleAsync(m => m.Body == MeetingBody.GoverningBoard && m.Number == 2);
        Assert.Equal(await ApplicationsFileFromEntities.TextAsync(Database, a => a.ListedAtMeetingId == gb2.Id || a.History.Any(h => h.MeetingId == gb2.Id)),
            Text(await Services.Export.ApplicationsAsync(new ApplicationFilter(MeetingId: gb2.Id))));
    }

    [Fact]
    public async Task The_register_file_holds_what_the_loaded_organizations_give()
    {
        Assert.Equal(await RegisterFileFromEntities.TextAsync(Database), Text(await Services.Export.RegisterAsync(new OrganizationFilter())));
        var members = await Services.Export.RegisterAsync(new OrganizationFilter(Status: OrganizationStatus.Member));
        Assert.Equal(await RegisterFileFromEntities.TextAsync(Database, OrganizationStatus.Member), Text(members));
        Assert.StartsWith("anso-members-", members.FileName);
    }

    [Fact]
    public async Task The_applications_file_names_its_meetings_and_states_in_English_whatever_the_readers_language()
    {
        var english = Text(await Services.Export.ApplicationsAsync(new ApplicationFilter()));
        InChinese.Use();

        var chinese = Text(await Services.Export.ApplicationsAsync(new ApplicationFilter()));

        Assert.Equal(english, chinese);
        Assert.Contains("2nd ANSO Governing Board (GB) Meeting", chinese);
    }
}

/// <summary>The harness's data (bench/Anso.Secretariat.Generator): 400 applications in every state, deferrals and withdrawals included.</summary>
public sealed class GeneratedApplications : IDisposable
{
    public GeneratedApplications() =>
        new DataGenerator(Database.Factory, new GeneratorOptions(400, new DateOnly(2026, 11, 22))).GenerateAsync().GetAwaiter().GetResult();

    public TestDatabase Database { get; } = new();

    public void Dispose() => Database.Dispose();
}

public class ApplicationsExportOnGeneratedDataTests(GeneratedApplications data) : IClassFixture<GeneratedApplications>
{
    [Fact]
    public async Task The_applications_file_of_the_generated_data_is_the_one_the_loaded_applications_give()
    {
        var export = await new RegisterServices(data.Database).Export.ApplicationsAsync(new ApplicationFilter());

        Assert.Equal(await ApplicationsFileFromEntities.TextAsync(data.Database), Encoding.UTF8.GetString(export.Content));

        // The comparison covers every kind of row: a GB and a GA meeting, each kind of admission, a withdrawal.
        var records = CsvFiles.Read(export.Content).Records.Select(r => r.Fields).ToList();
        var (state, board, assembly, admittedAs) = (6, 8, 9, 10);
        Assert.Contains(records, r => r[state] == "Admitted" && r[board] != "" && r[assembly] != "" && r[admittedAs] == "Provisional");
        Assert.Contains(records, r => r[state] == "Admitted" && r[admittedAs] == "Full");
        Assert.Contains(records, r => r[state] == "Withdrawn");
        Assert.Contains(records, r => r[state] == "Endorsed" && r[board] != "" && r[assembly] == "");
        Assert.Contains(records, r => r[state] == "Listed for GB" && r[board] != "");
    }
}
