using System.Text.Json;
using System.Xml.Linq;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>
/// The register of members and approved minutes are archival records: PDF/A-1a and tagged. Checked with independent
/// readers (there is no PDF/A validator here): pdfinfo -meta for the PDF/A identification and the XMP, pdffonts for
/// embedded fonts, qpdf --check for the file's syntax, qpdf --json for the catalog (output intent, language, marked,
/// no encryption, no JavaScript) and the structure tree, pdftotext (no -layout) for the reading order.
/// </summary>
public sealed class ArchivalDocumentTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private async Task<(byte[] Pdf, IReadOnlyList<MemberEntry> Members)> RegisterAsync()
    {
        await using var viewer = await host.AsAsync(Roles.Viewer);
        var members = await viewer.ServiceProvider.GetRequiredService<MemberRegisterService>().MembersAsync();
        return (PdfRenderer.Render(MemberRegisterDocument.Build(members, new DateOnly(2026, 11, 22))), members);
    }

    private async Task<byte[]> MinutesPdfAsync(int gbNumber)
    {
        await using var viewer = await host.AsAsync(Roles.Viewer);
        await using var db = await host.DbAsync();
        var id = await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == gbNumber).Select(m => m.Id).SingleAsync();
        return (await viewer.ServiceProvider.GetRequiredService<MinutesService>().MinutesPdfAsync(id))!.Content;
    }

    private static void AssertIsPdfA(byte[] pdf, string title, string subjectPart)
    {
        var xmp = XDocument.Parse(PdfTools.XmpMetadata(pdf).Trim()); // well-formed XML
        XNamespace pdfaid = "http://www.aiim.org/pdfa/ns/id/", dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal("1", xmp.Descendants(pdfaid + "part").Single().Value);
        Assert.Equal("A", xmp.Descendants(pdfaid + "conformance").Single().Value);
        Assert.Equal(title, xmp.Descendants(dc + "title").Single().Value);
        Assert.Equal(MeetingDocument.Alliance, xmp.Descendants(dc + "creator").Single().Value);
        Assert.Contains(subjectPart, xmp.Descendants(dc + "description").Single().Value);

        var info = PdfTools.Info(pdf);
        Assert.Equal(title, info["Title"]);
        Assert.Equal(MeetingDocument.Alliance, info["Author"]);
        Assert.Equal("no", info["Encrypted"]);

        using var json = PdfTools.Json(pdf);
        var (catalog, resolve) = PdfTools.Catalog(json);
        var intent = Assert.Single(resolve(catalog.GetProperty("/OutputIntents")).EnumerateArray().Select(resolve));
        Assert.Equal("/GTS_PDFA1", intent.GetProperty("/S").GetString());
        Assert.True(intent.TryGetProperty("/DestOutputProfile", out _));
        Assert.Equal("u:en", catalog.GetProperty("/Lang").GetString());
        Assert.True(resolve(catalog.GetProperty("/MarkInfo")).GetProperty("/Marked").GetBoolean());
        Assert.False(catalog.TryGetProperty("/OpenAction", out _));
        Assert.False(catalog.TryGetProperty("/AA", out _));
        Assert.DoesNotContain("/JavaScript", json.RootElement.GetRawText());
        // The key, quoted as qpdf writes keys: a font subset's random tag may start with JS ("/JSFEUZ+DejaVu Sans,B").
        Assert.DoesNotContain("\"/JS\"", json.RootElement.GetRawText());

        var fonts = PdfTools.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        PdfTools.Check(pdf);
    }

    [Fact]
    public async Task The_register_of_members_is_PDF_A_with_its_metadata_output_intent_and_embedded_fonts()
    {
        var (pdf, _) = await RegisterAsync();
        AssertIsPdfA(pdf, MemberRegisterDocument.Title, "as at 22 November 2026");
    }

    [Fact]
    public async Task The_register_is_tagged_headings_paragraphs_and_tables_with_header_cells_in_reading_order()
    {
        var (pdf, members) = await RegisterAsync();
        var tree = PdfTools.StructureTree(pdf);
        Assert.NotNull(tree);
        Assert.Equal("Document", tree.Tag);
        // The blocks as the document reads: title, the two lines under it, a heading and its table, twice, the note.
        Assert.Equal(["H1", "P", "P", "H2", "Table", "H2", "Table", "P"], tree.Children.Select(c => c.Tag));

        var register = tree.Children[6];
        var rows = register.Children;
        Assert.All(rows, r => Assert.Equal("TR", r.Tag));
        var categories = members.Select(m => m.Category).Distinct().Count();
        // One header row (the header repeated on later pages is an artifact, read once), a row per category, a row per member.
        Assert.Equal(1 + categories + members.Count, rows.Count);
        Assert.Equal(["TH", "TH", "TH", "TH"], rows[0].Children.Select(c => c.Tag));
        Assert.Equal(["TH"], rows[1].Children.Select(c => c.Tag)); // "National Academies (16)", across the columns
        Assert.Equal(4, rows[1].Children[0].Element.Value.GetProperty("/A").GetProperty("/ColSpan").GetInt32());
        Assert.Equal(["TD", "TD", "TD", "TD"], rows[2].Children.Select(c => c.Tag));
        Assert.Equal(categories, rows.Count(r => r.Children.Count == 1));
    }

    [Fact]
    public async Task The_register_reads_in_order_without_layout()
    {
        var (pdf, members) = await RegisterAsync();
        var text = PdfTools.ReadingText(pdf);
        string[] inOrder =
        [
            "Register of Members", "As at 22 November 2026", "Members by category", "Category", "Total",
            "Register", "Organization", members[0].Name, members[^1].Name, "Founding: one of the organizations",
        ];
        var at = 0;
        foreach (var part in inOrder)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' is not read after what comes before it");
            at = found + part.Length;
        }
    }

    [Fact]
    public async Task Approved_minutes_are_PDF_A_and_tagged_with_their_headings()
    {
        var pdf = await MinutesPdfAsync(2);
        AssertIsPdfA(pdf, "Minutes of the 2nd ANSO Governing Board (GB) Meeting", "2nd ANSO Governing Board (GB) Meeting");
        var tree = PdfTools.StructureTree(pdf)!;
        var tags = tree.Children.Select(c => c.Tag).ToList();
        Assert.Equal("H1", tags[0]);
        Assert.Contains("H2", tags);
        Assert.Contains("H3", tags);
        Assert.Contains("Table", tags);
        Assert.DoesNotContain(tree.Descendants(), n => n.Tag is "Artifact");
        Assert.True(tags.IndexOf("Table") > tags.IndexOf("H2"));
    }

    [Fact]
    public async Task Draft_minutes_stay_ordinary_PDFs_with_the_draft_mark()
    {
        var pdf = await MinutesPdfAsync(9); // circulated, not approved
        Assert.DoesNotContain("pdfaid", PdfTools.XmpMetadata(pdf));
        Assert.Null(PdfTools.StructureTree(pdf));
        Assert.Matches(PdfTools.DraftMark, PdfTools.Text(pdf, raw: true));
    }

    [Fact]
    public void Characters_that_XML_would_read_as_markup_keep_the_metadata_well_formed()
    {
        var spec = new PdfDocumentSpec { Title = "R&D <Board> \"minutes\"", Subject = "A & B", Archival = true };
        spec.Add(new Paragraph("Text"));
        var pdf = PdfRenderer.Render(spec);
        var xmp = XDocument.Parse(PdfTools.XmpMetadata(pdf).Trim());
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal(PdfTools.Info(pdf)["Title"], xmp.Descendants(dc + "title").Single().Value);
        Assert.Contains("R&D <Board>", PdfTools.ReadingText(pdf)); // the page shows the title as written
    }
}
