using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

public class WithdrawingAnApplicationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Withdrawing_without_a_reason_is_refused(string reason)
    {
        var application = An.Application.InState(ApplicationState.UnderReview).Build();
        var historyBefore = application.History.Count;

        var refused = Assert.Throws<DomainException>(() => application.Withdraw(Actors.Secretary(), reason));

        Assert.Contains("reason", refused.Message);
        Assert.Equal(ApplicationState.UnderReview, application.State);
        Assert.Equal(historyBefore, application.History.Count);
    }

    [Fact]
    public void The_reason_is_kept_in_the_history_trimmed()
    {
        var application = An.Application.InState(ApplicationState.Received).Build();

        application.Withdraw(Actors.Secretary(), "  Letter from the president, 2 Dec 2025.  ");

        Assert.Equal(ApplicationState.Withdrawn, application.State);
        Assert.Equal("Letter from the president, 2 Dec 2025.", application.History[^1].Note);
    }

    [Fact]
    public void Withdrawing_takes_the_application_off_the_meeting_list_it_was_on()
    {
        var board = A.Meeting.GoverningBoard(10).Planned();
        var application = An.Application.InState(ApplicationState.ListedForBoard).AtBoard(board).Build();
        Assert.Same(board, application.ListedAtMeeting);

        application.Withdraw(Actors.Secretary(), "The applicant merged with another institute.");

        Assert.Null(application.ListedAtMeeting);
        Assert.Null(application.ListedAtMeetingId);
    }
}
