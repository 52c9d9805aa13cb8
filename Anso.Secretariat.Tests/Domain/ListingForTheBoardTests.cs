using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

public class ListingForTheBoardTests
{
    [Fact]
    public void An_application_under_review_goes_on_a_planned_GB_meetings_list()
    {
        var application = An.Application.InState(ApplicationState.UnderReview).Build();
        var board = A.Meeting.GoverningBoard(10).Planned();

        application.ListForBoard(board, Actors.Secretary(), "Recommended: a strong national academy.");

        Assert.Equal(ApplicationState.ListedForBoard, application.State);
        Assert.Same(board, application.ListedAtMeeting);
        Assert.Same(board, application.History[^1].Meeting);
    }

    [Fact]
    public void A_General_Assembly_cannot_endorse_so_listing_for_it_as_a_board_is_refused()
    {
        var application = An.Application.InState(ApplicationState.UnderReview).Build();
        var assembly = A.Meeting.GeneralAssembly(5).Planned();

        var refused = Assert.Throws<DomainException>(() => application.ListForBoard(assembly, Actors.Secretary()));

        Assert.Contains("Governing Board", refused.Message);
        Assert.Contains(assembly.Title, refused.Message);
        AssertUnchanged(application);
    }

    [Fact]
    public void A_working_group_cannot_endorse_either()
    {
        var application = An.Application.InState(ApplicationState.UnderReview).Build();

        Assert.Throws<DomainException>(() => application.ListForBoard(A.Meeting.WorkingGroup(2).Planned(), Actors.Secretary()));

        AssertUnchanged(application);
    }

    [Fact]
    public void A_GB_meeting_that_has_been_held_is_refused()
    {
        var application = An.Application.InState(ApplicationState.UnderReview).Build();
        var held = A.Meeting.GoverningBoard(9).Held();

        var refused = Assert.Throws<DomainException>(() => application.ListForBoard(held, Actors.Secretary()));

        Assert.Contains("already been held", refused.Message);
        AssertUnchanged(application);
    }

    [Fact]
    public void Listing_again_for_the_meeting_it_is_already_on_is_refused()
    {
        var board = A.Meeting.GoverningBoard(10).Planned();
        var application = An.Application.InState(ApplicationState.ListedForBoard).AtBoard(board).Build();
        var historyBefore = application.History.Count;

        var refused = Assert.Throws<DomainException>(() => application.ListForBoard(board, Actors.Secretary()));

        Assert.Contains("already on the list", refused.Message);
        Assert.Equal(historyBefore, application.History.Count);
    }

    [Fact]
    public void A_listed_application_can_move_to_another_GB_meetings_list()
    {
        var tenth = A.Meeting.GoverningBoard(10).Planned();
        var eleventh = A.Meeting.GoverningBoard(11).Planned();
        var application = An.Application.InState(ApplicationState.ListedForBoard).AtBoard(tenth).Build();

        application.ListForBoard(eleventh, Actors.Secretary(), "The 10th GB was postponed.");

        Assert.Equal(ApplicationState.ListedForBoard, application.State);
        Assert.Same(eleventh, application.ListedAtMeeting);
    }

    private static void AssertUnchanged(MembershipApplication application)
    {
        Assert.Equal(ApplicationState.UnderReview, application.State);
        Assert.Null(application.ListedAtMeeting);
        Assert.Null(application.ListedAtMeetingId);
        Assert.Equal(2, application.History.Count);
    }
}
