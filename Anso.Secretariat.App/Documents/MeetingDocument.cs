using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App.Documents;

/// <summary>What every meeting document says about its meeting: the alliance, the meeting, when, where and how.</summary>
public static class MeetingDocument
{
    public const string Alliance = "Alliance of International Science Organizations (ANSO)";

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
        Author = archival ? Alliance : "ANSO Secretariat", // the record is the alliance's; working papers the secretariat's
        Archival = archival,
        DisplayTitle = displayTitle,
        Subject = $"{meeting.Title}, {meeting.Dates}, {Where(meeting)}",
        HeaderText = Alliance,
        Watermark = (isDraft ?? meeting.Status == MeetingStatus.Planned) ? "DRAFT" : null,
        TitleBlockLines = withMeetingLines ? [Alliance, meeting.Title, $"{meeting.DatesAndHours} · {Where(meeting)}"] : [Alliance],
    };

    /// <summary>"Bangkok, Thailand (hybrid: on-site and online)", "Railway Hotel, Beijing, China", "Online".</summary>
    public static string Where(Meeting meeting)
    {
        var venue = meeting.Venue.ToString();
        return meeting.Mode switch
        {
            MeetingMode.Online => venue.Length == 0 ? "Online" : $"Online (hosted from {venue})",
            MeetingMode.Hybrid => $"{venue} (hybrid: on-site and online)",
            _ => venue,
        };
    }
}
