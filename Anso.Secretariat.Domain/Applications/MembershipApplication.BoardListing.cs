using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.Domain.Applications;

public partial class MembershipApplication
{
    /// <summary>
    /// Deferred by a GB: still <see cref="ApplicationState.ListedForBoard"/>, but on no meeting's list until listed for a
    /// later one. The meeting that deferred it is <see cref="DecidedAtMeeting"/>.
    /// </summary>
    public static bool IsDeferredByBoard(ApplicationState state, int? listedAtMeetingId) =>
        state == ApplicationState.ListedForBoard && listedAtMeetingId is null;

    /// <summary>The GB meeting that deferred the application while it waits for a later one, or null.</summary>
    public Meeting? DeferredByMeeting =>
        IsDeferredByBoard(State, ListedAtMeetingId) && ListedAtMeeting is null ? DecidedAtMeeting : null;

    /// <summary>Whether <see cref="ListForBoard"/> would accept this meeting: the same checks, without moving.</summary>
    public void EnsureCanListForBoard(Meeting meeting)
    {
        if (meeting.Body != MeetingBody.GoverningBoard)
            throw new DomainException(Refusal.OnlyBoardEndorses, meeting);
        if (meeting.HasBeenHeld)
            throw new DomainException(Refusal.BoardMeetingAlreadyHeld, meeting);
        if (IsListedAt(meeting))
            throw new DomainException(Refusal.AlreadyOnTheList, meeting);
        EnsureAllowed(ApplicationAction.ListForBoard);
    }

    /// <summary>
    /// Lists several applications for one GB meeting as one act, each with its own history entry. Every application is
    /// checked before any moves: when one cannot be listed, the refusal names it and none is listed.
    /// </summary>
    public static void ListAllForBoard(IReadOnlyCollection<MembershipApplication> applications, Meeting meeting, Actor by, string? note = null)
    {
        if (applications.Count == 0)
            throw new DomainException(Refusal.ChooseApplicationsToList);
        foreach (var application in applications)
        {
            try
            {
                application.EnsureCanListForBoard(meeting);
            }
            catch (DomainException refused)
            {
                throw new DomainException(Refusal.NothingListed, application.Organization.Name, application.Id, refused);
            }
        }
        foreach (var application in applications) application.ListForBoard(meeting, by, note);
    }
}
