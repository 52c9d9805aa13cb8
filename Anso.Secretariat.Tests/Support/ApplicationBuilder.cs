using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// <c>An.Application.InState(ApplicationState.Endorsed)</c>: an application brought to a state by the
/// same business acts the secretariat performs, starting from Received. Never by setting fields.
/// </summary>
public sealed class ApplicationBuilder
{
    private ApplicationState _state = ApplicationState.Received;
    private Organization? _organization;
    private Meeting? _board;
    private Meeting? _assembly;
    private DateOnly _receivedOn = new(2024, 3, 1);
    private string _by = "Li Wei";
    private DateTimeOffset _at = new(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public ApplicationBuilder InState(ApplicationState state)
    {
        _state = state;
        return this;
    }

    public ApplicationBuilder From(Organization organization)
    {
        _organization = organization;
        return this;
    }

    /// <summary>The GB meeting it is listed for (and, past that, endorsed or not endorsed by). A planned 9th GB unless told.</summary>
    public ApplicationBuilder AtBoard(Meeting governingBoard)
    {
        _board = governingBoard;
        return this;
    }

    /// <summary>The GA it is listed for (and, past that, decided by). A planned 4th GA unless told.</summary>
    public ApplicationBuilder AtAssembly(Meeting generalAssembly)
    {
        _assembly = generalAssembly;
        return this;
    }

    public ApplicationBuilder ReceivedOn(DateOnly date)
    {
        _receivedOn = date;
        return this;
    }

    /// <summary>Who performs every step, starting at the given moment; each later step is a day later.</summary>
    public ApplicationBuilder By(string name, DateTimeOffset? startingAt = null)
    {
        _by = name;
        _at = startingAt ?? _at;
        return this;
    }

    public MembershipApplication Build()
    {
        var at = _at;
        Actor Next() => new(_by, at = at.AddDays(1));
        var board = _board ?? A.Meeting.GoverningBoard(9).Planned();
        var assembly = _assembly ?? A.Meeting.GeneralAssembly(4).Planned();

        var application = new MembershipApplication(_organization ?? An.Organization.Build(), _receivedOn, new Actor(_by, at), "Applies for membership.");
        switch (_state)
        {
            case ApplicationState.Received:
                break;
            case ApplicationState.Withdrawn:
                application.Withdraw(Next(), "The applicant withdrew its application by letter.");
                break;
            case ApplicationState.UnderReview:
                application.StartReview(Next());
                break;
            case ApplicationState.AwaitingInformation:
                application.StartReview(Next());
                application.RequestInformation(Next(), "Please send the statutes and the latest annual report.");
                break;
            case ApplicationState.Closed:
                application.StartReview(Next());
                application.CloseAsIneligible(Next(), "Not a research or education organization.");
                break;
            default:
                application.StartReview(Next());
                application.ListForBoard(board, Next());
                DecideAtBoard(application, board, assembly, Next);
                break;
        }
        if (application.State != _state)
            throw new InvalidOperationException($"The builder meant to reach {_state} but reached {application.State}.");
        return application;
    }

    private void DecideAtBoard(MembershipApplication application, Meeting board, Meeting assembly, Func<Actor> next)
    {
        switch (_state)
        {
            case ApplicationState.ListedForBoard:
                return;
            case ApplicationState.NotEndorsed:
                application.RecordBoardDecision(board, BoardDecision.NotEndorsed, next());
                return;
        }
        application.RecordBoardDecision(board, BoardDecision.Endorsed, next());
        if (_state == ApplicationState.Endorsed) return;
        application.ListForAssembly(assembly, next());
        switch (_state)
        {
            case ApplicationState.Admitted:
                application.RecordAssemblyDecision(assembly, AssemblyDecision.AdmittedAsFullMember, next());
                break;
            case ApplicationState.Rejected:
                application.RecordAssemblyDecision(assembly, AssemblyDecision.Rejected, next());
                break;
        }
    }

    public static implicit operator MembershipApplication(ApplicationBuilder b) => b.Build();
}
