using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

/// <summary>Every action tried from every state: the aggregate does exactly what the transition table says.</summary>
public class TransitionMatrixTests
{
    private static readonly ApplicationState[] FinalStates =
    [
        ApplicationState.Admitted, ApplicationState.NotEndorsed, ApplicationState.Rejected,
        ApplicationState.Withdrawn, ApplicationState.Closed,
    ];

    public static TheoryData<ApplicationState, ApplicationAction> EveryStateAndAction()
    {
        var data = new TheoryData<ApplicationState, ApplicationAction>();
        foreach (var state in Enum.GetValues<ApplicationState>())
        foreach (var action in Enum.GetValues<ApplicationAction>())
            data.Add(state, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndAction))]
    public void An_action_moves_the_application_exactly_as_the_table_says(ApplicationState state, ApplicationAction action)
    {
        var application = An.Application.InState(state).Build();
        var historyBefore = application.History.ToList();
        var by = Actors.Secretary("Zhang Min", new DateTimeOffset(2025, 12, 2, 15, 45, 0, TimeSpan.FromHours(8)));
        var target = ApplicationWorkflow.Target(state, action);

        if (target is { } to)
        {
            var meeting = Perform(application, action, by);

            Assert.Equal(to, application.State);
            Assert.Equal(historyBefore.Count + 1, application.History.Count);
            Assert.Equal(historyBefore, application.History.Take(historyBefore.Count));
            var entry = application.History[^1];
            Assert.Equal(state, entry.FromState);
            Assert.Equal(to, entry.ToState);
            Assert.Equal(action, entry.Action);
            Assert.Equal("Zhang Min", entry.By);
            Assert.Equal(by.At, entry.At);
            if (meeting is null)
            {
                Assert.Null(entry.Meeting);
                Assert.Null(entry.MeetingId);
            }
            else
            {
                Assert.Same(meeting, entry.Meeting);
                Assert.Equal(meeting.Id, entry.MeetingId);
            }
        }
        else
        {
            var refused = Assert.Throws<DomainException>(() => Perform(application, action, by));

            Assert.False(string.IsNullOrWhiteSpace(refused.Message));
            Assert.True(
                refused.Message.Contains(Wording.Of(action), StringComparison.OrdinalIgnoreCase)
                || refused.Message.Contains(Wording.Of(state), StringComparison.OrdinalIgnoreCase),
                $"The message names neither the action nor the state: {refused.Message}");
            Assert.Equal(state, application.State);
            Assert.Equal(historyBefore, application.History);
        }
    }

    [Fact]
    public void Every_state_that_is_not_final_has_a_way_out()
    {
        var open = Enum.GetValues<ApplicationState>().Except(FinalStates).ToList();

        Assert.Equal(6, open.Count);
        Assert.All(open, state =>
        {
            Assert.NotEmpty(ApplicationWorkflow.AllowedFrom(state));
            Assert.True(ApplicationWorkflow.IsOpen(state), $"{state} should be open");
        });
    }

    [Fact]
    public void Final_states_have_no_way_out()
    {
        Assert.All(FinalStates, state =>
        {
            Assert.Empty(ApplicationWorkflow.AllowedFrom(state));
            Assert.True(ApplicationWorkflow.IsFinal(state), $"{state} should be final");
        });
    }

    [Fact]
    public void Each_state_leads_to_the_next_states_the_design_names()
    {
        // DESIGN.md, "The membership pipeline".
        var design = new Dictionary<ApplicationState, ApplicationState[]>
        {
            [ApplicationState.Received] = [ApplicationState.UnderReview, ApplicationState.Withdrawn],
            [ApplicationState.UnderReview] = [ApplicationState.AwaitingInformation, ApplicationState.ListedForBoard, ApplicationState.Withdrawn, ApplicationState.Closed],
            [ApplicationState.AwaitingInformation] = [ApplicationState.UnderReview, ApplicationState.Withdrawn],
            [ApplicationState.ListedForBoard] = [ApplicationState.Endorsed, ApplicationState.NotEndorsed, ApplicationState.ListedForBoard, ApplicationState.Withdrawn],
            [ApplicationState.Endorsed] = [ApplicationState.ListedForAssembly, ApplicationState.Withdrawn],
            [ApplicationState.ListedForAssembly] = [ApplicationState.Admitted, ApplicationState.Rejected, ApplicationState.Endorsed, ApplicationState.Withdrawn],
        };

        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            var expected = design.GetValueOrDefault(state, []).Order().ToList();
            var actual = ApplicationWorkflow.Transitions.Where(t => t.From == state).Select(t => t.To).Distinct().Order().ToList();
            Assert.True(expected.SequenceEqual(actual), $"{state}: design says [{string.Join(", ", expected)}], table says [{string.Join(", ", actual)}]");
        }
    }

    [Fact]
    public void Every_action_is_allowed_from_some_state_and_never_twice_from_the_same_one()
    {
        var actions = ApplicationWorkflow.Transitions.Select(t => t.Action).ToHashSet();
        Assert.Equal(Enum.GetValues<ApplicationAction>().ToHashSet(), actions);

        var duplicates = ApplicationWorkflow.Transitions.GroupBy(t => (t.From, t.Action)).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    /// <summary>Performs the action through the aggregate's business method; returns the meeting it involved, if any.</summary>
    private static Meeting? Perform(MembershipApplication application, ApplicationAction action, Actor by)
    {
        switch (action)
        {
            case ApplicationAction.StartReview: application.StartReview(by); return null;
            case ApplicationAction.RequestInformation: application.RequestInformation(by, "Please send the statutes."); return null;
            case ApplicationAction.ReceiveInformation: application.ReceiveInformation(by); return null;
            case ApplicationAction.Close: application.CloseAsIneligible(by, "A company, not a research organization."); return null;
            case ApplicationAction.Withdraw: application.Withdraw(by, "Withdrawn by the applicant's letter of 1 Dec."); return null;
            case ApplicationAction.ListForBoard:
            {
                var board = A.Meeting.GoverningBoard(10).Planned();
                application.ListForBoard(board, by);
                return board;
            }
            case ApplicationAction.ListForAssembly:
            {
                var assembly = A.Meeting.GeneralAssembly(5).Planned();
                application.ListForAssembly(assembly, by);
                return assembly;
            }
            case ApplicationAction.Endorse: return Board(application, BoardDecision.Endorsed, by);
            case ApplicationAction.DeclineEndorsement: return Board(application, BoardDecision.NotEndorsed, by);
            case ApplicationAction.DeferAtBoard: return Board(application, BoardDecision.Deferred, by);
            case ApplicationAction.AdmitAsFullMember: return Assembly(application, AssemblyDecision.AdmittedAsFullMember, by);
            case ApplicationAction.AdmitAsProvisionalMember: return Assembly(application, AssemblyDecision.AdmittedAsProvisionalMember, by);
            case ApplicationAction.Reject: return Assembly(application, AssemblyDecision.Rejected, by);
            case ApplicationAction.DeferAtAssembly: return Assembly(application, AssemblyDecision.Deferred, by);
            default: throw new ArgumentOutOfRangeException(nameof(action), action, "The matrix test does not know this action yet.");
        }
    }

    /// <summary>A decision is taken at the meeting the application is listed for; when it is on no list, at a planned meeting of the body.</summary>
    private static Meeting Board(MembershipApplication application, BoardDecision decision, Actor by)
    {
        var meeting = application.ListedAtMeeting ?? A.Meeting.GoverningBoard(10).Planned();
        application.RecordBoardDecision(meeting, decision, by);
        return meeting;
    }

    private static Meeting Assembly(MembershipApplication application, AssemblyDecision decision, Actor by)
    {
        var meeting = application.ListedAtMeeting ?? A.Meeting.GeneralAssembly(5).Planned();
        application.RecordAssemblyDecision(meeting, decision, by);
        return meeting;
    }
}
