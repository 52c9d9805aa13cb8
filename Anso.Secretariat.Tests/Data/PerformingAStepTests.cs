using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>ApplicationService.PerformAsync: one workflow step, loaded, performed and saved.</summary>
public class PerformingAStepTests
{
    [Fact]
    public async Task A_step_on_an_unknown_application_is_refused()
    {
        using var database = new TestDatabase();
        var service = Services.Applications(database);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            service.PerformAsync(4711, 0, new TransitionRequest(ApplicationAction.StartReview)));

        Assert.Equal("There is no application 4711.", refused.Message);
    }

    [Fact]
    public async Task The_secretariat_takes_an_application_from_receipt_to_admission()
    {
        using var database = new TestDatabase();
        var clock = new FakeTime(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        var service = Services.Applications(database, clock);
        var gb10 = A.Meeting.GoverningBoard(10).On(new DateOnly(2025, 6, 10)).Planned();
        var ga4 = A.Meeting.GeneralAssembly(4).On(new DateOnly(2025, 10, 28), new DateOnly(2025, 10, 30)).Planned();
        database.Store(gb10, ga4);
        var input = A.ValidNewApplication(database.CategoryId("National Academies"));
        input.ReceivedOn = new DateOnly(2025, 6, 1);
        var id = await service.CreateAsync(input);

        async Task Step(ApplicationAction action, int? meetingId = null, string? note = null)
        {
            clock.Advance(TimeSpan.FromDays(1));
            var current = (await service.FindAsync(id))!;
            await service.PerformAsync(id, current.Version, new TransitionRequest(action, meetingId, note));
        }

        void OnTheFirstDayOf(Meeting meeting) =>
            clock.Advance(new DateTimeOffset(meeting.StartDate.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(8)) - clock.GetUtcNow() - TimeSpan.FromDays(1));

        await Step(ApplicationAction.StartReview);
        await Step(ApplicationAction.ListForBoard, gb10.Id, "Recommended.");
        // A meeting decides only once it has begun: the day before, the endorsement is refused, naming the day.
        var early = await Assert.ThrowsAsync<DomainException>(() => Step(ApplicationAction.Endorse, note: "Too early."));
        Assert.Contains("starts on 10 Jun 2025", early.Message);
        OnTheFirstDayOf(gb10);
        await Step(ApplicationAction.Endorse, note: "Endorsed unanimously.");
        await Step(ApplicationAction.ListForAssembly, ga4.Id);
        OnTheFirstDayOf(ga4);
        await Step(ApplicationAction.AdmitAsFullMember);

        var admitted = (await service.FindAsync(id))!;
        Assert.Equal(ApplicationState.Admitted, admitted.State);
        Assert.Equal(gb10.Id, admitted.EndorsedAtMeetingId);
        Assert.Equal(ga4.Id, admitted.DecidedAtMeetingId);
        Assert.Null(admitted.ListedAtMeetingId);
        Assert.Equal(OrganizationStatus.Member, admitted.Organization.Status);
        Assert.Equal(MembershipType.Full, admitted.Organization.MembershipType);
        Assert.Equal(ga4.StartDate, admitted.Organization.MemberSince);
        var history = admitted.History.OrderBy(h => h.Id).ToList();
        Assert.Equal(
            [null, null, gb10.Id, gb10.Id, ga4.Id, ga4.Id],
            history.Select(h => h.MeetingId));
        Assert.Equal(
            [null, ApplicationAction.StartReview, ApplicationAction.ListForBoard, ApplicationAction.Endorse, ApplicationAction.ListForAssembly, ApplicationAction.AdmitAsFullMember],
            history.Select(h => h.Action));
        Assert.All(history, h => Assert.Equal(Services.SecretariatMemberName, h.By));
        Assert.Equal(clock.GetUtcNow(), history[^1].At);
        Assert.Equal("Endorsed unanimously.", history[3].Note);
    }

    [Fact]
    public async Task Listing_without_choosing_a_meeting_is_refused()
    {
        using var database = new TestDatabase();
        var service = Services.Applications(database);
        var id = await UnderReview(service, database);
        var version = (await service.FindAsync(id))!.Version;

        var noMeeting = await Assert.ThrowsAsync<DomainException>(() => service.PerformAsync(id, version, new TransitionRequest(ApplicationAction.ListForBoard)));
        var unknownMeeting = await Assert.ThrowsAsync<DomainException>(() => service.PerformAsync(id, version, new TransitionRequest(ApplicationAction.ListForBoard, 999)));

        Assert.Equal("Choose a meeting.", noMeeting.Message);
        Assert.Equal("There is no meeting 999.", unknownMeeting.Message);
        Assert.Equal(ApplicationState.UnderReview, (await service.FindAsync(id))!.State);
    }

    [Fact]
    public async Task A_step_the_table_does_not_allow_changes_nothing_in_the_database()
    {
        using var database = new TestDatabase();
        var service = Services.Applications(database);
        var id = await UnderReview(service, database);
        var before = (await service.FindAsync(id))!;

        await Assert.ThrowsAsync<DomainException>(() => service.PerformAsync(id, before.Version, new TransitionRequest(ApplicationAction.Endorse)));
        await Assert.ThrowsAsync<DomainException>(() => service.PerformAsync(id, before.Version, new TransitionRequest(ApplicationAction.ReceiveInformation)));
        await Assert.ThrowsAsync<DomainException>(() => service.PerformAsync(id, before.Version, new TransitionRequest(ApplicationAction.Withdraw, Note: " ")));

        var after = (await service.FindAsync(id))!;
        Assert.Equal(before.State, after.State);
        Assert.Equal(before.Version, after.Version);
        using var db = database.CreateContext();
        Assert.Equal(2, await db.ApplicationHistory.CountAsync());
    }

    private static async Task<int> UnderReview(ApplicationService service, TestDatabase database)
    {
        var id = await service.CreateAsync(A.ValidNewApplication(database.CategoryId("National Academies")));
        await service.PerformAsync(id, (await service.FindAsync(id))!.Version, new TransitionRequest(ApplicationAction.StartReview));
        return id;
    }
}
