using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Meetings;
using static Anso.Secretariat.App.Documents.DocumentsText;

namespace Anso.Secretariat.App.Documents;

/// <summary>
/// What every meeting document says about its meeting: the alliance, the meeting, when, where and how; in the language of
/// the document being built (<see cref="DocumentLanguage.Current"/>).
/// </summary>
public static class MeetingDocument
{
    /// <summary>"Alliance of International Science Organizations (ANSO)".</summary>
    public static string Alliance => Say(nameof(Alliance));

    /// <summary>
    /// A4 spec with the meeting's title block (the alliance, and the meeting with its dates, venue and mode unless the
    /// document lists them itself), metadata and, until the agenda is published, a DRAFT mark.
    /// </summary>
    /// <param name="displayTitle">The title as page 1 shows it, when it should break differently.</param>
    /// <param name="isDraft">Whether to mark DRAFT; by default, until the agenda is published.</param>
    /// <param name="archival">PDF/A and tagged (see <see cref="PdfDocumentSpec.Archival"/>).</param>
    public static PdfDocumentSpec Spec(Meeting meeting, string title, string? displayTitle, bool withMeetingLines, bool? isDraft = null, bool archival = false) => new()
    {
        Title = title,
        Author = archival ? Alliance : Say("Secretariat"), // the record is the alliance's; working papers the secretariat's
        Archival = archival,
        Language = DocumentLanguage.Current.Code,
        PageNumbering = Say("PageOf"),
        DisplayTitle = displayTitle,
        Subject = $"{meeting.Title}, {meeting.Dates}, {Where(meeting)}",
        HeaderText = Alliance,
        Watermark = (isDraft ?? meeting.Status == MeetingStatus.Planned) ? Say("Draft") : null,
        TitleBlockLines = withMeetingLines ? [Alliance, meeting.Title, $"{meeting.DatesAndHours} · {Where(meeting)}"] : [Alliance],
    };

    /// <summary>"Bangkok, Thailand (hybrid: on-site and online)", "Railway Hotel, Beijing, China", "Online".</summary>
    public static string Where(Meeting meeting)
    {
        var venue = Wording.Where(meeting.Venue);
        return meeting.Mode switch
        {
            MeetingMode.Online => venue.Length == 0 ? Say("Online") : Say("OnlineHostedFrom", venue),
            MeetingMode.Hybrid => Say("Hybrid", venue),
            _ => venue,
        };
    }
}
