using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>An application's whole life, saved in one context and read back in another from the same SQLite file.</summary>
public class StoringAnApplicationTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void An_admitted_application_comes_back_with_its_state_history_meetings_and_membership()
    {
        using var database = new TestDatabase();
        var (application, gb9, gb10, ga4) = AdmittedAfterADeferral(database);

        using var db = database.CreateContext();
        var stored = db.Applications
            .Include(a => a.Organization)
            .Include(a => a.History.OrderBy(h => h.Id)).ThenInclude(h => h.Meeting)
            .Single();

        Assert.NotSame(application, stored);
        Assert.Equal(ApplicationState.Admitted, stored.State);
        Assert.Equal(new DateOnly(2024, 9, 2), stored.ReceivedOn);
        Assert.Equal("Applies as a national university.", stored.Summary);
        Assert.Null(stored.ListedAtMeetingId);
        Assert.Equal(gb10.Id, stored.EndorsedAtMeetingId);
        Assert.Equal(ga4.Id, stored.DecidedAtMeetingId);

        Assert.Equal(
            [
                (null, ApplicationState.Received, null, "Li Wei", "Application received", null),
                (ApplicationState.Received, ApplicationState.UnderReview, ApplicationAction.StartReview, "Li Wei", null, null),
                (ApplicationState.UnderReview, ApplicationState.AwaitingInformation, ApplicationAction.RequestInformation, "Li Wei", "Please send the statutes.", null),
                (ApplicationState.AwaitingInformation, ApplicationState.UnderReview, ApplicationAction.ReceiveInformation, "Zhang Min", "Statutes received by email.", null),
                (ApplicationState.UnderReview, ApplicationState.ListedForBoard, ApplicationAction.ListForBoard, "Zhang Min", null, gb9.Id),
                (ApplicationState.ListedForBoard, ApplicationState.ListedForBoard, ApplicationAction.DeferAtBoard, "Zhang Min", "Deferred: more on funding.", gb9.Id),
                (ApplicationState.ListedForBoard, ApplicationState.ListedForBoard, ApplicationAction.ListForBoard, "Li Wei", null, gb10.Id),
                (ApplicationState.ListedForBoard, ApplicationState.Endorsed, ApplicationAction.Endorse, "Li Wei", "Endorsed unanimously.", gb10.Id),
                (ApplicationState.Endorsed, ApplicationState.ListedForAssembly, ApplicationAction.ListForAssembly, "Li Wei", null, ga4.Id),
                (ApplicationState.ListedForAssembly, ApplicationState.Admitted, ApplicationAction.AdmitAsProvisionalMember, "Li Wei", "Admitted as a provisional member.", (int?)ga4.Id),
            ],
            stored.History.Select(h => (h.FromState, h.ToState, h.Action, h.By, h.Note, h.MeetingId)));
        Assert.Equal(application.History.Select(h => h.At), stored.History.Select(h => h.At));
        // SQLite keeps the offset as written; PostgreSQL's timestamptz keeps the instant, in UTC (Data/EngineDifferences).
        Assert.Equal(database.Provider == DatabaseProvider.Sqlite ? Beijing : TimeSpan.Zero, stored.History[0].At.Offset);
        Assert.Equal(
            [null, null, null, null, "9th ANSO Governing Board (GB) Meeting", "9th ANSO Governing Board (GB) Meeting",
             "10th ANSO Governing Board (GB) Meeting", "10th ANSO Governing Board (GB) Meeting", "4th ANSO General Assembly (GA)", "4th ANSO General Assembly (GA)"],
            stored.History.Select(h => h.Meeting?.Title));

        Assert.Equal("National University of Laos", stored.Organization.Name);
        Assert.Equal(OrganizationStatus.Member, stored.Organization.Status);
        Assert.Equal(MembershipType.Provisional, stored.Organization.MembershipType);
        Assert.Equal(new DateOnly(2025, 10, 28), stored.Organization.MemberSince);

        var held = db.Meetings.Single(m => m.Id == gb9.Id);
        Assert.Equal(MeetingStatus.Held, held.Status);
        Assert.Equal(new Venue("Friendship Hotel", "Beijing", "CN"), held.Venue);
    }

    [Fact]
    public void States_and_kinds_are_stored_as_text()
    {
        using var database = new TestDatabase();
        AdmittedAfterADeferral(database);

        using var connection = RawSql.Open(database);

        Assert.Equal(["Admitted"], Column(connection, "SELECT State FROM Applications"));
        Assert.Equal(
            ["", "StartReview", "RequestInformation", "ReceiveInformation", "ListForBoard", "DeferAtBoard", "ListForBoard", "Endorse", "ListForAssembly", "AdmitAsProvisionalMember"],
            Column(connection, "SELECT Action FROM ApplicationHistory ORDER BY Id"));
        Assert.Equal(
            ["Received", "UnderReview", "AwaitingInformation", "UnderReview", "ListedForBoard", "ListedForBoard", "ListedForBoard", "Endorsed", "ListedForAssembly", "Admitted"],
            Column(connection, "SELECT ToState FROM ApplicationHistory ORDER BY Id"));
        Assert.Equal(["Member|Provisional"], Column(connection, "SELECT Status || '|' || MembershipType FROM Organizations"));
        Assert.Equal(
            ["GeneralAssembly|4|Planned|Hybrid", "GoverningBoard|9|Held|Hybrid", "GoverningBoard|10|Planned|Hybrid"],
            Column(connection, "SELECT Body || '|' || Number || '|' || Status || '|' || Mode FROM Meetings ORDER BY Body, Number"));
    }

    /// <summary>
    /// National University of Laos: received, information requested and received, deferred at the 9th GB,
    /// endorsed at the 10th, admitted as a provisional member by the 4th GA. Built in memory, saved at once.
    /// </summary>
    private static (MembershipApplication, Meeting Gb9, Meeting Gb10, Meeting Ga4) AdmittedAfterADeferral(TestDatabase database)
    {
        var gb9 = A.Meeting.GoverningBoard(9).On(new DateOnly(2024, 12, 11)).Planned();
        var gb10 = A.Meeting.GoverningBoard(10).On(new DateOnly(2025, 6, 10)).Planned();
        var ga4 = A.Meeting.GeneralAssembly(4).On(new DateOnly(2025, 10, 28), new DateOnly(2025, 10, 30)).Planned();
        var laos = An.Organization.Named("National University of Laos", "NUOL").In("LA").InCategory(database.CategoryId("Universities")).Build();

        var at = new DateTimeOffset(2024, 9, 2, 9, 0, 0, Beijing);
        Actor Li() => new("Li Wei", at = at.AddDays(3));
        Actor Zhang() => new("Zhang Min", at = at.AddDays(3));

        var application = new MembershipApplication(laos, new DateOnly(2024, 9, 2), new Actor("Li Wei", at), "Applies as a national university.");
        application.StartReview(Li());
        application.RequestInformation(Li(), "Please send the statutes.");
        application.ReceiveInformation(Zhang(), "Statutes received by email.");
        application.ListForBoard(gb9, Zhang());
        application.RecordBoardDecision(gb9, BoardDecision.Deferred, Zhang(), "Deferred: more on funding.");
        gb9.MarkHeld();
        application.ListForBoard(gb10, Li());
        application.RecordBoardDecision(gb10, BoardDecision.Endorsed, Li(), "Endorsed unanimously.");
        application.ListForAssembly(ga4, Li());
        application.RecordAssemblyDecision(ga4, AssemblyDecision.AdmittedAsProvisionalMember, Li(), "Admitted as a provisional member.");

        database.Store(application);
        Assert.All(new[] { gb9, gb10, ga4 }, m => Assert.NotEqual(0, m.Id));
        return (application, gb9, gb10, ga4);
    }

    private static List<string> Column(System.Data.Common.DbConnection connection, string sql)
    {
        using var cmd = connection.Command(sql);
        using var reader = cmd.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
        return values;
    }
}
