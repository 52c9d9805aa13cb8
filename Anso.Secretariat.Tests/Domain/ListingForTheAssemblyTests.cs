using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

public class ListingForTheAssemblyTests
{
    [Fact]
    public void An_endorsed_application_goes_on_a_planned_GAs_list()
    {
        var application = An.Application.InState(ApplicationState.Endorsed).Build();
        var assembly = A.Meeting.GeneralAssembly(5).Planned();

        application.ListForAssembly(assembly, Actors.Secretary());

        Assert.Equal(ApplicationState.ListedForAssembly, application.State);
        Assert.Same(assembly, application.ListedAtMeeting);
        Assert.Same(assembly, application.History[^1].Meeting);
    }

    [Fact]
    public void A_GB_meeting_cannot_approve_membership_so_listing_for_it_as_an_assembly_is_refused()
    {
        var application = An.Application.InState(ApplicationState.Endorsed).Build();
        var historyBefore = application.History.Count;
        var board = A.Meeting.GoverningBoard(10).Planned();

        var refused = Assert.Throws<DomainException>(() => application.ListForAssembly(board, Actors.Secretary()));

        Assert.Contains("General Assembly", refused.Message);
        Assert.Contains(board.Title, refused.Message);
        Assert.Equal(ApplicationState.Endorsed, application.State);
        Assert.Null(application.ListedAtMeeting);
        Assert.Equal(historyBefore, application.History.Count);
    }

    [Fact]
    public void A_GA_that_has_been_held_is_refused()
    {
        var application = An.Application.InState(ApplicationState.Endorsed).Build();
        var historyBefore = application.History.Count;

        var refused = Assert.Throws<DomainException>(() => application.ListForAssembly(A.Meeting.GeneralAssembly(4).Held(), Actors.Secretary()));

        Assert.Contains("already been held", refused.Message);
        Assert.Equal(ApplicationState.Endorsed, application.State);
        Assert.Equal(historyBefore, application.History.Count);
    }
}
