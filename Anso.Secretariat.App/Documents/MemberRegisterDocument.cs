using System.Globalization;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.App.Documents;

/// <summary>
/// The register of members (/members.pdf): the current members grouped by category with a count per category, as the
/// newsletters list them ("National Academies (5)"), each with its country, the year it was admitted and its membership.
/// </summary>
public static class MemberRegisterDocument
{
    public const string Title = "Register of Members";

    public static PdfDocumentSpec Build(IReadOnlyList<MemberEntry> members, DateOnly asAt)
    {
        var date = asAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var countries = members.Select(m => m.CountryCode).Distinct().Count();
        var groups = members.GroupBy(m => m.Category).ToList(); // already in category order
        var spec = new PdfDocumentSpec
        {
            Title = Title,
            Author = MeetingDocument.Alliance,
            Subject = $"The member organizations of ANSO as at {date}",
            Archival = true, // PDF/A, tagged
            TitleBlockLines =
            [
                $"As at {date}",
                $"{Display.Count(members.Count, "member organization")} from {Display.Count(countries, "country", "countries")}",
            ],
        };

        spec.Add(new Heading("Members by category", 2));
        var summary = spec.Add(new Table(new TableColumn("Category", 3), new TableColumn("Members", 1, TextAlign.Right), new TableColumn("Countries", 1, TextAlign.Right)));
        foreach (var g in groups)
            summary.AddRow(g.Key, Number(g.Count()), Number(g.Select(m => m.CountryCode).Distinct().Count()));
        summary.AddRow("Total", Number(members.Count), Number(countries));
        spec.Add(new Spacer(8));
        spec.Add(new Heading("Register", 2));
        if (members.Count == 0)
        {
            spec.Add(new Paragraph("There are no members yet.") { Italic = true });
            return spec;
        }

        var table = spec.Add(new Table(
            new TableColumn("Organization", 3.2),
            new TableColumn("Country", 1.4),
            new TableColumn("Admitted", 0.8, TextAlign.Center),
            new TableColumn("Membership", 1.3)));
        foreach (var group in groups)
        {
            table.AddGroupRow($"{group.Key} ({group.Count()})");
            foreach (var m in group)
                table.AddRow(
                    m.Acronym is null ? m.Name : $"{m.Name} ({m.Acronym})",
                    m.CountryName,
                    m.MemberSince?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
                    Membership(m));
        }
        spec.Add(new Spacer(6));
        spec.Add(new Paragraph("Founding: one of the organizations that founded ANSO in November 2018. GB: a member organization of the Governing Board.")
        {
            FontSize = 8.5,
            Italic = true,
        });
        return spec;
    }

    private static string Membership(MemberEntry m)
    {
        var notes = new List<string>();
        if (m.IsFoundingMember) notes.Add("founding");
        if (m.IsBoardMember) notes.Add("GB");
        var type = m.MembershipType == MembershipType.Provisional ? "Provisional" : "Full";
        return notes.Count == 0 ? type : $"{type} ({string.Join(", ", notes)})";
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
