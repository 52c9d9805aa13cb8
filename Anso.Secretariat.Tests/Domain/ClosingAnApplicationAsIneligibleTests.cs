using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

public class ClosingAnApplicationAsIneligibleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Closing_without_a_reason_is_refused(string reason)
    {
        var application = An.Application.InState(ApplicationState.UnderReview).Build();
        var historyBefore = application.History.Count;

        var refused = Assert.Throws<DomainException>(() => application.CloseAsIneligible(Actors.Secretary(), reason));

        Assert.Contains("reason", refused.Message);
        Assert.Equal(ApplicationState.UnderReview, application.State);
        Assert.Equal(historyBefore, application.History.Count);
    }

    [Fact]
    public void Closing_with_a_reason_records_it()
    {
        var application = An.Application.InState(ApplicationState.UnderReview).Build();

        application.CloseAsIneligible(Actors.Secretary(), "A private company, not a research organization.");

        Assert.Equal(ApplicationState.Closed, application.State);
        Assert.Equal(ApplicationAction.Close, application.History[^1].Action);
        Assert.Equal("A private company, not a research organization.", application.History[^1].Note);
        Assert.False(application.IsOpen);
    }
}
