using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Generator;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>The harness's data (bench/Anso.Secretariat.Generator), 1,000 applications generated once for the class.</summary>
public sealed class GeneratedDatabase : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    public GeneratedDatabase()
    {
        Result = new DataGenerator(Database.Factory, new GeneratorOptions(1_000, Today)).GenerateAsync().GetAwaiter().GetResult();
    }

    public TestDatabase Database { get; } = new();
    public GeneratedData Result { get; }

    public void Dispose() => Database.Dispose();
}

public class GeneratedDataTests(GeneratedDatabase generated) : IClassFixture<GeneratedDatabase>
{
    private static readonly ApplicationAction[] Decisions =
        [ApplicationAction.Endorse, ApplicationAction.DeclineEndorsement, ApplicationAction.DeferAtBoard,
         ApplicationAction.AdmitAsFullMember, ApplicationAction.AdmitAsProvisionalMember, ApplicationAction.Reject,
         ApplicationAction.DeferAtAssembly];

    private static Task<List<MembershipApplication>> LoadApplications(Anso.Secretariat.App.Data.SecretariatDbContext db) =>
        db.Applications.Include(a => a.Organization).Include(a => a.History).ThenInclude(h => h.Meeting).AsSplitQuery().ToListAsync();

    [Fact]
    public async Task The_generator_makes_the_applications_asked_for_in_every_state()
    {
        await using var db = generated.Database.CreateContext();
        Assert.Equal(1_000, await db.Applications.CountAsync());
        var states = await db.Applications.Select(a => a.State).Distinct().ToListAsync();
        Assert.All(Enum.GetValues<ApplicationState>(), s => Assert.Contains(s, states));
    }

    [Fact]
    public async Task Every_generated_history_is_a_chain_of_legal_steps_in_time_order_ending_in_the_current_state_before_today()
    {
        await using var db = generated.Database.CreateContext();
        var apps = await LoadApplications(db);
        var tomorrow = new DateTimeOffset(GeneratedDatabase.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

        Assert.All(apps, app =>
        {
            var history = app.History.OrderBy(h => h.Id).ToList();
            Assert.Equal(ApplicationState.Received, history[0].ToState);
            for (var i = 1; i < history.Count; i++)
            {
                var (previous, entry) = (history[i - 1], history[i]);
                Assert.Equal(previous.ToState, entry.FromState);
                Assert.Equal(entry.ToState, ApplicationWorkflow.Target(entry.FromState!.Value, entry.Action!.Value));
                Assert.True(previous.At < entry.At, $"{app.Organization.Name}: step {i} is not after step {i - 1}.");
            }
            Assert.Equal(app.State, history[^1].ToState);
            Assert.True(history[^1].At < tomorrow, $"{app.Organization.Name}: a step lies in the future.");
        });
    }

    [Fact]
    public async Task Generated_decisions_fall_on_held_meetings_of_the_right_body_and_each_is_in_that_meetings_minutes()
    {
        await using var db = generated.Database.CreateContext();
        var apps = await LoadApplications(db);
        var decided = apps.SelectMany(a => a.History.Where(h => h.Action is { } act && Decisions.Contains(act)).Select(h => (App: a, Step: h))).ToList();
        var minutesDecisions = await db.Minutes.SelectMany(m => m.Items).SelectMany(i => i.Decisions)
            .Where(d => d.ApplicationId != null).CountAsync();

        Assert.NotEmpty(decided);
        Assert.All(decided, x =>
        {
            var meeting = x.Step.Meeting!;
            Assert.True(meeting.HasBeenHeld);
            Assert.Equal(DateOnly.FromDateTime(x.Step.At.DateTime), meeting.StartDate);
            var board = x.Step.Action is ApplicationAction.Endorse or ApplicationAction.DeclineEndorsement or ApplicationAction.DeferAtBoard;
            Assert.Equal(board ? MeetingBody.GoverningBoard : MeetingBody.GeneralAssembly, meeting.Body);
        });
        Assert.Equal(decided.Count, minutesDecisions);
    }

    [Fact]
    public async Task Generated_members_came_in_through_admission_at_a_GA_or_as_founders_and_open_listings_are_on_planned_meetings()
    {
        await using var db = generated.Database.CreateContext();
        var apps = await LoadApplications(db);
        var meetings = await db.Meetings.ToDictionaryAsync(m => m.Id);

        Assert.All(apps.Where(a => a.State == ApplicationState.Admitted), a =>
        {
            Assert.NotEqual(OrganizationStatus.Applicant, a.Organization.Status);
            Assert.Equal(meetings[a.DecidedAtMeetingId!.Value].StartDate, a.Organization.MemberSince);
        });
        Assert.All(apps.Where(a => a.ListedAtMeetingId is not null), a => Assert.False(meetings[a.ListedAtMeetingId!.Value].HasBeenHeld));
        var members = await db.Organizations.Where(o => o.Status == OrganizationStatus.Member).ToListAsync();
        Assert.All(members, m => Assert.NotNull(m.MemberSince));
        Assert.Contains(members, m => m.IsBoardMember);
    }
}
