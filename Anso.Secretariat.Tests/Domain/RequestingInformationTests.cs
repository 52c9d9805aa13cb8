using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

public class RequestingInformationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Requesting_information_without_saying_what_is_missing_is_refused(string whatIsMissing)
    {
        var application = An.Application.InState(ApplicationState.UnderReview).Build();
        var historyBefore = application.History.Count;

        var refused = Assert.Throws<DomainException>(() => application.RequestInformation(Actors.Secretary(), whatIsMissing));

        Assert.Contains("information", refused.Message);
        Assert.Equal(ApplicationState.UnderReview, application.State);
        Assert.Equal(historyBefore, application.History.Count);
    }

    [Fact]
    public void Received_information_brings_the_application_back_under_review()
    {
        var application = An.Application.InState(ApplicationState.AwaitingInformation).Build();
        Assert.Equal("Please send the statutes and the latest annual report.", application.History[^1].Note);

        application.ReceiveInformation(Actors.Secretary(), "Statutes received by email.");

        Assert.Equal(ApplicationState.UnderReview, application.State);
        Assert.Equal(ApplicationState.AwaitingInformation, application.History[^1].FromState);
        Assert.Equal("Statutes received by email.", application.History[^1].Note);
    }
}
