using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Data;

/// <summary>Recording a meeting's decisions on its whole list: all of it happens, or none of it does.</summary>
public class RecordingMeetingDecisionsTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static int _nextNumber = 60;

    [Fact]
    public async Task When_one_application_was_withdrawn_meanwhile_nothing_moves_and_no_history_is_written()
    {
        var meetingId = await GbMeetingWithListAsync(applications: 4);
        await using var secretariat = await host.AsAsync(Roles.Secretariat);
        var minutesService = secretariat.ServiceProvider.GetRequiredService<MinutesService>();
        var listed = await minutesService.ListedApplicationsAsync(meetingId);
        var before = await HistoryCountsAsync(listed.Select(a => a.Id));

        // Someone withdraws the third one between loading the list and recording.
        var third = listed[2];
        await secretariat.ServiceProvider.GetRequiredService<ApplicationService>()
            .PerformAsync(third.Id, third.Version, new TransitionRequest(ApplicationAction.Withdraw, Note: "Withdrawn by the applicant"));

        var ex = await Assert.ThrowsAnyAsync<DomainException>(() => minutesService.RecordApplicationDecisionsAsync(meetingId,
            listed.Select(a => new DecisionRequest(a.Id, a.Version, DecisionOutcome.Endorsed)).ToList()));
        Assert.Contains(third.Organization, ex.Message);
        Assert.StartsWith("Nothing was recorded", ex.Message);

        await using var db = await host.DbAsync();
        var states = await db.Applications.Where(a => listed.Select(l => l.Id).Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.State);
        Assert.All(listed.Where(a => a.Id != third.Id), a => Assert.Equal(ApplicationState.ListedForBoard, states[a.Id]));
        var after = await HistoryCountsAsync(listed.Select(a => a.Id));
        Assert.All(listed.Where(a => a.Id != third.Id), a => Assert.Equal(before[a.Id], after[a.Id]));
        Assert.Equal(before[third.Id] + 1, after[third.Id]); // only the withdrawal itself
        Assert.False(await db.Minutes.AnyAsync(m => m.MeetingId == meetingId));
    }

    [Fact]
    public async Task On_success_every_application_moves_with_exactly_one_history_entry_naming_the_meeting_and_the_user()
    {
        var meetingId = await GbMeetingWithListAsync(applications: 3);
        await using var secretariat = await host.AsAsync(Roles.Secretariat);
        var minutesService = secretariat.ServiceProvider.GetRequiredService<MinutesService>();
        var listed = await minutesService.ListedApplicationsAsync(meetingId);
        var before = await HistoryCountsAsync(listed.Select(a => a.Id));
        DecisionOutcome[] decided = [DecisionOutcome.Endorsed, DecisionOutcome.NotEndorsed, DecisionOutcome.Deferred];

        await minutesService.RecordApplicationDecisionsAsync(meetingId,
            listed.Select((a, i) => new DecisionRequest(a.Id, a.Version, decided[i])).ToList());

        await using var db = await host.DbAsync();
        var applications = await db.Applications.Include(a => a.History).Where(a => listed.Select(l => l.Id).Contains(a.Id)).ToListAsync();
        ApplicationState[] expected = [ApplicationState.Endorsed, ApplicationState.NotEndorsed, ApplicationState.ListedForBoard];
        for (var i = 0; i < listed.Count; i++)
        {
            var application = applications.Single(a => a.Id == listed[i].Id);
            Assert.Equal(expected[i], application.State);
            Assert.Equal(before[application.Id] + 1, application.History.Count);
            var entry = application.History.OrderBy(h => h.Id).Last();
            Assert.Equal(meetingId, entry.MeetingId);
            Assert.Equal("Demo Secretariat", entry.By);
        }
        var minutes = await db.Minutes.Include(m => m.Items).ThenInclude(i => i.Decisions).SingleAsync(m => m.MeetingId == meetingId);
        var recorded = minutes.Items.Single(i => i.IsMembershipApplications).Decisions;
        Assert.Equal(listed.Select(a => a.Id).Order(), recorded.Select(d => d.ApplicationId!.Value).Order());
    }

    [Fact]
    public async Task A_viewer_cannot_record_decisions()
    {
        var meetingId = await GbMeetingWithListAsync(applications: 1);
        await using var viewer = await host.AsAsync(Roles.Viewer);
        var service = viewer.ServiceProvider.GetRequiredService<MinutesService>();
        var listed = await service.ListedApplicationsAsync(meetingId);
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.RecordApplicationDecisionsAsync(meetingId,
            [new DecisionRequest(listed[0].Id, listed[0].Version, DecisionOutcome.Endorsed)]));
    }

    private async Task<int> GbMeetingWithListAsync(int applications)
    {
        await using var db = await host.DbAsync();
        var meeting = A.Meeting.GoverningBoard(Interlocked.Increment(ref _nextNumber)).On(new DateOnly(2026, 6, 1)).Planned(); // begun: its decisions can be recorded
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        var category = await db.Categories.Select(c => c.Id).FirstAsync();
        for (var i = 0; i < applications; i++)
        {
            var organization = An.Organization.Named($"Institute {meeting.Number}-{i} für Forschung").In("DE").InCategory(category).Build();
            db.Applications.Add(An.Application.From(organization).AtBoard(meeting).InState(ApplicationState.ListedForBoard).Build());
        }
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    private async Task<Dictionary<int, int>> HistoryCountsAsync(IEnumerable<int> ids)
    {
        await using var db = await host.DbAsync();
        var list = ids.ToList();
        return await db.ApplicationHistory.Where(h => list.Contains(h.ApplicationId)).GroupBy(h => h.ApplicationId)
            .ToDictionaryAsync(g => g.Key, g => g.Count());
    }
}
