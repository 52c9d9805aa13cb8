using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App.Features.Minutes;

/// <summary>The attendance section of the minutes, taken from the participants: the screen and the PDF say the same.</summary>
public static class AttendanceList
{
    /// <param name="organizations">Names of the participants' organizations, by id.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Build(IEnumerable<Participant> participants, IReadOnlyDictionary<int, string> organizations)
    {
        // "Prof. A. Sergeev, Russian Academy of Sciences (RAS)": the organization keeps its own parentheses for its acronym.
        string Label(Participant p)
        {
            var of = p.OrganizationId is { } o ? organizations.GetValueOrDefault(o) : p.Affiliation;
            return string.IsNullOrWhiteSpace(of) ? p.Name : $"{p.Name}, {of}";
        }
        return participants.GroupBy(p => p.Attendance).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key switch
                {
                    // The minutes' own wording, in the reader's language (DocumentsText): the screen and the PDF say the same.
                    Attendance.OnSite => Documents.DocumentsText.Say("PresentOnSite"),
                    Attendance.Online => Documents.DocumentsText.Say("PresentOnline"),
                    Attendance.Apologies => Documents.DocumentsText.Say("Apologies"),
                    _ => Documents.DocumentsText.Say("Absent"),
                },
                g => (IReadOnlyList<string>)g.OrderBy(p => p.Name).Select(Label).ToList());
    }
}
