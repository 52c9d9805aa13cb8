using System.Text.RegularExpressions;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>/members.pdf on the demo data, read back with poppler's tools.</summary>
public sealed class MemberRegisterDocumentTests : DemoDataTest
{
    private byte[] pdf = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        pdf = PdfRenderer.Render(MemberRegisterDocument.Build(await Services.Register.MembersAsync(), new DateOnly(2026, 11, 22)));
    }

    private List<(string Category, int Count)> CountsFromDatabase()
    {
        using var connection = new SqliteConnection(Database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.Name, COUNT(*) FROM Organizations o JOIN Categories c ON c.Id = o.CategoryId
            WHERE o.Status = 'Member' GROUP BY c.Name, c.SortOrder ORDER BY c.SortOrder
            """;
        using var reader = command.ExecuteReader();
        var counts = new List<(string, int)>();
        while (reader.Read()) counts.Add((reader.GetString(0), reader.GetInt32(1)));
        return counts;
    }

    [Fact]
    public void The_register_lists_the_members_grouped_by_category_with_the_right_counts()
    {
        var text = PdfTools.Text(pdf);
        var expected = CountsFromDatabase();

        var groups = Regex.Matches(text, @"^\s*(National Academies|International Organizations|National Research Institutes and Agencies|Universities) \((\d+)\)\s*$", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value))).ToList();
        Assert.Equal(expected, groups);
        var total = expected.Sum(e => e.Count);
        Assert.Contains($"{total} member organizations from", text);
        Assert.Matches(@"Total\s+" + total, text);

        // Rows between one group heading and the next: as many as the group's count.
        var lines = text.Split('\n');
        var academies = expected[0];
        var start = Array.FindIndex(lines, l => l.Trim() == $"{academies.Category} ({academies.Count})");
        var next = Array.FindIndex(lines, start + 1, l => Regex.IsMatch(l.Trim(), @"^[A-Z][A-Za-z ]+ \(\d+\)$"));
        var rows = lines[(start + 1)..next].Count(l => Regex.IsMatch(l, @"\s(2018|2019|202\d)\s+(Full|Provisional)"));
        Assert.Equal(academies.Count, rows);
    }

    [Fact]
    public void Each_member_shows_its_country_year_admitted_and_membership()
    {
        var text = PdfTools.Text(pdf);

        Assert.Matches(@"Chinese Academy of Sciences \(CAS\)\s+China\s+2018\s+Full \(founding, GB\)", text);
        Assert.Matches(@"National University of Laos \(NUOL\)\s+Laos\s+2022\s+Provisional", text);
        Assert.Matches(@"Scientific and Technological Research\s.*Türkiye\s+2018", text);
        Assert.DoesNotContain("University of Exeter", text); // an applicant is not a member
    }

    [Fact]
    public void The_document_is_A4_with_metadata_page_numbers_and_embedded_fonts()
    {
        var info = PdfTools.Info(pdf);
        Assert.Equal(MemberRegisterDocument.Title, info["Title"]);
        Assert.Equal(MeetingDocument.Alliance, info["Author"]);
        Assert.Contains("as at 22 November 2026", info["Subject"]);
        Assert.StartsWith("595.276 x 841.89", info["Page size"]);
        var pages = PdfTools.PageTexts(pdf);
        for (var p = 0; p < pages.Count; p++) Assert.Contains($"Page {p + 1} of {pages.Count}", pages[p]);
        Assert.All(pages.Skip(1), page => Assert.Contains("Organization", page)); // the header row repeats
        Assert.All(PdfTools.Fonts(pdf), f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        PdfTools.Check(pdf);
    }

    [Fact]
    public void The_pages_look_right_to_a_person()
    {
        var folder = Path.Combine(AppContextFolder(), "artifacts", "pdf", "members");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var images = PdfTools.ToPng(pdf, folder);
        Assert.Equal(PdfTools.PageCount(pdf), images.Count);
        File.WriteAllBytes(Path.Combine(folder, "members.pdf"), pdf);
    }

    private static string AppContextFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Anso.Secretariat.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Path.GetTempPath();
    }
}
