using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>ApplicationService.ListForBoardAsync: several applications on one GB meeting's list, in one step, all or none.</summary>
public class ListingSeveralApplicationsForAGbMeetingTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly ApplicationService service;
    private readonly Meeting gb10 = A.Meeting.GoverningBoard(10).On(new DateOnly(2099, 12, 9)).Planned();

    public ListingSeveralApplicationsForAGbMeetingTests()
    {
        service = Services.Applications(database);
        database.Store(gb10);
    }

    public void Dispose() => database.Dispose();

    private MembershipApplication Application(ApplicationState state, string name) =>
        An.Application.From(An.Organization.Named(name).InCategory(database.CategoryId("Universities")).Build()).InState(state).Build();

    private async Task<List<MembershipApplication>> ReloadAsync()
    {
        await using var db = database.CreateContext();
        return await db.Applications.Include(a => a.History).OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task Every_chosen_application_is_listed_with_its_own_history_entry()
    {
        var first = Application(ApplicationState.UnderReview, "University of Novi Sad");
        var second = Application(ApplicationState.UnderReview, "University of Niš");
        database.Store(first, second);

        var listed = await service.ListForBoardAsync(gb10.Id, [first.Id, second.Id], "Recommended by the secretariat.");

        Assert.Equal(2, listed);
        var stored = await ReloadAsync();
        Assert.All(stored, a =>
        {
            Assert.Equal(ApplicationState.ListedForBoard, a.State);
            Assert.Equal(gb10.Id, a.ListedAtMeetingId);
            var entry = Assert.Single(a.History, h => h.Action == ApplicationAction.ListForBoard);
            Assert.Equal((gb10.Id, "Recommended by the secretariat.", Services.SecretariatMemberName), (entry.MeetingId!.Value, entry.Note, entry.By));
        });
    }

    [Fact]
    public async Task One_application_that_cannot_be_listed_leaves_all_of_them_unlisted_and_is_named()
    {
        var first = Application(ApplicationState.UnderReview, "University of Novi Sad");
        var notReviewed = Application(ApplicationState.Received, "University of Kragujevac");
        var third = Application(ApplicationState.UnderReview, "University of Niš");
        database.Store(first, notReviewed, third);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            service.ListForBoardAsync(gb10.Id, [first.Id, notReviewed.Id, third.Id]));

        Assert.StartsWith($"Nothing was listed: University of Kragujevac (no. {notReviewed.Id}) cannot be listed.", refused.Message);
        Assert.Contains("not allowed while the application is", refused.Message);
        var stored = await ReloadAsync();
        Assert.Equal([ApplicationState.UnderReview, ApplicationState.Received, ApplicationState.UnderReview], stored.Select(a => a.State));
        Assert.All(stored, a => Assert.Null(a.ListedAtMeetingId));
        Assert.DoesNotContain(stored.SelectMany(a => a.History), h => h.Action == ApplicationAction.ListForBoard);
    }

    [Fact]
    public async Task A_held_meeting_takes_no_application()
    {
        var held = A.Meeting.GoverningBoard(9).Held();
        var first = Application(ApplicationState.UnderReview, "University of Novi Sad");
        database.Store(held, first);

        var refused = await Assert.ThrowsAsync<DomainException>(() => service.ListForBoardAsync(held.Id, [first.Id]));

        Assert.Contains("has already been held", refused.Message);
        Assert.Equal(ApplicationState.UnderReview, (await ReloadAsync()).Single().State);
    }

    [Fact]
    public async Task The_candidates_are_the_applications_the_workflow_lets_the_meeting_list()
    {
        var underReview = Application(ApplicationState.UnderReview, "University of Novi Sad");
        var received = Application(ApplicationState.Received, "University of Kragujevac");
        var endorsed = Application(ApplicationState.Endorsed, "University of Niš");
        database.Store(underReview, received, endorsed);

        var candidates = await service.CandidatesForBoardAsync(gb10.Id);

        Assert.Equal([underReview.Id], candidates.Select(c => c.Id));
    }
}
