namespace Anso.Secretariat.Domain.Common;

/// <summary>
/// Why a business rule refused an operation: the code a <see cref="DomainException"/> carries, with its facts as
/// data. The App words each code in the reader's language (RefusalsText, one entry "Refusal_{code}" per code).
/// </summary>
public enum Refusal
{
    // Not yet moved to a code: the English sentence itself (goes once every refusal has a code)
    NotYetWorded,

    // Meetings: the record, the participants, the agenda
    MeetingNumberBelowOne,
    MeetingEndsBeforeItStarts,
    MeetingTooLong,
    SessionTimesIncomplete,
    SessionEndsBeforeItStarts,
    VenueNeedsCity,
    UnknownCountryCode,
    UnknownTimeZone,
    OnlineLinkNotAWebAddress,
    OnSiteMeetingHasNoLink,
    ChairBeforeCoChairs,
    TooManyCoChairs,
    ChairIsCoChair,
    MeetingAlreadyHeld,
    HeldBeforeItStarts,
    DecisionsBeforeItStarts,
    MinutesBeforeItIsHeld,
    AlreadyAParticipant,
    AgendaKeepsOneItem,
    NoSuchAgendaPosition,
    AgendaPublishedAfterItIsHeld,
    AgendaAlreadyPublished,
    AgendaHasNoItems,
    ApplicationsItemOnlyForBoardAndAssembly,
    OneApplicationsItem,
    AgendaClosedAfterItIsHeld,
    MeetingRecordLocked,
    NotOnTheAgenda,
    NotAParticipant,
}
