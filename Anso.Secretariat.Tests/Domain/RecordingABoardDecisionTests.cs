using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

public class RecordingABoardDecisionTests
{
    [Theory]
    [InlineData(BoardDecision.Endorsed)]
    [InlineData(BoardDecision.NotEndorsed)]
    [InlineData(BoardDecision.Deferred)]
    public void A_decision_at_a_meeting_other_than_the_one_listed_for_is_refused(BoardDecision decision)
    {
        var tenth = A.Meeting.GoverningBoard(10).Planned();
        var eleventh = A.Meeting.GoverningBoard(11).Planned();
        var application = An.Application.InState(ApplicationState.ListedForBoard).AtBoard(tenth).Build();
        var historyBefore = application.History.Count;

        var refused = Assert.Throws<DomainException>(() => application.RecordBoardDecision(eleventh, decision, Actors.Secretary()));

        Assert.Contains(eleventh.Title, refused.Message);
        Assert.Equal(ApplicationState.ListedForBoard, application.State);
        Assert.Same(tenth, application.ListedAtMeeting);
        Assert.Equal(historyBefore, application.History.Count);
    }

    [Fact]
    public void Endorsement_takes_the_application_off_the_GB_list_and_remembers_the_meeting()
    {
        var board = A.Meeting.GoverningBoard(10).Planned();
        var application = An.Application.InState(ApplicationState.ListedForBoard).AtBoard(board).Build();

        application.RecordBoardDecision(board, BoardDecision.Endorsed, Actors.Secretary(), "Endorsed unanimously.");

        Assert.Equal(ApplicationState.Endorsed, application.State);
        Assert.Null(application.ListedAtMeeting);
        Assert.Null(application.ListedAtMeetingId);
        Assert.Same(board, application.EndorsedAtMeeting);
        Assert.Same(board, application.DecidedAtMeeting);
        Assert.Equal(ApplicationAction.Endorse, application.History[^1].Action);
        Assert.Same(board, application.History[^1].Meeting);
        Assert.Equal("Endorsed unanimously.", application.History[^1].Note);
    }

    [Fact]
    public void Non_endorsement_ends_the_application()
    {
        var board = A.Meeting.GoverningBoard(10).Planned();
        var application = An.Application.InState(ApplicationState.ListedForBoard).AtBoard(board).Build();

        application.RecordBoardDecision(board, BoardDecision.NotEndorsed, Actors.Secretary());

        Assert.Equal(ApplicationState.NotEndorsed, application.State);
        Assert.False(application.IsOpen);
        Assert.Null(application.EndorsedAtMeeting);
        Assert.Same(board, application.DecidedAtMeeting);
        Assert.Null(application.ListedAtMeeting);
    }

    [Fact]
    public void A_deferral_keeps_the_application_listed_for_GB_but_on_no_meetings_list()
    {
        var board = A.Meeting.GoverningBoard(10).Planned();
        var application = An.Application.InState(ApplicationState.ListedForBoard).AtBoard(board).Build();

        application.RecordBoardDecision(board, BoardDecision.Deferred, Actors.Secretary(), "More information on funding needed.");

        Assert.Equal(ApplicationState.ListedForBoard, application.State);
        Assert.Null(application.ListedAtMeetingId);
        Assert.Null(application.ListedAtMeeting);
        Assert.Equal(ApplicationAction.DeferAtBoard, application.History[^1].Action);
        Assert.Same(board, application.History[^1].Meeting);
    }

    [Fact]
    public void After_a_deferral_no_decision_is_taken_until_the_application_is_listed_for_a_later_GB()
    {
        var tenth = A.Meeting.GoverningBoard(10).Planned();
        var eleventh = A.Meeting.GoverningBoard(11).Planned();
        var application = An.Application.InState(ApplicationState.ListedForBoard).AtBoard(tenth).Build();
        application.RecordBoardDecision(tenth, BoardDecision.Deferred, Actors.Secretary());
        tenth.MarkHeld();

        Assert.Throws<DomainException>(() => application.RecordBoardDecision(tenth, BoardDecision.Endorsed, Actors.Secretary()));
        Assert.Throws<DomainException>(() => application.RecordBoardDecision(eleventh, BoardDecision.Endorsed, Actors.Secretary()));
        Assert.Equal(ApplicationState.ListedForBoard, application.State);

        application.ListForBoard(eleventh, Actors.Secretary());
        application.RecordBoardDecision(eleventh, BoardDecision.Endorsed, Actors.Secretary());

        Assert.Equal(ApplicationState.Endorsed, application.State);
        Assert.Equal(
            [ApplicationAction.StartReview, ApplicationAction.ListForBoard, ApplicationAction.DeferAtBoard, ApplicationAction.ListForBoard, ApplicationAction.Endorse],
            application.History.Skip(1).Select(h => h.Action!.Value));
        Assert.Equal([tenth, tenth, eleventh, eleventh], application.History.Skip(2).Select(h => h.Meeting!));
    }

    [Fact]
    public void An_application_on_a_GA_list_cannot_be_decided_by_the_board()
    {
        var assembly = A.Meeting.GeneralAssembly(5).Planned();
        var application = An.Application.InState(ApplicationState.ListedForAssembly).AtAssembly(assembly).Build();

        var refused = Assert.Throws<DomainException>(() => application.RecordBoardDecision(assembly, BoardDecision.Endorsed, Actors.Secretary()));

        Assert.Contains("listed for GA", refused.Message);
        Assert.Equal(ApplicationState.ListedForAssembly, application.State);
    }
}
