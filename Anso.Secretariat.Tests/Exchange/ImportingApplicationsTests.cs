using System.Text;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Exchange;

public class ImportingApplicationsTests : IDisposable
{
    private const string Header = "Organization,Acronym,Country,Category,State,Received,GB meeting,GA meeting,Admitted as,Summary";

    private static readonly string[] GoodRows =
    [
        "Serbian Academy of Sciences and Arts,SASA,Serbia,National Academies,Admitted,2019-06-17,2nd GB,2nd GA,Full,Serbia's national academy",
        "National University of Laos,NUOL,LA,Universities,Admitted,2019-09-09,2nd ANSO Governing Board (GB) Meeting,GA 2,Provisional,",
        "Universitat Politècnica de Catalunya,UPC,Spain,Universities,Listed for GB,2024-09-16,10th GB,,,",
        "Eurasia Technology Transfer Holding,,AE,National Research Institutes and Agencies,Not endorsed,2019-09-02,2nd GB,,,",
        "University of Exeter,,United Kingdom,Universities,Under review,2025-10-01,,,,",
    ];

    private readonly TestDatabase database = new();
    private readonly RegisterServices services;

    public ImportingApplicationsTests()
    {
        services = new RegisterServices(database);
        using var db = database.CreateContext();
        var gb2 = new Meeting(MeetingBody.GoverningBoard, 2, new(2019, 11, 6), new(2019, 11, 6), new("Railway Hotel", "Beijing", "CN"), MeetingMode.OnSite);
        var ga2 = new Meeting(MeetingBody.GeneralAssembly, 2, new(2022, 1, 20), new(2022, 1, 20), Venue.None, MeetingMode.Online);
        var gb10 = new Meeting(MeetingBody.GoverningBoard, 10, new(2099, 12, 9), new(2099, 12, 9), new(null, "Beijing", "CN"), MeetingMode.Hybrid);
        gb2.MarkHeld();
        ga2.MarkHeld();
        db.Meetings.AddRange(gb2, ga2, gb10);
        db.SaveChanges();
    }

    public void Dispose() => database.Dispose();

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]));

    private async Task<(int Applications, int Organizations, int History)> CountsAsync()
    {
        await using var db = database.CreateContext();
        return (await db.Applications.CountAsync(), await db.Organizations.CountAsync(), await db.ApplicationHistory.CountAsync());
    }

    [Fact]
    public async Task A_file_with_one_bad_row_changes_nothing_and_names_the_row_and_the_error()
    {
        var file = Csv(GoodRows[0], GoodRows[1], "Ambo University,,Ethiopia,Universities,Endorsed,2019-03-25,11th GB,,,", GoodRows[2]);

        var preview = await services.Import.PreviewAsync(ImportKind.Applications, "applications.csv", file);
        var refusal = await Assert.ThrowsAsync<ImportRefusedException>(() => services.Import.ImportAsync(ImportKind.Applications, "applications.csv", file));

        Assert.Equal((0, 0, 0), await CountsAsync());
        var bad = Assert.Single(preview.Rows, r => r.Outcome == RowOutcome.Error);
        Assert.Equal(4, bad.Row);
        Assert.Equal("GB meeting: There is no 11th GB meeting; record the meeting first.", Assert.Single(bad.Messages));
        Assert.Contains("Row 4 (Ambo University (Ethiopia))", refusal.Message);
    }

    [Fact]
    public async Task A_good_file_imports_exactly_its_rows_with_their_history_and_importing_it_again_adds_nothing()
    {
        var file = Csv(GoodRows);

        var report = await services.Import.ImportAsync(ImportKind.Applications, "applications.csv", file);

        Assert.Equal(5, report.New);
        await using (var db = database.CreateContext())
        {
            var applications = await db.Applications.AsSplitQuery().Include(a => a.Organization).Include(a => a.History).ThenInclude(h => h.Meeting)
                .OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([ApplicationState.Admitted, ApplicationState.Admitted, ApplicationState.ListedForBoard, ApplicationState.NotEndorsed, ApplicationState.UnderReview],
                applications.Select(a => a.State));

            var sasa = applications[0];
            Assert.Equal(
                [null, ApplicationAction.StartReview, ApplicationAction.ListForBoard, ApplicationAction.Endorse, ApplicationAction.ListForAssembly, ApplicationAction.AdmitAsFullMember],
                sasa.History.OrderBy(h => h.Id).Select(h => h.Action));
            Assert.Equal(["2nd GB", "2nd GB", "2nd GA", "2nd GA"], sasa.History.Where(h => h.Meeting != null).OrderBy(h => h.Id).Select(h => h.Meeting!.ShortName));
            Assert.All(sasa.History.OrderBy(h => h.Id).Skip(1), h => Assert.Equal("Imported from applications.csv, row 2.", h.Note));
            Assert.Equal((OrganizationStatus.Member, MembershipType.Full, new DateOnly(2022, 1, 20)),
                (sasa.Organization.Status, sasa.Organization.MembershipType, sasa.Organization.MemberSince));
            Assert.Equal(MembershipType.Provisional, applications[1].Organization.MembershipType);

            var upc = applications[2];
            Assert.Equal("Universitat Politècnica de Catalunya", upc.Organization.Name);
            Assert.NotNull(upc.ListedAtMeetingId); // on the 10th GB's list, which is still to come
            Assert.Equal(OrganizationStatus.Applicant, applications[3].Organization.Status);
        }

        var again = await services.Import.ImportAsync(ImportKind.Applications, "applications.csv", file);

        Assert.Equal(0, again.New);
        Assert.Equal(5, again.AlreadyPresent);
        Assert.Equal(5, (await CountsAsync()).Applications);
        Assert.Equal(5, (await CountsAsync()).Organizations);
    }

    [Fact]
    public async Task An_application_for_an_organization_already_in_the_register_uses_it_however_its_name_is_accented_or_cased()
    {
        await services.Import.ImportAsync(ImportKind.Applications, "first.csv", Csv(GoodRows[3]));

        // It applies again years later; the category comes from the register.
        var report = await services.Import.ImportAsync(ImportKind.Applications, "second.csv",
            Csv("EURASIA TECHNOLOGY TRANSFER HOLDÍNG,,United Arab Emirates,,Received,2025-02-03,,,,"));

        Assert.Equal(RowOutcome.New, Assert.Single(report.Rows).Outcome);
        Assert.Equal((2, 1), ((await CountsAsync()).Applications, (await CountsAsync()).Organizations));
    }

    [Fact]
    public async Task A_new_open_application_is_refused_as_on_the_form_when_the_organization_has_one_already()
    {
        await services.Import.ImportAsync(ImportKind.Applications, "first.csv", Csv(GoodRows[4]));

        var preview = await services.Import.PreviewAsync(ImportKind.Applications, "second.csv",
            Csv("UNIVERSITY OF EXETER,,GB,,Received,2025-11-01,,,,", "Serbian Academy of Sciences and Arts,SASA,RS,National Academies,Received,2025-11-01,,,,"));

        Assert.Equal(RowOutcome.Error, preview.Rows[0].Outcome);
        Assert.Contains("University of Exeter (United Kingdom) already has an open application (no. 1", preview.Rows[0].Messages[0]);
        Assert.StartsWith("Organization: ", preview.Rows[0].Messages[0]);
        Assert.Equal(RowOutcome.New, preview.Rows[1].Outcome);
    }

    [Fact]
    public async Task A_state_that_the_meetings_do_not_allow_is_refused_with_the_domains_reason()
    {
        var preview = await services.Import.PreviewAsync(ImportKind.Applications, "applications.csv", Csv(
            "Early Decision Institute,,Kenya,Universities,Endorsed,2019-03-01,10th GB,,,",
            "No Meeting Institute,,Kenya,Universities,Admitted,2019-03-01,,,,",
            "Late Receipt Institute,,Kenya,Universities,Endorsed,2020-03-01,2nd GB,,,",
            "Unknown State Institute,,Kenya,Universities,Pending,2019-03-01,,,,",
            "Future Institute,,Kenya,Universities,Received,2199-03-01,,,,",
            "New Institute Without Category,,Kenya,,Received,2019-03-01,,,,"));

        var messages = preview.Rows.Select(r => string.Join(" ", r.Messages)).ToList();
        Assert.All(preview.Rows, r => Assert.Equal(RowOutcome.Error, r.Outcome));
        Assert.Contains("The 10th ANSO Governing Board (GB) Meeting has not been held yet, so it cannot have decided the application.", messages[0]);
        Assert.Contains("An application admitted needs the GA that listed or decided it.", messages[1]);
        Assert.Contains("met before the application was received", messages[2]);
        Assert.Contains("State: 'Pending' is not a state", messages[3]);
        Assert.Contains("Received: The received date cannot be in the future.", messages[4]);
        Assert.Contains("Category: Give the category: New Institute Without Category is not in the register yet.", messages[5]);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }
}
