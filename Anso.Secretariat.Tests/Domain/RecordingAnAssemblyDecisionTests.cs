using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

public class RecordingAnAssemblyDecisionTests
{
    private static readonly DateOnly FourthGaOpens = new(2025, 10, 28);

    [Theory]
    [InlineData(AssemblyDecision.AdmittedAsFullMember, MembershipType.Full)]
    [InlineData(AssemblyDecision.AdmittedAsProvisionalMember, MembershipType.Provisional)]
    public void Admission_makes_the_organization_a_member_from_the_GAs_first_day(AssemblyDecision decision, MembershipType expectedType)
    {
        var laos = An.Organization.Named("National University of Laos", "NUOL").In("LA").Build();
        var assembly = A.Meeting.GeneralAssembly(4).On(FourthGaOpens, FourthGaOpens.AddDays(2)).Planned();
        var application = An.Application.From(laos).InState(ApplicationState.ListedForAssembly).AtAssembly(assembly).Build();
        Assert.Equal(OrganizationStatus.Applicant, laos.Status);

        application.RecordAssemblyDecision(assembly, decision, Actors.Secretary());

        Assert.Equal(ApplicationState.Admitted, application.State);
        Assert.Equal(OrganizationStatus.Member, laos.Status);
        Assert.Equal(expectedType, laos.MembershipType);
        Assert.Equal(FourthGaOpens, laos.MemberSince);
        Assert.Null(application.ListedAtMeeting);
        Assert.Same(assembly, application.DecidedAtMeeting);
    }

    [Fact]
    public void Rejection_leaves_the_organization_an_applicant()
    {
        var organization = An.Organization.Build();
        var assembly = A.Meeting.GeneralAssembly(4).Planned();
        var application = An.Application.From(organization).InState(ApplicationState.ListedForAssembly).AtAssembly(assembly).Build();

        application.RecordAssemblyDecision(assembly, AssemblyDecision.Rejected, Actors.Secretary());

        Assert.Equal(ApplicationState.Rejected, application.State);
        Assert.Equal(OrganizationStatus.Applicant, organization.Status);
        Assert.Null(organization.MembershipType);
        Assert.Null(organization.MemberSince);
    }

    [Fact]
    public void A_GA_deferral_returns_the_application_to_endorsed_and_off_the_GA_list()
    {
        var fourth = A.Meeting.GeneralAssembly(4).Planned();
        var organization = An.Organization.Build();
        var application = An.Application.From(organization).InState(ApplicationState.ListedForAssembly).AtAssembly(fourth).Build();

        application.RecordAssemblyDecision(fourth, AssemblyDecision.Deferred, Actors.Secretary(), "Deferred to the next GA.");

        Assert.Equal(ApplicationState.Endorsed, application.State);
        Assert.Null(application.ListedAtMeeting);
        Assert.Null(application.ListedAtMeetingId);
        Assert.Equal(ApplicationAction.DeferAtAssembly, application.History[^1].Action);
        Assert.Equal(OrganizationStatus.Applicant, organization.Status);

        var fifth = A.Meeting.GeneralAssembly(5).Planned();
        application.ListForAssembly(fifth, Actors.Secretary());
        application.RecordAssemblyDecision(fifth, AssemblyDecision.AdmittedAsFullMember, Actors.Secretary());
        Assert.Equal(fifth.StartDate, organization.MemberSince);
    }

    [Theory]
    [InlineData(AssemblyDecision.AdmittedAsFullMember)]
    [InlineData(AssemblyDecision.Rejected)]
    [InlineData(AssemblyDecision.Deferred)]
    public void A_decision_at_a_GA_other_than_the_one_listed_for_is_refused(AssemblyDecision decision)
    {
        var fourth = A.Meeting.GeneralAssembly(4).Planned();
        var fifth = A.Meeting.GeneralAssembly(5).Planned();
        var organization = An.Organization.Build();
        var application = An.Application.From(organization).InState(ApplicationState.ListedForAssembly).AtAssembly(fourth).Build();
        var historyBefore = application.History.Count;

        var refused = Assert.Throws<DomainException>(() => application.RecordAssemblyDecision(fifth, decision, Actors.Secretary()));

        Assert.Contains(fifth.Title, refused.Message);
        Assert.Equal(ApplicationState.ListedForAssembly, application.State);
        Assert.Same(fourth, application.ListedAtMeeting);
        Assert.Equal(historyBefore, application.History.Count);
        Assert.Equal(OrganizationStatus.Applicant, organization.Status);
    }

    [Fact]
    public void An_application_on_a_GB_list_cannot_be_decided_by_the_assembly()
    {
        var board = A.Meeting.GoverningBoard(10).Planned();
        var organization = An.Organization.Build();
        var application = An.Application.From(organization).InState(ApplicationState.ListedForBoard).AtBoard(board).Build();

        Assert.Throws<DomainException>(() => application.RecordAssemblyDecision(board, AssemblyDecision.AdmittedAsFullMember, Actors.Secretary()));

        Assert.Equal(ApplicationState.ListedForBoard, application.State);
        Assert.Equal(OrganizationStatus.Applicant, organization.Status);
    }
}
