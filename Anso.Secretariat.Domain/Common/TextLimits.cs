namespace Anso.Secretariat.Domain.Common;

/// <summary>
/// The longest text each field holds: one number for the column (EF), the server's check (validators) and the
/// input's <c>maxlength</c> on the screens, so what a user types is either kept whole or refused with a message.
/// </summary>
public static class TextLimits
{
    public const int OrganizationName = 300;
    /// <summary>The name in the organization's own script ("中国科学院").</summary>
    public const int NativeName = 300;
    public const int Acronym = 40;
    public const int Website = 300;
    public const int Address = 500;
    public const int PersonName = 200;
    public const int Email = 200;
    public const int RepresentativePosition = 200;

    public const int ApplicationSummary = 4000;
    public const int ApplicationRecommendation = 4000;
    public const int HistoryNote = 4000;

    public const int VenuePlace = 200;
    public const int VenueCity = 100;
    public const int Chair = 300;
    public const int ParticipantAffiliation = 300;
    public const int ParticipantPosition = 300;
    public const int AgendaItemTitle = 300;
    public const int Presenter = 300;
    public const int AgendaItemNotes = 4000;
    public const int PaperTitle = 300;

    public const int MinutesApprovedBy = 300;
    public const int CorrectionReason = 2000;
    public const int MinutesSummary = 20000;
    public const int DecisionText = 2000;
    public const int ActionWhat = 1000;
    public const int ActionWho = 200;

    public const int ReviewComment = 2000;
    public const int SearchText = 200;
    /// <summary>An uploaded file's name as stored (cut to fit with its extension kept).</summary>
    public const int FileName = 260;
}
