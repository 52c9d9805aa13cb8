using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.Tests.Domain;

public class RecordingAnApplicationFromEarlierRecordsTests
{
    private static readonly Actor Importer = new("Import tester", new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    private static Meeting Held(MeetingBody body, int number, DateOnly day)
    {
        var m = new Meeting(body, number, day, day, Venue.None, MeetingMode.Online);
        m.MarkHeld();
        return m;
    }

    private static readonly Meeting Gb2 = Held(MeetingBody.GoverningBoard, 2, new(2019, 11, 6));
    private static readonly Meeting Ga2 = Held(MeetingBody.GeneralAssembly, 2, new(2022, 1, 20));
    private static readonly Meeting Gb10 = new(MeetingBody.GoverningBoard, 10, new(2099, 12, 9), new(2099, 12, 9), Venue.None, MeetingMode.Hybrid);

    private static Organization Applicant() => new("Ambo University", "ET", categoryId: 4);

    private static MembershipApplication Record(EarlierApplicationRecord record, Organization? organization = null) =>
        MembershipApplication.FromEarlierRecords(organization ?? Applicant(), record, Importer, "Imported from test.csv, row 2.");

    [Fact]
    public void An_admitted_application_gets_every_step_of_the_workflow_dated_on_its_meetings()
    {
        var organization = Applicant();
        var application = Record(new(new(2019, 3, 25), ApplicationState.Admitted, Gb2, Ga2, MembershipType.Provisional, "Summary"), organization);

        Assert.Equal(ApplicationState.Admitted, application.State);
        Assert.Equal(
            [ApplicationState.Received, ApplicationState.UnderReview, ApplicationState.ListedForBoard, ApplicationState.Endorsed, ApplicationState.ListedForAssembly, ApplicationState.Admitted],
            application.History.Select(h => h.ToState));
        Assert.Equal([null, null, Gb2, Gb2, Ga2, Ga2], application.History.Select(h => h.Meeting));
        Assert.Equal(new DateOnly(2022, 1, 20), DateOnly.FromDateTime(application.History[^1].At.UtcDateTime));
        Assert.All(application.History, h => Assert.Equal("Import tester", h.By));
        Assert.Equal((OrganizationStatus.Member, MembershipType.Provisional, new DateOnly(2022, 1, 20)),
            (organization.Status, organization.MembershipType, organization.MemberSince));
        Assert.Null(application.ListedAtMeetingId);
    }

    [Fact]
    public void An_application_listed_for_a_GB_meeting_to_come_is_on_its_list()
    {
        var application = Record(new(new(2024, 9, 16), ApplicationState.ListedForBoard, Gb10));

        Assert.Same(Gb10, application.ListedAtMeeting);
        Assert.Equal(ApplicationAction.ListForBoard, application.History[^1].Action);
    }

    [Fact]
    public void An_application_still_listed_for_a_GB_meeting_that_has_met_was_deferred_by_it()
    {
        var application = Record(new(new(2019, 3, 25), ApplicationState.ListedForBoard, Gb2));

        Assert.Equal(ApplicationState.ListedForBoard, application.State);
        Assert.Equal(ApplicationAction.DeferAtBoard, application.History[^1].Action);
        Assert.Null(application.ListedAtMeeting);
    }

    [Fact]
    public void An_organization_already_a_full_member_keeps_its_membership()
    {
        var founder = Applicant();
        founder.RecordExistingMembership(MembershipType.Full, new(2018, 11, 4), founding: true);

        Record(new(new(2019, 3, 25), ApplicationState.Admitted, Gb2, Ga2), founder);

        Assert.Equal((MembershipType.Full, new DateOnly(2018, 11, 4)), (founder.MembershipType, founder.MemberSince));
    }

    [Theory]
    [InlineData(ApplicationState.Endorsed, false, false, "needs the GB meeting that listed or decided it")]
    [InlineData(ApplicationState.Rejected, true, false, "needs the GA that listed or decided it")]
    [InlineData(ApplicationState.UnderReview, true, false, "leave the GB meeting empty")]
    [InlineData(ApplicationState.Endorsed, true, true, "leave the GA empty")]
    public void A_record_whose_meetings_do_not_fit_its_state_is_refused(ApplicationState state, bool withBoard, bool withAssembly, string reason)
    {
        var e = Assert.Throws<DomainException>(() => Record(new(new(2019, 3, 25), state, withBoard ? Gb2 : null, withAssembly ? Ga2 : null)));

        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void A_decision_by_a_meeting_not_held_yet_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => Record(new(new(2019, 3, 25), ApplicationState.Endorsed, Gb10)));

        Assert.Equal("The 10th ANSO Governing Board (GB) Meeting has not been held yet, so it cannot have decided the application.", e.Message);
    }

    [Fact]
    public void A_meeting_of_the_wrong_body_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => Record(new(new(2019, 3, 25), ApplicationState.Endorsed, Ga2)));

        Assert.Equal("The 2nd ANSO General Assembly (GA) is not a Governing Board meeting.", e.Message);
    }

    [Fact]
    public void A_withdrawn_application_that_had_been_listed_is_withdrawn_from_the_list()
    {
        var application = Record(new(new(2019, 3, 25), ApplicationState.Withdrawn, Gb2));

        Assert.Equal([ApplicationAction.StartReview, ApplicationAction.ListForBoard, ApplicationAction.Withdraw],
            application.History.Skip(1).Select(h => h.Action!.Value));
        Assert.Equal(ApplicationState.ListedForBoard, application.History[^1].FromState);
    }
}
