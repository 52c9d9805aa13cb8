namespace Anso.Secretariat.App;

/// <summary>
/// Why a service, rather than the domain, refused: no such record, an upload, an account, access, a conflicting save.
/// Worded like the domain's <see cref="Domain.Common.Refusal"/>: RefusalsText, one entry "ServiceRefusal_{code}" per code.
/// </summary>
public enum ServiceRefusal
{
    // Records that are not there (any more)
    NoSuchMeeting,
    NoSuchApplication,
    NoSuchOrganization,
    NoSuchUser,
    MinutesGone,
    DecidedApplicationGone,
    PaperGone,
    ParticipantGone,
    AgendaItemGone,
    MessageGone,

    // Choices a request must make
    ChooseAMeeting,
    UnknownAction,
    NotOnAnyList,
    ChoosePeopleToAdd,
    MeetingNumberTaken,
    MinutesExist,
    RepresentativeEmail,
    ImportDataChanged,

    // Accounts and access
    SetupFinished,
    CannotDisableYourself,
    CannotDemoteYourself,
    AccountNotSaved,
    SignInFirst,
    AccountDisabled,

    // Emails
    MessageAlreadySent,
    SubjectEmpty,
    MessageEmpty,
    NotSentToAccounts,
    OnlyApplicantEmailsEditable,

    // Signing approved minutes
    SigningCertificateUnreadable,
    SigningCertificateWithoutKey,

    // Uploaded files
    UploadHidesAnotherKind,
    UploadNotPdfOrImage,
    UploadUnreadablePdf,
    UploadPdfWithoutPages,
    UploadPdfWithScript,
    UploadUnreadablePng,
    UploadUnreadableJpeg,

    // Saves that came too late: someone else saved first
    ChangedMeanwhile,
    ChangedBySomeoneElse,
    RemovedMeanwhile,
    PositionSavedTwice,
    DecisionsChangedMeanwhile,
    ChangedToState,

    // Storage that could not take the change
    StorageBusy,
    StorageFull,
    CannotStoreFile,

    // Imports refused as a whole
    NothingImported,
    NothingImportedAndMore,

    // What a role may not do
    SignInToSee,
    OnlySecretariatChangesApplications,
    OnlySecretariatChangesRegister,
    OnlySecretariatChangesMeetings,
    OnlyBoardMembersReview,
    OnlyAdministratorManagesUsers,
    NotAllowed,
}
