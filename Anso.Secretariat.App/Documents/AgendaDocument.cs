using Anso.Secretariat.Domain.Common;
using System.Globalization;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App.Documents;

/// <summary>
/// The agenda of a meeting (<c>/meetings/{id}/agenda.pdf</c>): the title block, the meeting's facts, the numbered items with
/// purpose, presenter and time, then the list of papers.
/// </summary>
public static class AgendaDocument
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="applications">The applications listed for the meeting, for the membership applications item.</param>
    /// <param name="time">Dates the agenda's revisions where the secretariat works.</param>
    public static PdfDocumentSpec Build(Meeting meeting, IReadOnlyList<ListedApplication> applications, SecretariatTime time)
    {
        var spec = MeetingDocument.Spec(meeting, $"Agenda of the {meeting.Title}", $"{meeting.Title}\nAgenda", withMeetingLines: false);

        var facts = new List<(string, string)>
        {
            ("Date", meeting.DatesAndHours),
            ("Venue", meeting.Venue.ToString() is { Length: > 0 } venue ? venue : "Online"),
            ("Mode", Wording.Of(meeting.Mode)),
        };
        if (meeting.Chair is { } chair) facts.Add(("Chair", chair));
        if (meeting.CoChairs.Count > 0) facts.Add((meeting.CoChairs.Count == 1 ? "Co-chair" : "Co-chairs", string.Join("\n", meeting.CoChairs)));
        facts.Add(("Agenda", Revision(meeting, time)));
        spec.Add(new KeyValueLines([.. facts]));

        spec.Add(new Heading("Items"));
        if (meeting.Agenda.Count == 0) spec.Add(new Paragraph("No item has been put on the agenda yet.") { Italic = true });
        foreach (var (item, from, to) in meeting.Schedule())
        {
            var details = new List<string> { ItemLine(item, from, to) };
            if (item.Kind == AgendaItemKind.MembershipApplications) details.Add(ApplicationsLine(meeting, applications));
            if (item.Notes is { } notes) details.Add(notes);
            spec.Add(new NumberedItem($"{item.Number}.", item.Title, [.. details]));
        }
        if (meeting.Agenda.Count > 0)
        {
            var total = $"Total time: {Wording.Duration(meeting.AgendaMinutes)}.";
            spec.Add(new Paragraph(total) { FontSize = 9, Italic = true, Align = TextAlign.Right });
        }

        spec.Add(new Heading("Papers"));
        var papers = meeting.Agenda.SelectMany(i => i.Papers.Select(p => (Item: i, Paper: p))).ToList();
        if (papers.Count == 0)
        {
            spec.Add(new Paragraph("No paper has been attached to the agenda yet.") { Italic = true });
        }
        else
        {
            var table = spec.Add(new Table(
                new TableColumn("Item", 0.7, TextAlign.Center), new TableColumn("Paper", 5), new TableColumn("File", 1.8)));
            foreach (var (item, paper) in papers)
                table.AddRow($"{item.Number}", paper.Title, paper.HasFile ? Display.FileKindAndSize(paper.ContentType, paper.SizeBytes) : meeting.HasBeenHeld ? "not on file" : "to follow");
        }
        return spec;
    }

    /// <summary>"For approval · Presented by Prof. X · 14:00-14:10 (10 min)".</summary>
    private static string ItemLine(AgendaItem item, TimeOnly? from, TimeOnly? to)
    {
        var parts = new List<string> { Wording.Of(item.Purpose) };
        if (item.Presenter is { } presenter) parts.Add($"Presented by {presenter}");
        var minutes = Wording.Duration(item.DurationMinutes);
        parts.Add(from is { } f && to is { } t ? $"{f.ToString("HH:mm", Invariant)}-{t.ToString("HH:mm", Invariant)} ({minutes})" : minutes);
        return string.Join(" · ", parts);
    }

    /// <summary>"11 applications: National Academies (5), Universities (6). See the List of ANSO Membership Applications."</summary>
    private static string ApplicationsLine(Meeting meeting, IReadOnlyList<ListedApplication> applications)
    {
        if (applications.Count == 0) return "No application is listed for this meeting yet.";
        var groups = string.Join(", ", applications.GroupBy(a => a.Category).Select(g => $"{g.Key} ({g.Count()})"));
        return $"{Display.Count(applications.Count, "application")}: {groups}. See the {ApplicationsListDocument.TitleFor(meeting)}.";
    }

    private static string Revision(Meeting meeting, SecretariatTime time)
    {
        if (meeting.CurrentRevision is not { } current) return "Draft, not yet published";
        var first = meeting.AgendaRevisions.MinBy(r => r.Number)!;
        return current.Number == 1
            ? $"Published on {Display.Date(current.At, time)}"
            : $"Revision {current.Number} of {Display.Date(current.At, time)} (first published on {Display.Date(first.At, time)})";
    }
}
