using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App.Documents;

/// <summary>An application on a meeting's list, as the list and the meeting page show it.</summary>
/// <param name="Tally">The GB members' positions; null when the reader may not see them (a GB member).</param>
/// <param name="Outcome">What the meeting decided, once it has.</param>
public sealed record ListedApplication(
    int Id, string Organization, string? Acronym, string CountryCode, string Category, DateOnly ReceivedOn, string? Recommendation,
    PositionTally? Tally, DecisionOutcome? Outcome = null)
{
    public string CountryName => Countries.NameOf(CountryCode);
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
    public static string TitleFor(Meeting meeting) =>
        meeting.Body == MeetingBody.GeneralAssembly
            ? "List of ANSO Membership Applications for Approval"
            : "List of ANSO Membership Applications for Endorsement";

    /// <summary>The list after the meeting: "List of ANSO Membership Applications Decided by the 9th GB".</summary>
    public static string DecidedTitleFor(Meeting meeting) => $"List of ANSO Membership Applications Decided by the {meeting.ShortName}";

    /// <summary>The meeting has decided (it is held and its decisions are recorded): the list shows them.</summary>
    public static bool IsDecided(Meeting meeting, IReadOnlyList<ListedApplication> applications) =>
        meeting.HasBeenHeld && applications.Any(a => a.Outcome is not null);

    /// <param name="applications">In list order: by category, then organization.</param>
    public static PdfDocumentSpec Build(Meeting meeting, IReadOnlyList<ListedApplication> applications)
    {
        if (IsDecided(meeting, applications)) return BuildDecided(meeting, applications);
        var spec = MeetingDocument.Spec(meeting, TitleFor(meeting), TitleFor(meeting).Replace(" for ", "\nfor "), withMeetingLines: true);
        var forWhat = meeting.Body == MeetingBody.GeneralAssembly ? "approval" : "endorsement";
        if (applications.Count == 0)
        {
            spec.Add(new Paragraph($"No membership application is listed for the {meeting.Title} yet."));
            return spec;
        }

        var intro = meeting.Body == MeetingBody.GeneralAssembly
            ? $"The Secretariat submits the following {Display.Count(applications.Count, "application")}, endorsed by the Governing Board, to the {meeting.Title} for {forWhat}."
            : $"The Secretariat submits the following {Display.Count(applications.Count, "application")} to the {meeting.Title} for {forWhat}. Endorsed applications go to the next General Assembly for approval.";
        spec.Add(new Paragraph(intro));

        var showTally = applications.All(a => a.Tally is not null);
        var columns = new List<TableColumn>
        {
            // Widths in points of the 482-point body, so that no word of a header or a date has to break.
            new("No.", 28, TextAlign.Center), new("Organization", showTally ? 104 : 135), new("Country", 60), new("Category", 72),
            new("Received", 60), new("Secretariat recommendation", showTally ? 100 : 127),
        };
        if (showTally) columns.Add(new("Positions of GB members", 58));
        var table = spec.Add(new Table([.. columns]));

        var number = 0;
        foreach (var group in applications.GroupBy(a => a.Category))
        {
            table.AddGroupRow($"{group.Key} ({group.Count()})");
            foreach (var a in group)
            {
                var cells = new List<string?>
                {
                    $"{++number}", a.OrganizationLabel, a.CountryName, a.Category,
                    Display.Date(a.ReceivedOn), a.Recommendation ?? "—",
                };
                if (showTally) cells.Add(Tally(a.Tally!));
                table.AddRow([.. cells]);
            }
        }

        spec.Add(new Paragraph($"Total: {Display.Count(applications.Count, "application")}") { Bold = true });
        spec.Add(new Paragraph(string.Join(" · ", applications.GroupBy(a => a.Category).Select(g => $"{g.Key} ({g.Count()})"))));
        if (showTally)
            spec.Add(new Paragraph("Positions are those GB members recorded in the review before the meeting; they are not the meeting's decision.")
                { FontSize = 8.5, Italic = true });
        return spec;
    }

    /// <summary>The list as the meeting decided it: the decision of each application, and the counts by decision.</summary>
    private static PdfDocumentSpec BuildDecided(Meeting meeting, IReadOnlyList<ListedApplication> applications)
    {
        var title = DecidedTitleFor(meeting);
        var spec = MeetingDocument.Spec(meeting, title, title.Replace(" Decided ", "\nDecided "), withMeetingLines: true);
        var byOutcome = applications.Where(a => a.Outcome is not null).GroupBy(a => a.Outcome!.Value).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {Wording.Of(g.Key).ToLowerInvariant()}");
        spec.Add(new Paragraph($"The {meeting.Title} decided on {Display.Count(applications.Count(a => a.Outcome is not null), "application")}: {string.Join(", ", byOutcome)}."));

        var table = spec.Add(new Table(
            // Widths in points of the 482-point body.
            new TableColumn("No.", 28, TextAlign.Center), new TableColumn("Organization", 150), new TableColumn("Country", 70),
            new TableColumn("Category", 80), new TableColumn("Received", 60), new TableColumn("Decision", 94)));
        var number = 0;
        foreach (var group in applications.GroupBy(a => a.Category))
        {
            table.AddGroupRow($"{group.Key} ({group.Count()})");
            foreach (var a in group)
                table.AddRow($"{++number}", a.OrganizationLabel, a.CountryName, a.Category, Display.Date(a.ReceivedOn), a.Decision ?? "Not decided");
        }
        spec.Add(new Paragraph($"Total: {Display.Count(applications.Count, "application")}") { Bold = true });
        spec.Add(new Paragraph(string.Join(" · ", applications.GroupBy(a => a.Category).Select(g => $"{g.Key} ({g.Count()})"))));
        return spec;
    }

    private static string Tally(PositionTally t) => t.Total == 0 ? "none recorded" : $"{t.Support} support\n{t.Object} object\n{t.Abstain} abstain";
}
