using Anso.Secretariat.App.Documents.Layout;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>Specs that exercise every block type; the agenda runs to about 15 pages.</summary>
public static class SampleDocuments
{
    public static readonly string[] Names = ["Nebojša Lalić", "TÜBİTAK", "Annamária Szabó"];

    private static readonly string[] Countries =
        ["China", "Serbia", "Türkiye", "Hungary", "Pakistan", "Kenya", "Brazil", "Thailand", "Russia", "Egypt", "Chile", "Sri Lanka"];

    private static readonly (string Group, string[] Institutions)[] Groups =
    [
        ("National Academies", ["Chinese Academy of Sciences", "Serbian Academy of Sciences and Arts", "Hungarian Academy of Sciences", "Pakistan Academy of Sciences", "Kenya National Academy of Sciences"]),
        ("Research Councils and Agencies", ["TÜBİTAK – Scientific and Technological Research Council of Türkiye", "National Research Council of Thailand", "Egyptian Academy of Scientific Research and Technology"]),
        ("Universities", ["University of Belgrade", "University of Nairobi", "Universidade de São Paulo", "University of Peradeniya", "Pontificia Universidad Católica de Chile"]),
        ("International Organizations", ["UNESCO Regional Office for Science", "The World Academy of Sciences (TWAS)"]),
    ];

    public static PdfDocumentSpec Agenda(string? watermark = "DRAFT", int participantsPerInstitution = 18)
    {
        var spec = new PdfDocumentSpec
        {
            Title = "Annotated Agenda and List of Participants",
            Subject = "Fifth Meeting of the ANSO Executive Committee",
            Watermark = watermark,
            TitleBlockLines =
            [
                "Fifth Meeting of the ANSO Executive Committee",
                "12–14 May 2025 · Beijing, China (hybrid: in person and online)",
                "Document EC-5/2025/1 · Prepared by the ANSO Secretariat",
            ],
        };

        spec.Add(new KeyValueLines(
            ("Date", "Monday 12 May 2025 to Wednesday 14 May 2025, 09:00–17:30 China Standard Time (UTC+8)"),
            ("Venue", "Conference Hall 3, CAS Academic Conference Center, 52 Sanlihe Road, Xicheng District, Beijing"),
            ("Mode", "Hybrid; the online link is sent to registered participants two days before the meeting"),
            ("Chair", "Prof. Nebojša Lalić, Vice-Chair of the Executive Committee"),
            ("Contact", "Ms Annamária Szabó, ANSO Secretariat (secretariat@anso.example.org)")));

        spec.Add(new Heading("1. Introduction"));
        spec.Add(new Paragraph(
            "The Executive Committee meets once a year to review the work of the Alliance, approve the programme and budget " +
            "for the coming year and prepare decisions for the General Assembly. This annotated agenda lists the items to be " +
            "discussed, the documents prepared for each item and the action expected from the Committee. Members are invited " +
            "to read the documents in advance; late documents are marked as such and will be introduced by the Secretariat."));
        spec.Add(new Paragraph("Documents are available on the members' portal. Printed copies are provided on request only.") { Italic = true });

        spec.Add(new Heading("2. Agenda"));
        var items = new (string Title, string[] Details)[]
        {
            ("Opening of the meeting and welcome by the Chair", ["The Chair opens the meeting and welcomes new members, including TÜBİTAK."]),
            ("Adoption of the agenda", ["Document EC-5/2025/1. Action: adoption."]),
            ("Report of the Executive Director on the activities of the Alliance in 2024", ["Document EC-5/2025/2.", "Action: the Committee is invited to take note of the report and to comment on the priorities for 2025–2026."]),
            ("Financial report 2024 and audit", ["Document EC-5/2025/3, presented by Ms Annamária Szabó.", "Action: approval of the audited accounts."]),
            ("Programme and budget 2026", ["Document EC-5/2025/4.", "Action: recommendation to the General Assembly."]),
            ("Membership applications", ["Document EC-5/2025/5 lists eleven applications received before the deadline of 31 January 2025.", "Action: recommendation on each application."]),
            ("ANSO scholarships and fellowships", ["Document EC-5/2025/6 reports on the 2024 cohort and proposes changes to the selection criteria."]),
            ("Thematic alliances and joint research projects", ["Document EC-5/2025/7."]),
            ("Preparations for the General Assembly", ["Date, venue and provisional agenda of the next General Assembly."]),
            ("Any other business", []),
            ("Closing of the meeting", []),
        };
        for (var i = 0; i < items.Length; i++)
        {
            spec.Add(new NumberedItem($"{i + 1}.", items[i].Title, items[i].Details));
            if (i == 5)
            {
                spec.Add(new NumberedItem("6.1", "Applications from national academies", "Three applications.") { Level = 1 });
                spec.Add(new NumberedItem("6.2", "Applications from universities and research institutes", "Eight applications.") { Level = 1 });
            }
        }

        spec.Add(new Heading("3. Background to the main items"));
        for (var i = 0; i < 3; i++)
        {
            spec.Add(new Heading($"3.{i + 1} {items[i + 2].Title}", 2));
            spec.Add(new Paragraph(Lorem(180 + 40 * i)));
            spec.Add(new Heading("Expected outcome", 3));
            spec.Add(new Paragraph(Lorem(60)));
        }

        spec.Add(new PageBreak());
        spec.Add(new Heading("4. List of participants"));
        spec.Add(new Paragraph("Participants are grouped by type of member institution. Online participants are marked as such."));
        var table = spec.Add(new Table(
            new TableColumn("No.", 0.45, TextAlign.Right),
            new TableColumn("Name", 1.6),
            new TableColumn("Institution", 2.6),
            new TableColumn("Country", 1.0),
            new TableColumn("Attendance", 0.95, TextAlign.Center)));
        var number = 0;
        foreach (var (group, institutions) in Groups)
        {
            table.AddGroupRow($"{group} ({institutions.Length})");
            foreach (var institution in institutions)
                for (var p = 0; p < participantsPerInstitution; p++)
                {
                    number++;
                    var name = number switch { 1 => "Nebojša Lalić", 2 => "Annamária Szabó", _ => $"Participant {number:000} {Surname(number)}" };
                    var title = number % 7 == 0 ? "Head of the Department of International Cooperation and Partnerships" : "";
                    table.AddRow($"{number}", name, title.Length > 0 ? $"{institution}\n{title}" : institution,
                        Countries[number % Countries.Length], number % 3 == 0 ? "Online" : "In person");
                }
        }

        spec.Add(new Heading("5. Notes"));
        spec.Add(new Paragraph("Long identifiers such as https://anso.example.org/documents/ec-5/2025/annotated-agenda-and-list-of-participants-final-version-for-circulation.pdf are broken inside the word when they do not fit on a line."));
        spec.Add(new Spacer(24));
        spec.Add(new Paragraph("ANSO Secretariat\nBeijing, 2 April 2025") { Align = TextAlign.Right });
        return spec;
    }

    private static string Surname(int n) =>
        new[] { "Wang", "Petrović", "Kovács", "Yılmaz", "Khan", "Otieno", "Silva", "Srisuk", "Ivanova", "Hassan", "Rojas", "Perera" }[n % 12];

    /// <summary>Deterministic filler text of <paramref name="words"/> words.</summary>
    public static string Lorem(int words)
    {
        string[] vocabulary =
        [
            "the", "alliance", "supports", "joint", "research", "and", "training", "programmes", "among", "member",
            "institutions", "with", "particular", "attention", "to", "capacity", "building", "in", "developing",
            "countries", "scientific", "cooperation", "sustainable", "development", "goals", "committee", "reviews",
            "progress", "annual", "reports", "of", "working", "groups", "fellowships", "partnerships",
        ];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var word = vocabulary[(i * 7 + i / 5) % vocabulary.Length];
            text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            text.Append(i == words - 1 ? "." : i % 17 == 16 ? ". " : " ");
        }
        return text.ToString();
    }
}
