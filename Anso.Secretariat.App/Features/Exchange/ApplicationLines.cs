using Anso.Secretariat.App.Data.Integrity;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Exchange;

/// <summary>
/// One application as the applications file writes it, read in SQL column by column: the file's own columns, the meeting
/// whose list it is on, and from the history only what the GB and GA columns and "Admitted as" need (each a subquery on
/// the history's ApplicationId index that returns one value). No entity is built and no history row reaches memory, so
/// 50,000 applications stream at the pace the database reads them.
/// </summary>
internal sealed record ApplicationLine(
    int Id, string Organization, string? Acronym, string CountryCode, string? Category, ApplicationState State, DateOnly ReceivedOn,
    string? Summary, string? Recommendation,
    MeetingBody? ListedBody, int? ListedNumber,
    ApplicationState? WithdrawnFrom, int? LastBoard, int? LastAssembly, bool AdmittedProvisionally)
{
    // The states in which an application has been to a GB meeting, and to a GA (a GA's deferral sends it back to Endorsed).
    private static readonly ApplicationState[] BoardStates =
    [
        ApplicationState.ListedForBoard, ApplicationState.Endorsed, ApplicationState.NotEndorsed,
        ApplicationState.ListedForAssembly, ApplicationState.Admitted, ApplicationState.Rejected,
    ];

    private static readonly ApplicationState[] AssemblyStates = [ApplicationState.ListedForAssembly, ApplicationState.Admitted, ApplicationState.Rejected];

    // A withdrawn application shows the meetings of the state it was withdrawn from, so the history is read for it too.
    private static readonly ApplicationState[] BoardStatesOrWithdrawn = [.. BoardStates, ApplicationState.Withdrawn];
    private static readonly ApplicationState[] AssemblyStatesOrWithdrawn = [.. AssemblyStates, ApplicationState.Withdrawn];

    /// <summary>
    /// The lines of <paramref name="applications"/>, in its order. The last GB (GA) meeting of the history is the one of
    /// its last step with a meeting of that body, in the steps' order: their place in the application's record chain
    /// (Data/Integrity), which is the order they were written in and their time order, and which the history's
    /// (ApplicationId, ChainSequence) index reads backwards without a sort. Each subquery runs only for the applications
    /// whose row names that meeting (SQL's CASE evaluates lazily).
    /// </summary>
    public static IQueryable<ApplicationLine> Of(IQueryable<MembershipApplication> applications) =>
        applications.Select(a => new ApplicationLine(
            a.Id, a.Organization.Name, a.Organization.Acronym, a.Organization.CountryCode, a.Organization.Category!.Name,
            a.State, a.ReceivedOn, a.Summary, a.Recommendation,
            (MeetingBody?)a.ListedAtMeeting!.Body, (int?)a.ListedAtMeeting!.Number,
            a.State == ApplicationState.Withdrawn
                ? a.History.Where(h => h.Action == ApplicationAction.Withdraw)
                    .OrderByDescending(h => EF.Property<int?>(h, RecordChains.SequenceProperty)).ThenByDescending(h => h.Id)
                    .Select(h => h.FromState).FirstOrDefault()
                : null,
            BoardStatesOrWithdrawn.Contains(a.State) && (a.ListedAtMeeting == null || a.ListedAtMeeting.Body != MeetingBody.GoverningBoard)
                ? a.History.Where(h => h.Meeting!.Body == MeetingBody.GoverningBoard)
                    .OrderByDescending(h => EF.Property<int?>(h, RecordChains.SequenceProperty)).ThenByDescending(h => h.Id)
                    .Select(h => (int?)h.Meeting!.Number).FirstOrDefault()
                : null,
            AssemblyStatesOrWithdrawn.Contains(a.State) && (a.ListedAtMeeting == null || a.ListedAtMeeting.Body != MeetingBody.GeneralAssembly)
                ? a.History.Where(h => h.Meeting!.Body == MeetingBody.GeneralAssembly)
                    .OrderByDescending(h => EF.Property<int?>(h, RecordChains.SequenceProperty)).ThenByDescending(h => h.Id)
                    .Select(h => (int?)h.Meeting!.Number).FirstOrDefault()
                : null,
            a.State == ApplicationState.Admitted && a.History.Any(h => h.Action == ApplicationAction.AdmitAsProvisionalMember)));

    /// <summary>
    /// The GB and GA meetings the application is on the list of, or was decided by, as the import reads them back: the GA
    /// only while it lists or has decided the application.
    /// </summary>
    public (int? Board, int? Assembly) Meetings
    {
        get
        {
            var state = WithdrawnFrom ?? State;
            int? Last(MeetingBody body, int? fromHistory) => ListedBody == body ? ListedNumber : fromHistory;
            return (BoardStates.Contains(state) ? Last(MeetingBody.GoverningBoard, LastBoard) : null,
                AssemblyStates.Contains(state) ? Last(MeetingBody.GeneralAssembly, LastAssembly) : null);
        }
    }

    public MembershipType? AdmittedAs =>
        State == ApplicationState.Admitted ? AdmittedProvisionally ? MembershipType.Provisional : MembershipType.Full : null;
}

/// <summary>The applications file's rows, in English whatever the reader's language (other programs and the import read them).</summary>
internal static class ApplicationRows
{
    public static async IAsyncEnumerable<IReadOnlyList<string?>> Of(IAsyncEnumerable<ApplicationLine> lines)
    {
        // A few dozen meetings title 50,000 rows: each title is worded once.
        var titles = new Dictionary<(MeetingBody, int), string>();
        string? Title(MeetingBody body, int? number) => number is not { } n ? null
            : titles.TryGetValue((body, n), out var title) ? title
            : titles[(body, n)] = Wording.MeetingTitle(body, n, Wording.English);

        await foreach (var a in lines)
        {
            var (board, assembly) = a.Meetings;
            yield return
            [
                a.Id.ToString(), a.Organization, a.Acronym, Countries.NameOf(a.CountryCode), a.CountryCode,
                a.Category, CsvValues.State(a.State), CsvValues.Date(a.ReceivedOn),
                Title(MeetingBody.GoverningBoard, board), Title(MeetingBody.GeneralAssembly, assembly),
                a.AdmittedAs?.ToString(), a.Summary, a.Recommendation,
            ];
        }
    }
}
