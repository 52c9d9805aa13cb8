using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>One fresh database, seeded once with a fixed clock, shared by the tests of this class.</summary>
public class SeededDemoDatabase : IDisposable
{
    /// <summary>22 Nov 2026, 10:00 in Beijing.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);

    public SeededDemoDatabase()
    {
        using var db = Database.CreateContext();
        DemoData.SeedAsync(db, FakeTime.Secretariat(new FixedClock(Now))).GetAwaiter().GetResult();
    }

    public TestDatabase Database { get; } = new();

    public void Dispose() => Database.Dispose();
}

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

public class DemoDataTests(SeededDemoDatabase seeded) : IClassFixture<SeededDemoDatabase>
{
    private static readonly ApplicationAction[] BoardActions =
        [ApplicationAction.ListForBoard, ApplicationAction.Endorse, ApplicationAction.DeclineEndorsement, ApplicationAction.DeferAtBoard];

    private static readonly ApplicationAction[] AssemblyActions =
        [ApplicationAction.ListForAssembly, ApplicationAction.AdmitAsFullMember, ApplicationAction.AdmitAsProvisionalMember,
         ApplicationAction.Reject, ApplicationAction.DeferAtAssembly];

    private static readonly ApplicationAction[] Decisions =
        [ApplicationAction.Endorse, ApplicationAction.DeclineEndorsement, ApplicationAction.DeferAtBoard,
         ApplicationAction.AdmitAsFullMember, ApplicationAction.AdmitAsProvisionalMember, ApplicationAction.Reject,
         ApplicationAction.DeferAtAssembly];

    private SecretariatDbContext Db() => seeded.Database.CreateContext();

    private static Task<List<MembershipApplication>> LoadApplications(SecretariatDbContext db) =>
        db.Applications
            .Include(a => a.Organization).ThenInclude(o => o.Category)
            .Include(a => a.History).ThenInclude(h => h.Meeting)
            .AsSplitQuery()
            .ToListAsync();

    private static Task<Meeting> Meeting(SecretariatDbContext db, MeetingBody body, int number) =>
        db.Meetings.SingleAsync(m => m.Body == body && m.Number == number);

    [Fact]
    public async Task The_2nd_GB_endorsed_15_applications_5_3_1_6_by_category_as_the_December_2019_newsletter_lists_them()
    {
        await using var db = Db();
        var gb2 = await Meeting(db, MeetingBody.GoverningBoard, 2);
        var endorsed = (await LoadApplications(db)).Where(a => a.EndorsedAtMeetingId == gb2.Id).ToList();

        Assert.Equal(15, endorsed.Count);
        var byCategory = endorsed.GroupBy(a => a.Organization.Category!.Name).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(5, byCategory["National Academies"]);
        Assert.Equal(3, byCategory["International Organizations"]);
        Assert.Equal(1, byCategory["National Research Institutes and Agencies"]);
        Assert.Equal(6, byCategory["Universities"]);

        Assert.Equal(new DateOnly(2019, 11, 6), gb2.StartDate);
        Assert.Equal("Railway Hotel", gb2.Venue.Place);
        Assert.Equal(MeetingStatus.MinutesApproved, gb2.Status); // held, with approved minutes (issue #5)
    }

    [Fact]
    public async Task The_15_were_admitted_at_the_2nd_GA_and_the_National_University_of_Laos_as_provisional_member()
    {
        await using var db = Db();
        var gb2 = await Meeting(db, MeetingBody.GoverningBoard, 2);
        var ga2 = await Meeting(db, MeetingBody.GeneralAssembly, 2);
        var endorsed = (await LoadApplications(db)).Where(a => a.EndorsedAtMeetingId == gb2.Id).ToList();

        Assert.All(endorsed, a =>
        {
            Assert.Equal(ApplicationState.Admitted, a.State);
            Assert.Equal(ga2.Id, a.DecidedAtMeetingId);
            Assert.Equal(OrganizationStatus.Member, a.Organization.Status);
            Assert.Equal(ga2.StartDate, a.Organization.MemberSince);
            Assert.False(a.Organization.IsFoundingMember);
        });
        var laos = Assert.Single(endorsed, a => a.Organization.Name == "National University of Laos");
        Assert.Equal(MembershipType.Provisional, laos.Organization.MembershipType);
        Assert.Equal(14, endorsed.Count(a => a.Organization.MembershipType == MembershipType.Full));
    }

    [Fact]
    public async Task Every_application_state_has_at_least_one_application()
    {
        await using var db = Db();
        var states = await db.Applications.Select(a => a.State).Distinct().ToListAsync();

        Assert.All(Enum.GetValues<ApplicationState>(), s => Assert.Contains(s, states));
    }

    [Fact]
    public async Task Every_history_is_a_chain_of_legal_steps_ending_in_the_current_state()
    {
        await using var db = Db();
        var apps = await LoadApplications(db);

        Assert.NotEmpty(apps);
        Assert.All(apps, app =>
        {
            var history = app.History.OrderBy(h => h.Id).ToList();
            Assert.Null(history[0].FromState);
            Assert.Equal(ApplicationState.Received, history[0].ToState);
            Assert.Null(history[0].Action);
            for (var i = 1; i < history.Count; i++)
            {
                var (previous, entry) = (history[i - 1], history[i]);
                Assert.Equal(previous.ToState, entry.FromState);
                Assert.NotNull(entry.Action);
                Assert.Equal(entry.ToState, ApplicationWorkflow.Target(entry.FromState!.Value, entry.Action!.Value));
                // Ids follow time, so a timeline ordered either way reads the same.
                Assert.True(previous.At < entry.At, $"{app.Organization.Name}: step {i} is not after step {i - 1}.");
            }
            Assert.Equal(app.State, history[^1].ToState);
            Assert.All(history, h => Assert.Equal(DemoData.Secretariat, h.By));
            Assert.All(history, h => Assert.True(h.At <= SeededDemoDatabase.Now, $"{app.Organization.Name}: a step lies in the future."));
            Assert.Equal(app.ReceivedOn, DateOnly.FromDateTime(history[0].At.DateTime));
        });
    }

    [Fact]
    public async Task Every_meeting_step_names_a_meeting_of_the_right_body_and_decisions_fall_on_a_held_meeting()
    {
        await using var db = Db();
        var apps = await LoadApplications(db);
        var steps = apps.SelectMany(a => a.History.Select(h => (App: a, Step: h))).Where(x => x.Step.Action is not null).ToList();

        Assert.All(steps, x =>
        {
            var (app, step) = x;
            var action = step.Action!.Value;
            if (BoardActions.Contains(action))
                Assert.Equal(MeetingBody.GoverningBoard, Assert.IsType<Meeting>(step.Meeting).Body);
            else if (AssemblyActions.Contains(action))
                Assert.Equal(MeetingBody.GeneralAssembly, Assert.IsType<Meeting>(step.Meeting).Body);
            else
                Assert.Null(step.MeetingId);

            if (Decisions.Contains(action))
            {
                var meeting = step.Meeting!;
                Assert.True(meeting.HasBeenHeld, $"{app.Organization.Name}: decided at the {meeting.Title}, which is not held.");
                var day = DateOnly.FromDateTime(step.At.DateTime);
                Assert.InRange(day, meeting.StartDate, meeting.EndDate);
            }
            else if (action is ApplicationAction.ListForBoard or ApplicationAction.ListForAssembly)
            {
                Assert.True(DateOnly.FromDateTime(step.At.DateTime) < step.Meeting!.StartDate,
                    $"{app.Organization.Name}: listed for the {step.Meeting.Title} on or after its date.");
            }
        });
    }

    [Fact]
    public async Task Open_listings_are_on_planned_meetings_and_members_came_in_through_admission_or_an_existing_record()
    {
        await using var db = Db();
        var apps = await LoadApplications(db);
        var meetings = await db.Meetings.ToDictionaryAsync(m => m.Id);

        foreach (var app in apps)
        {
            switch (app.State)
            {
                case ApplicationState.ListedForBoard:
                    Assert.Equal(MeetingBody.GoverningBoard, meetings[app.ListedAtMeetingId!.Value].Body);
                    Assert.Equal(MeetingStatus.Planned, meetings[app.ListedAtMeetingId.Value].Status);
                    Assert.NotNull(app.Recommendation);
                    break;
                case ApplicationState.ListedForAssembly:
                    Assert.Equal(MeetingBody.GeneralAssembly, meetings[app.ListedAtMeetingId!.Value].Body);
                    Assert.Equal(MeetingStatus.Planned, meetings[app.ListedAtMeetingId.Value].Status);
                    break;
                case ApplicationState.Endorsed:
                    Assert.NotNull(app.EndorsedAtMeetingId);
                    Assert.Null(app.ListedAtMeetingId);
                    break;
                default:
                    Assert.Null(app.ListedAtMeetingId);
                    break;
            }
            var expected = app.State == ApplicationState.Admitted ? OrganizationStatus.Member : OrganizationStatus.Applicant;
            Assert.Equal(expected, app.Organization.Status);
            if (app.State == ApplicationState.Admitted)
                Assert.Equal(meetings[app.DecidedAtMeetingId!.Value].StartDate, app.Organization.MemberSince);
            Assert.False(string.IsNullOrWhiteSpace(app.Summary));
        }

        var withApplication = apps.Select(a => a.OrganizationId).ToHashSet();
        var others = await db.Organizations.Where(o => !withApplication.Contains(o.Id)).ToListAsync();
        Assert.All(others, o => Assert.Equal(OrganizationStatus.Member, o.Status));
        Assert.Contains(others, o => o.Name == "Chinese Academy of Sciences" && o.IsFoundingMember && o.MemberSince == new DateOnly(2018, 11, 4));
    }

    [Fact]
    public async Task The_board_is_the_nine_organizations_at_the_9th_GB()
    {
        await using var db = Db();
        var board = await db.Organizations.Where(o => o.IsBoardMember).Select(o => o.Acronym).ToListAsync();

        Assert.Equal(
            new[] { "ABC", "ANSTS", "CAS", "COMSATS", "MAS", "NRC", "NSTDA", "SASA", "TÜBİTAK" },
            board.Order(StringComparer.Ordinal));
        var gb9 = await Meeting(db, MeetingBody.GoverningBoard, 9);
        Assert.Equal((new DateOnly(2024, 12, 11), "Bangkok", "TH", MeetingMode.Hybrid),
            (gb9.StartDate, gb9.Venue.City, gb9.Venue.CountryCode, gb9.Mode));
        // "nine membership applications were endorsed" (Newsletter No. 25, Dec 2024).
        Assert.Equal(9, await db.Applications.CountAsync(a => a.EndorsedAtMeetingId == gb9.Id));
    }

    [Fact]
    public async Task The_planned_meetings_lie_ahead_of_the_clock()
    {
        await using var db = Db();
        var gb10 = await Meeting(db, MeetingBody.GoverningBoard, 10);
        var ga5 = await Meeting(db, MeetingBody.GeneralAssembly, 5);

        Assert.Equal(new DateOnly(2026, 12, 9), gb10.StartDate);
        Assert.Equal(new DateOnly(2027, 11, 3), ga5.StartDate);
        Assert.Equal(MeetingStatus.Planned, gb10.Status);
        Assert.Equal(MeetingStatus.Planned, ga5.Status);
        Assert.True(await db.Applications.CountAsync(a => a.ListedAtMeetingId == gb10.Id) >= 2);
        Assert.Equal(1, await db.Applications.CountAsync(a => a.ListedAtMeetingId == ga5.Id));
    }

    [Fact]
    public async Task Names_keep_their_diacritics()
    {
        await using var db = Db();
        var representatives = await db.Organizations.SelectMany(o => o.Representatives).Select(r => r.Name).ToListAsync();
        var acronyms = await db.Organizations.Select(o => o.Acronym).ToListAsync();
        var names = await db.Organizations.Select(o => o.Name).ToListAsync();

        Assert.Contains("Nebojša Lalić", representatives);
        Assert.Contains("Annamária Szabó", representatives);
        Assert.Contains("Mirjana Mihailović", representatives);
        Assert.Contains("TÜBİTAK", acronyms);
        Assert.Contains("Scientific and Technological Research Council of Türkiye", names);
        Assert.Contains("Universitat Politècnica de Catalunya · BarcelonaTech", names);
    }
}
