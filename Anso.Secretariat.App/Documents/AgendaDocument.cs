using Anso.Secretariat.Domain.Common;
using System.Globalization;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Meetings;
using static Anso.Secretariat.App.Documents.DocumentsText;

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
        var spec = MeetingDocument.Spec(meeting, Say("AgendaTitle", meeting.Title), Say("AgendaDisplayTitle", meeting.Title), withMeetingLines: false);

        var facts = new List<(string, string)>
        {
            (Say("Date"), meeting.DatesAndHours),
            (Say("Venue"), Wording.Where(meeting.Venue) is { Length: > 0 } venue ? venue : Say("Online")),
            (Say("Mode"), Wording.Of(meeting.Mode)),
        };
        if (meeting.Chair is { } chair) facts.Add((Say("Chair"), chair));
        if (meeting.CoChairs.Count > 0) facts.Add((Say(meeting.CoChairs.Count == 1 ? "CoChair" : "CoChairs"), string.Join("\n", meeting.CoChairs)));
        facts.Add((Say("Agenda"), Revision(meeting, time)));
        spec.Add(new KeyValueLines([.. facts]));

        spec.Add(new Heading(Say("Items")));
        if (meeting.Agenda.Count == 0) spec.Add(new Paragraph(Say("NoItems")) { Italic = true });
        foreach (var (item, from, to) in meeting.Schedule())
        {
            var details = new List<string> { ItemLine(item, from, to) };
            if (item.Kind == AgendaItemKind.MembershipApplications) details.Add(ApplicationsLine(meeting, applications));
            if (item.Notes is { } notes) details.Add(notes);
            spec.Add(new NumberedItem($"{item.Number}.", item.Title, [.. details]));
        }
        if (meeting.Agenda.Count > 0)
        {
            var total = Say("TotalTime", Wording.Duration(meeting.AgendaMinutes));
            spec.Add(new Paragraph(total) { FontSize = 9, Italic = true, Align = TextAlign.Right });
        }

        spec.Add(new Heading(Say("Papers")));
        var papers = meeting.Agenda.SelectMany(i => i.Papers.Select(p => (Item: i, Paper: p))).ToList();
        if (papers.Count == 0)
        {
            spec.Add(new Paragraph(Say("NoPapers")) { Italic = true });
        }
        else
        {
            var table = spec.Add(new Table(
                new TableColumn(Say("Item"), 0.7, TextAlign.Center), new TableColumn(Say("Paper"), 5), new TableColumn(Say("File"), 1.8)));
            foreach (var (item, paper) in papers)
                table.AddRow($"{item.Number}", paper.Title, paper.HasFile ? Display.FileKindAndSize(paper.ContentType, paper.SizeBytes) : Say(meeting.HasBeenHeld ? "NotOnFile" : "ToFollow"));
        }
        return spec;
    }

    /// <summary>"For approval · Presented by Prof. X · 14:00-14:10 (10 min)".</summary>
    private static string ItemLine(AgendaItem item, TimeOnly? from, TimeOnly? to)
    {
        var parts = new List<string> { Wording.Of(item.Purpose) };
        if (item.Presenter is { } presenter) parts.Add(Say("PresentedBy", presenter));
        var minutes = Wording.Duration(item.DurationMinutes);
        parts.Add(from is { } f && to is { } t ? Say("ItemTime", f.ToString("HH:mm", Invariant), t.ToString("HH:mm", Invariant), minutes) : minutes);
        return string.Join(" · ", parts);
    }

    /// <summary>"11 applications: National Academies (5), Universities (6). See the List of ANSO Membership Applications."</summary>
    private static string ApplicationsLine(Meeting meeting, IReadOnlyList<ListedApplication> applications)
    {
        if (applications.Count == 0) return Say("NoApplicationListed");
        var groups = List(applications.GroupBy(a => a.Category).Select(g => WithCount(g.Key, g.Count())));
        return Say("ApplicationsLine", Count(applications.Count, "Application"), groups, ApplicationsListDocument.TitleFor(meeting));
    }

    private static string Revision(Meeting meeting, SecretariatTime time)
    {
        if (meeting.CurrentRevision is not { } current) return Say("AgendaNotPublished");
        var first = meeting.AgendaRevisions.MinBy(r => r.Number)!;
        return current.Number == 1
            ? Say("AgendaPublishedOn", Date(time.DateOf(current.At)))
            : Say("AgendaRevision", current.Number, Date(time.DateOf(current.At)), Date(time.DateOf(first.At)));
    }
}
