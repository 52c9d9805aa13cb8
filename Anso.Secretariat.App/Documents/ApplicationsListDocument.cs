using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using static Anso.Secretariat.App.Documents.DocumentsText;

namespace Anso.Secretariat.App.Documents;

/// <summary>An application on a meeting's list, as the list and the meeting page show it.</summary>
/// <param name="Tally">The GB members' positions; null when the reader may not see them (a GB member).</param>
/// <param name="Outcome">What the meeting decided, once it has.</param>
public sealed record ListedApplication(
    int Id, string Organization, string? Acronym, string CountryCode, string Category, DateOnly ReceivedOn, string? Recommendation,
    PositionTally? Tally, DecisionOutcome? Outcome = null)
{
    public string CountryName => CountryNames.Of(CountryCode);
    /// <summary>The decision in words, made from <see cref="Outcome"/>.</summary>
    public string? Decision => Outcome is { } o ? Wording.Of(o) : null;
    public string OrganizationLabel => Acronym is null ? Organization : $"{Organization} ({Acronym})";
}

/// <summary>
/// The "List of ANSO Membership Applications for Endorsement" (GB) or "…for Approval" (GA),
/// <c>/meetings/{id}/applications.pdf</c>: one table grouped by category with counts, and a total.
/// Once the meeting has decided, the "List of ANSO Membership Applications Decided by …", with a decision column.
/// </summary>
public static class ApplicationsListDocument
{
    public static string TitleFor(Meeting meeting) => Say(ListFor(meeting));

    private static string ListFor(Meeting meeting) => meeting.Body == MeetingBody.GeneralAssembly ? "ListForApproval" : "ListForEndorsement";

    /// <summary>The list after the meeting: "List of ANSO Membership Applications Decided by the 9th GB".</summary>
    public static string DecidedTitleFor(Meeting meeting) => Say("ListDecided", meeting.ShortName);

    /// <summary>The meeting has decided (it is held and its decisions are recorded): the list shows them.</summary>
    public static bool IsDecided(Meeting meeting, IReadOnlyList<ListedApplication> applications) =>
        meeting.HasBeenHeld && applications.Any(a => a.Outcome is not null);

    /// <param name="applications">In list order: by category, then organization.</param>
    public static PdfDocumentSpec Build(Meeting meeting, IReadOnlyList<ListedApplication> applications)
    {
        if (IsDecided(meeting, applications)) return BuildDecided(meeting, applications);
        var spec = MeetingDocument.Spec(meeting, TitleFor(meeting), Say(ListFor(meeting) + "Display"), withMeetingLines: true);
        if (applications.Count == 0)
        {
            spec.Add(new Paragraph(Say("NoneListed", meeting.Title)));
            return spec;
        }

        var submitted = meeting.Body == MeetingBody.GeneralAssembly ? "SubmittedForApproval" : "SubmittedForEndorsement";
        spec.Add(new Paragraph(Say(submitted, Count(applications.Count, "Application"), meeting.Title)));

        var showTally = applications.All(a => a.Tally is not null);
        var columns = new List<TableColumn>
        {
            // Widths in points of the 482-point body, so that no word of a header or a date has to break.
            new(Say("Number"), 28, TextAlign.Center), new(Say("Organization"), showTally ? 104 : 135), new(Say("Country"), 60), new(Say("Category"), 72),
            new(Say("Received"), 60), new(Say("Recommendation"), showTally ? 100 : 127),
        };
        if (showTally) columns.Add(new(Say("Positions"), 58));
        var table = spec.Add(new Table([.. columns]));

        var number = 0;
        foreach (var group in applications.GroupBy(a => a.Category))
        {
            table.AddGroupRow(WithCount(group.Key, group.Count()));
            foreach (var a in group)
            {
                var cells = new List<string?>
                {
                    $"{++number}", a.OrganizationLabel, a.CountryName, a.Category,
                    Date(a.ReceivedOn), a.Recommendation ?? "—",
                };
                if (showTally) cells.Add(Tally(a.Tally!));
                table.AddRow([.. cells]);
            }
        }

        AddTotals(spec, applications);
        if (showTally) spec.Add(new Paragraph(Say("PositionsNote")) { FontSize = 8.5, Italic = true });
        return spec;
    }

    /// <summary>The list as the meeting decided it: the decision of each application, and the counts by decision.</summary>
    private static PdfDocumentSpec BuildDecided(Meeting meeting, IReadOnlyList<ListedApplication> applications)
    {
        var title = DecidedTitleFor(meeting);
        var spec = MeetingDocument.Spec(meeting, title, Say("ListDecidedDisplay", meeting.ShortName), withMeetingLines: true);
        var byOutcome = applications.Where(a => a.Outcome is not null).GroupBy(a => a.Outcome!.Value).OrderBy(g => g.Key)
            .Select(g => Say("OutcomeCount", g.Count(), Wording.Of(g.Key).ToLowerInvariant()));
        spec.Add(new Paragraph(Say("DecidedIntro", meeting.Title, Count(applications.Count(a => a.Outcome is not null), "Application"), List(byOutcome))));

        var table = spec.Add(new Table(
            // Widths in points of the 482-point body.
            new TableColumn(Say("Number"), 28, TextAlign.Center), new TableColumn(Say("Organization"), 150), new TableColumn(Say("Country"), 70),
            new TableColumn(Say("Category"), 80), new TableColumn(Say("Received"), 60), new TableColumn(Say("Decision"), 94)));
        var number = 0;
        foreach (var group in applications.GroupBy(a => a.Category))
        {
            table.AddGroupRow(WithCount(group.Key, group.Count()));
            foreach (var a in group)
                table.AddRow($"{++number}", a.OrganizationLabel, a.CountryName, a.Category, Date(a.ReceivedOn), a.Decision ?? Say("NotDecided"));
        }
        AddTotals(spec, applications);
        return spec;
    }

    /// <summary>"Total: 11 applications", then the count per category.</summary>
    private static void AddTotals(PdfDocumentSpec spec, IReadOnlyList<ListedApplication> applications)
    {
        spec.Add(new Paragraph(Say("TotalOf", Count(applications.Count, "Application"))) { Bold = true });
        spec.Add(new Paragraph(string.Join(" · ", applications.GroupBy(a => a.Category).Select(g => WithCount(g.Key, g.Count())))));
    }

    private static string Tally(PositionTally t) => t.Total == 0 ? Say("NoPositions") : Say("PositionTally", t.Support, t.Object, t.Abstain);
}
