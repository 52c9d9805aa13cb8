using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using static Anso.Secretariat.App.Documents.DocumentsText;

namespace Anso.Secretariat.App.Documents;

/// <summary>A membership application the meeting decided, for the annex.</summary>
public sealed record DecidedApplication(string Organization, string CountryCode, string Category, int CategoryOrder, DecisionOutcome Outcome)
{
    public string CountryName => CountryNames.Of(CountryCode);
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
        var title = Say("MinutesTitle", meeting.Title);
        // Approved minutes are the record: PDF/A and tagged. Drafts stay ordinary PDFs with the DRAFT mark.
        var approved = minutes.Status == MinutesStatus.Approved;
        var spec = MeetingDocument.Spec(meeting, title, Say("MinutesDisplayTitle", meeting.Title), withMeetingLines: true,
            isDraft: !approved, archival: approved);

        spec.Add(new Paragraph(StatusLine(minutes)) { Italic = true });
        // The record is the English file kept at the approval (signed when a certificate is configured); a copy in another
        // language is made from the data, unsigned, and says so.
        if (approved && !DocumentLanguage.Current.IsEnglish) spec.Add(new Paragraph(Say("UnsignedCopy")) { Bold = true });
        if (minutes.CorrectionReason is not null)
            spec.Add(new Paragraph(Say("Correction", minutes.VersionNumber - 1, minutes.CorrectionReason)) { Italic = true });
        if (meeting.Chair is not null)
        {
            var chairs = new List<(string, string)> { (Say("Chair"), meeting.Chair) };
            if (meeting.CoChairs.Count > 0) chairs.Add((Say(meeting.CoChairs.Count == 1 ? "CoChair" : "CoChairs"), string.Join("; ", meeting.CoChairs)));
            spec.Add(new KeyValueLines([.. chairs]));
        }

        spec.Add(new Heading(Say("Attendance"), 2));
        if (attendance.Count == 0) spec.Add(new Paragraph(Say("NoParticipant")));
        else spec.Add(new KeyValueLines([.. attendance.Select(a => (a.Key, string.Join("; ", a.Value)))]));

        foreach (var item in minutes.Items.OrderBy(i => i.Position))
        {
            spec.Add(new Heading($"{item.Number}. {item.Title}", 2));
            if (item.Summary is not null) spec.Add(new Paragraph(item.Summary));
            if (item.Decisions.Count > 0)
            {
                spec.Add(new Heading(Say("Decisions"), 3));
                var n = 0;
                foreach (var d in item.Decisions)
                {
                    // A decision on an application opens with its outcome (MeetingDecisions writes it from the value);
                    // a decision typed into the minutes gets its outcome on a line of its own.
                    spec.Add(d.ApplicationId is not null
                        ? new NumberedItem($"{item.Number}.{++n}", d.Text)
                        : new NumberedItem($"{item.Number}.{++n}", d.Text, Say("Outcome", Wording.Of(d.Outcome))));
                }
            }
            if (item.ActionItems.Count > 0)
            {
                spec.Add(new Heading(Say("ActionItems"), 3));
                var actions = spec.Add(new Table(new TableColumn(Say("Action"), 220), new TableColumn(Say("Who"), 120), new TableColumn(Say("By"), 70), new TableColumn(Say("Status"), 60)));
                foreach (var a in item.ActionItems)
                    actions.AddRow(a.What, a.Who ?? "—", a.DueOn is { } due ? Date(due) : "—", Say(a.IsDone ? "Done" : "Open"));
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
        spec.Add(new Heading(Say("Annex"), 2));
        foreach (var outcome in decided.GroupBy(d => d.Outcome).OrderBy(g => g.Key))
        {
            var byCategory = outcome.GroupBy(d => (d.CategoryOrder, d.Category)).OrderBy(g => g.Key.CategoryOrder).ToList();
            spec.Add(new Heading(Say("AnnexGroup", Count(outcome.Count(), "Application"), Wording.Of(outcome.Key).ToLowerInvariant(), meeting.ShortName), 3));
            spec.Add(new Paragraph(List(byCategory.Select(g => WithCount(g.Key.Category, g.Count())))));
            var table = spec.Add(new Table(new TableColumn(Say("Number"), 30, TextAlign.Center), new TableColumn(Say("Organization"), 230), new TableColumn(Say("Country"), 100), new TableColumn(Say("Decision"), 122)));
            var n = 0;
            foreach (var group in byCategory)
            {
                table.AddGroupRow(WithCount(group.Key.Category, group.Count()));
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
        MinutesStatus.Approved => Say("MinutesApproved", Date(minutes.ApprovedOn), minutes.ApprovedBy, minutes.VersionNumber),
        MinutesStatus.Circulated => Say("MinutesCirculated", Date(minutes.CirculatedOn), minutes.VersionNumber),
        _ => Say("MinutesDraft", minutes.VersionNumber),
    };

}
