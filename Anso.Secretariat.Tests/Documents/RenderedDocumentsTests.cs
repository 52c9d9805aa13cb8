using Anso.Secretariat.App.Documents.Layout;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>
/// A document asked for again with the same content is served from memory (issue 13: the register of 32,868 members
/// takes seconds to render); anything that changes what it says, down to one cell or one setting, renders anew.
/// </summary>
public sealed class RenderedDocumentsTests
{
    private static PdfDocumentSpec Spec(Action<Table>? rows = null, string cell = "Chinese Academy of Sciences", bool archival = true,
        string? watermark = null, string language = "en", double width = 3, bool group = true, bool italic = false)
    {
        var spec = new PdfDocumentSpec
        {
            Title = "Register of Members (rendered documents test)",
            Archival = archival,
            Watermark = watermark,
            Language = language,
            TitleBlockLines = ["As at 3 December 2026"],
        };
        spec.Add(new Heading("Register", 2));
        var table = spec.Add(new Table(new TableColumn("Organization", width), new TableColumn("Country", 1.4)));
        if (group) table.AddGroupRow("National Academies (2)");
        table.AddRow(cell, "China");
        table.AddRow("Russian Academy of Sciences", "Russia");
        rows?.Invoke(table);
        spec.Add(new Paragraph("Members are listed by category.") { Italic = italic });
        return spec;
    }

    [Fact]
    public void The_same_document_asked_for_again_is_the_same_bytes_and_a_changed_one_is_rendered_anew()
    {
        var first = PdfRenderer.Render(Spec());
        Assert.Same(first, PdfRenderer.Render(Spec()));

        var changed = PdfRenderer.Render(Spec(cell: "Chinese Academy of Sciences (CAS)"));
        Assert.NotSame(first, changed);
        Assert.Contains("(CAS)", PdfTools.Text(changed));
        Assert.DoesNotContain("(CAS)", PdfTools.Text(first));
        Assert.Equal("yes", PdfTools.Info(changed)["Tagged"]);
    }

    [Fact]
    public void Every_setting_and_block_is_part_of_what_is_recognised()
    {
        var original = PdfRenderer.Render(Spec());
        var variants = new[]
        {
            Spec(archival: false), Spec(watermark: "DRAFT"), Spec(language: "zh-Hans"), Spec(width: 3.2), Spec(group: false),
            Spec(italic: true), Spec(rows: t => t.AddRow("", "")), Spec(rows: t => t.AddGroupRow("Universities (0)")),
            // The same words in other cells: a fingerprint that only joined the text would not tell these apart.
            Spec(cell: "Chinese Academy of", rows: t => t.AddRow("Sciences", "China")),
        };
        foreach (var spec in variants)
            Assert.NotSame(original, PdfRenderer.Render(spec));
    }

    [Fact]
    public void A_finished_document_is_always_rendered_anew()
    {
        var attachment = new PdfFinish { Attachments = [new PdfAttachment("decisions.csv", "a,b\n"u8.ToArray(), "text/csv", "The decisions")] };
        Assert.NotSame(PdfRenderer.Render(Spec(), attachment), PdfRenderer.Render(Spec(), attachment));
    }

    /// <summary>
    /// The fingerprint names each setting of the spec and each part of a block by hand: a property added later and left
    /// out of it would serve the old document for a changed one. This lists what it knows, so a new one fails here first.
    /// </summary>
    [Fact]
    public void The_fingerprint_knows_every_property_of_the_spec_and_its_blocks()
    {
        static string[] Of(Type t) => t.GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.Name).Order().ToArray();

        Assert.Equal(["Archival", "Author", "Blocks", "DisplayTitle", "HeaderText", "Language", "PageNumbering", "Subject", "Title", "TitleBlockLines", "Watermark"], Of(typeof(PdfDocumentSpec)));
        Assert.Equal(["Level", "Text"], Of(typeof(Heading)));
        Assert.Equal(["Align", "Bold", "FontSize", "Italic", "Text"], Of(typeof(Paragraph)));
        Assert.Equal(["Details", "Level", "Number", "Title"], Of(typeof(NumberedItem)));
        Assert.Equal(["Items"], Of(typeof(KeyValueLines)));
        Assert.Equal(["Height"], Of(typeof(Spacer)));
        Assert.Empty(Of(typeof(PageBreak)));
        Assert.Equal(["Columns", "Rows"], Of(typeof(Table)));
        Assert.Equal(["Align", "Header", "Width"], Of(typeof(TableColumn)));
        Assert.Equal(["Cells", "IsGroup"], Of(typeof(TableRow)));
        Assert.Equal(7, typeof(Block).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract));
    }
}
