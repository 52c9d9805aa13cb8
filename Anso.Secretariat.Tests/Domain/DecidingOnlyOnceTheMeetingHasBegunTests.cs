using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

/// <summary>A GB or GA decides only once it has begun; recording its decisions marks it held.</summary>
public class DecidingOnlyOnceTheMeetingHasBegunTests
{
    private static readonly DateOnly FirstDay = new(2026, 12, 9);

    public static TheoryData<MeetingBody, ApplicationState, DecisionOutcome> Bodies => new()
    {
        { MeetingBody.GoverningBoard, ApplicationState.ListedForBoard, DecisionOutcome.Endorsed },
        { MeetingBody.GeneralAssembly, ApplicationState.ListedForAssembly, DecisionOutcome.ApprovedAsFullMember },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Before_its_first_day_a_meeting_records_no_decision_and_says_when_it_starts(MeetingBody body, ApplicationState listed, DecisionOutcome outcome)
    {
        var (meeting, minutes, application) = MeetingWithOneListed(body, listed);

        var ex = Assert.Throws<DomainException>(() =>
            MeetingDecisions.Record(meeting, minutes, [new DecisionOnList(application, outcome)], Actors.Secretary(), FirstDay.AddDays(-1)));

        Assert.Contains("starts on 9 Dec 2026", ex.Message);
        Assert.Equal(listed, application.State);
        Assert.Empty(minutes.Items.SelectMany(i => i.Decisions));
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void On_its_first_day_recording_the_decisions_marks_the_meeting_held(MeetingBody body, ApplicationState listed, DecisionOutcome outcome)
    {
        var (meeting, minutes, application) = MeetingWithOneListed(body, listed);

        MeetingDecisions.Record(meeting, minutes, [new DecisionOnList(application, outcome)], Actors.Secretary(), FirstDay);

        Assert.NotEqual(listed, application.State);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        var decision = Assert.Single(minutes.Items.SelectMany(i => i.Decisions));
        Assert.Equal((outcome, (int?)application.Id), (decision.Outcome, decision.ApplicationId));
    }

    [Fact]
    public void A_decision_typed_into_the_minutes_is_refused_before_the_meetings_first_day()
    {
        var (meeting, minutes, _) = MeetingWithOneListed(MeetingBody.GoverningBoard, ApplicationState.ListedForBoard);
        var item = minutes.Items[0];

        Assert.Throws<DomainException>(() =>
            minutes.RecordDecision(meeting, item, "The Board endorsed the budget.", DecisionOutcome.Endorsed, FirstDay.AddDays(-1), "Li Wei", Actors.SomeMoment));
        Assert.Empty(item.Decisions);

        minutes.RecordDecision(meeting, item, "The Board endorsed the budget.", DecisionOutcome.Endorsed, FirstDay, "Li Wei", Actors.SomeMoment);
        Assert.Single(item.Decisions);
        Assert.True(meeting.HasBeenHeld);
    }

    [Fact]
    public void A_membership_outcome_belongs_to_an_application_not_to_typed_text()
    {
        var (meeting, minutes, _) = MeetingWithOneListed(MeetingBody.GeneralAssembly, ApplicationState.ListedForAssembly);
        Assert.Throws<DomainException>(() => minutes.RecordDecision(meeting, minutes.Items[0], "Approved: someone",
            DecisionOutcome.ApprovedAsProvisionalMember, FirstDay, "Li Wei", Actors.SomeMoment));
    }

    private static (Meeting, Minutes, MembershipApplication) MeetingWithOneListed(MeetingBody body, ApplicationState listed)
    {
        var meeting = A.Meeting.Of(body, 10).On(FirstDay).Planned();
        var builder = An.Application.From(An.Organization.Named("Universidad de Chile", "UCHILE").In("CL").Build()).InState(listed);
        var application = (body == MeetingBody.GoverningBoard ? builder.AtBoard(meeting) : builder.AtAssembly(meeting)).Build();
        var minutes = Minutes.Start(meeting, [new AgendaHeading("1", "Budget", false), new AgendaHeading("2", "Membership applications", true)], "Li Wei", Actors.SomeMoment);
        return (meeting, minutes, application);
    }
}
