using System.Globalization;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Organizations;
using static Anso.Secretariat.App.Documents.DocumentsText;

namespace Anso.Secretariat.App.Documents;

/// <summary>
/// The register of members (/members.pdf): the current members grouped by category with a count per category, as the
/// newsletters list them ("National Academies (5)"), each with its country, the year it was admitted and its membership.
/// </summary>
public static class MemberRegisterDocument
{
    /// <summary>"Register of Members", in the language of the document being built.</summary>
    public static string Title => Say("RegisterTitle");

    public static PdfDocumentSpec Build(IReadOnlyList<MemberEntry> members, DateOnly asAt)
    {
        var date = LongDate(asAt);
        var countries = members.Select(m => m.CountryCode).Distinct().Count();
        var groups = members.GroupBy(m => m.Category).ToList(); // already in category order
        var spec = new PdfDocumentSpec
        {
            Title = Title,
            Author = MeetingDocument.Alliance,
            Subject = Say("RegisterSubject", date),
            HeaderText = MeetingDocument.Alliance,
            Language = DocumentLanguage.Current.Code,
            PageNumbering = Say("PageOf"),
            Archival = true, // PDF/A, tagged
            TitleBlockLines =
            [
                Say("AsAt", date),
                Say("MembersFrom", Count(members.Count, "MemberOrganization"), Count(countries, "Country")),
            ],
        };

        spec.Add(new Heading(Say("MembersByCategory"), 2));
        var summary = spec.Add(new Table(new TableColumn(Say("Category"), 3), new TableColumn(Say("Members"), 1, TextAlign.Right), new TableColumn(Say("Countries"), 1, TextAlign.Right)));
        foreach (var g in groups)
            summary.AddRow(g.Key, Number(g.Count()), Number(g.Select(m => m.CountryCode).Distinct().Count()));
        summary.AddRow(Say("Total"), Number(members.Count), Number(countries));
        spec.Add(new Spacer(8));
        spec.Add(new Heading(Say("Register"), 2));
        if (members.Count == 0)
        {
            spec.Add(new Paragraph(Say("NoMembers")) { Italic = true });
            return spec;
        }

        // Said once per country and per kind of membership, not once per member: each is a resource look-up (issue 13).
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var memberships = new Dictionary<(MembershipType, bool, bool), string>();
        string CountryOf(MemberEntry m) =>
            countryNames.TryGetValue(m.CountryCode, out var name) ? name : countryNames[m.CountryCode] = m.CountryName;
        string MembershipOf(MemberEntry m)
        {
            var kind = (m.MembershipType, m.IsFoundingMember, m.IsBoardMember);
            return memberships.TryGetValue(kind, out var text) ? text : memberships[kind] = Membership(m);
        }
        var table = spec.Add(new Table(
            new TableColumn(Say("Organization"), 3.2),
            new TableColumn(Say("Country"), 1.4),
            new TableColumn(Say("Admitted"), 0.8, TextAlign.Center),
            new TableColumn(Say("Membership"), 1.3)));
        foreach (var group in groups)
        {
            table.AddGroupRow(WithCount(group.Key, group.Count()));
            foreach (var m in group)
                table.AddRow(
                    m.Acronym is null ? m.Name : $"{m.Name} ({m.Acronym})",
                    CountryOf(m),
                    m.MemberSince?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
                    MembershipOf(m));
        }
        spec.Add(new Spacer(6));
        spec.Add(new Paragraph(Say("RegisterNote"))
        {
            FontSize = 8.5,
            Italic = true,
        });
        return spec;
    }

    private static string Membership(MemberEntry m)
    {
        var notes = new List<string>();
        if (m.IsFoundingMember) notes.Add(Say("Founding"));
        if (m.IsBoardMember) notes.Add(Say("BoardMember"));
        var type = Say(m.MembershipType == MembershipType.Provisional ? "Provisional" : "Full");
        return notes.Count == 0 ? type : WithCount(type, List(notes));
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
