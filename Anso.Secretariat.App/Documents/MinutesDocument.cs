using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App.Documents;

/// <summary>A membership application the meeting decided, for the annex.</summary>
public sealed record DecidedApplication(string Organization, string CountryCode, string Category, int CategoryOrder, DecisionOutcome Outcome)
{
    public string CountryName => Countries.NameOf(CountryCode);
}

/// <summary>
/// The minutes of a meeting, <c>/meetings/{id}/minutes.pdf</c>: title block, attendance, each item's summary, decisions
/// and action items, and an annex of the membership applications decided, grouped by category with counts.
/// DRAFT on every page until approved; then the approval line and the version.
/// </summary>
public static class MinutesDocument
{
    public static PdfDocumentSpec Build(Meeting meeting, Minutes minutes, IReadOnlyDictionary<string, IReadOnlyList<string>> attendance, IReadOnlyList<DecidedApplication> decided)
    {
        var title = $"Minutes of the {meeting.Title}";
        // Approved minutes are the record: PDF/A and tagged. Drafts stay ordinary PDFs with the DRAFT mark.
        var approved = minutes.Status == MinutesStatus.Approved;
        var spec = MeetingDocument.Spec(meeting, title, $"Minutes of the\n{meeting.Title}", withMeetingLines: true,
            isDraft: !approved, archival: approved);

        spec.Add(new Paragraph(StatusLine(minutes)) { Italic = true });
        if (minutes.CorrectionReason is not null)
            spec.Add(new Paragraph($"Correction of version {minutes.VersionNumber - 1}: {minutes.CorrectionReason}") { Italic = true });
        if (meeting.Chair is not null)
        {
            var chairs = new List<(string, string)> { ("Chair", meeting.Chair) };
            if (meeting.CoChairs.Count > 0) chairs.Add((meeting.CoChairs.Count == 1 ? "Co-chair" : "Co-chairs", string.Join("; ", meeting.CoChairs)));
            spec.Add(new KeyValueLines([.. chairs]));
        }

        spec.Add(new Heading("Attendance", 2));
        if (attendance.Count == 0) spec.Add(new Paragraph("No participant is recorded."));
        else spec.Add(new KeyValueLines([.. attendance.Select(a => (a.Key, string.Join("; ", a.Value)))]));

        foreach (var item in minutes.Items.OrderBy(i => i.Position))
        {
            spec.Add(new Heading($"{item.Number}. {item.Title}", 2));
            if (item.Summary is not null) spec.Add(new Paragraph(item.Summary));
            if (item.Decisions.Count > 0)
            {
                spec.Add(new Heading("Decisions", 3));
                var n = 0;
                foreach (var d in item.Decisions)
                {
                    // A decision on an application opens with its outcome (MeetingDecisions writes it from the value);
                    // a decision typed into the minutes gets its outcome on a line of its own.
                    spec.Add(d.ApplicationId is not null
                        ? new NumberedItem($"{item.Number}.{++n}", d.Text)
                        : new NumberedItem($"{item.Number}.{++n}", d.Text, $"Outcome: {Wording.Of(d.Outcome)}"));
                }
            }
            if (item.ActionItems.Count > 0)
            {
                spec.Add(new Heading("Action items", 3));
                var actions = spec.Add(new Table(new TableColumn("Action", 220), new TableColumn("Who", 120), new TableColumn("By", 70), new TableColumn("Status", 60)));
                foreach (var a in item.ActionItems)
                    actions.AddRow(a.What, a.Who ?? "—", a.DueOn is { } due ? Display.Date(due) : "—", a.IsDone ? "Done" : "Open");
            }
        }

        if (decided.Count > 0) AddAnnex(spec, meeting, decided);
        return spec;
    }

    /// <summary>
    /// "15 applications endorsed: National Academies (5), International Organizations (3), …", as the 2019 newsletter
    /// lists them: grouped by the stored outcome (full and provisional members apart), then by category.
    /// </summary>
    private static void AddAnnex(PdfDocumentSpec spec, Meeting meeting, IReadOnlyList<DecidedApplication> decided)
    {
        spec.Add(new Heading("Annex: Membership applications decided", 2));
        foreach (var outcome in decided.GroupBy(d => d.Outcome).OrderBy(g => g.Key))
        {
            var byCategory = outcome.GroupBy(d => (d.CategoryOrder, d.Category)).OrderBy(g => g.Key.CategoryOrder).ToList();
            spec.Add(new Heading($"{Display.Count(outcome.Count(), "application")} {Wording.Of(outcome.Key).ToLowerInvariant()} by the {meeting.ShortName}", 3));
            spec.Add(new Paragraph(string.Join(", ", byCategory.Select(g => $"{g.Key.Category} ({g.Count()})"))));
            var table = spec.Add(new Table(new TableColumn("No.", 30, TextAlign.Center), new TableColumn("Organization", 230), new TableColumn("Country", 100), new TableColumn("Decision", 122)));
            var n = 0;
            foreach (var group in byCategory)
            {
                table.AddGroupRow($"{group.Key.Category} ({group.Count()})");
                foreach (var d in group.OrderBy(d => d.Organization, StringComparer.Ordinal)) table.AddRow($"{++n}", d.Organization, d.CountryName, Wording.Of(d.Outcome));
            }
        }
    }

    /// <summary>
    /// The decisions of the meeting as the decision register exports them (one CSV writer), carried inside the approved
    /// minutes so that a registry can load them without retyping: "2nd-GB-2019-decisions.csv".
    /// </summary>
    public static PdfAttachment DecisionsAttachment(Meeting meeting, byte[] csv) => new(
        $"{meeting.ShortName.Replace(' ', '-')}-{meeting.StartDate.Year}-decisions.csv", csv, "text/csv",
        $"Decisions of the {meeting.Title} (CSV, as the decision register exports them)");

    private static string StatusLine(Minutes minutes) => minutes.Status switch
    {
        MinutesStatus.Approved => $"Approved on {Display.Date(minutes.ApprovedOn)} by {minutes.ApprovedBy}. Version {minutes.VersionNumber}.",
        MinutesStatus.Circulated => $"Draft circulated on {Display.Date(minutes.CirculatedOn)} for approval. Version {minutes.VersionNumber}.",
        _ => $"Draft, not yet circulated. Version {minutes.VersionNumber}.",
    };

}
