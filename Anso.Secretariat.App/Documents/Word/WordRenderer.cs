using Anso.Secretariat.App.Documents.Layout;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Anso.Secretariat.App.Documents.Word;

/// <summary>
/// Writes the same <see cref="PdfDocumentSpec"/> the PDF renderer places on pages as a Word document (.docx), so both
/// say the same: the title block, headings as Word headings (Heading 1-3, in the navigation pane), paragraphs, numbered
/// items, label/value lines and tables as Word tables with a repeated header row, a DRAFT line and the page header.
/// Word lays it out; the secretariat can edit and circulate it.
/// </summary>
public static class WordRenderer
{
    /// <summary>Word's language for the document's: British English, or Chinese as written in mainland China.</summary>
    private static string WordLanguage(PdfDocumentSpec spec) => spec.Language.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en-GB";

    public static byte[] Render(PdfDocumentSpec spec)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = spec.Title;
            document.PackageProperties.Creator = spec.Author;
            document.PackageProperties.Subject = spec.Subject;
            document.PackageProperties.Language = WordLanguage(spec);

            var main = document.AddMainDocumentPart();
            AddStyles(main, WordLanguage(spec));
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Text($"{spec.HeaderText} · {spec.Title}", "Header"));
            var body = new Body();

            if (spec.Watermark is { } mark) body.Append(Text(mark, "Draft"));
            body.Append(Text(spec.DisplayTitle ?? spec.Title, "Title"));
            foreach (var line in spec.TitleBlockLines) body.Append(Text(line, "Subtitle"));
            foreach (var block in spec.Blocks) body.Append(Blocks(block));

            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new PageSize { Width = 11906, Height = 16838 }, // A4
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Blocks(Block block) => block switch
    {
        Heading h => [Text(h.Text, $"Heading{Math.Clamp(h.Level, 1, 3)}")],
        Layout.Paragraph p => [Text(p.Text, style: null, bold: p.Bold, italic: p.Italic, align: p.Align)],
        NumberedItem n => [NumberedItemParagraph(n)],
        KeyValueLines kv => [KeyValueTable(kv)],
        Layout.Table t => [GridTable(t), new WordParagraph()],
        Spacer => [new WordParagraph()],
        PageBreak => [new WordParagraph(new Run(new Break { Type = BreakValues.Page }))],
        _ => throw new NotSupportedException($"No Word form for {block.GetType().Name}."),
    };

    private static WordParagraph NumberedItemParagraph(NumberedItem item)
    {
        var indent = 567 * (item.Level + 1);
        var paragraph = new WordParagraph(new ParagraphProperties(new Indentation { Left = $"{indent}", Hanging = "567" }));
        paragraph.Append(new Run(new Text(item.Number)), new Run(new TabChar()));
        paragraph.Append(Runs(item.Title, bold: true, italic: false));
        foreach (var detail in item.Details)
        {
            paragraph.Append(new Run(new Break()));
            paragraph.Append(Runs(detail, bold: false, italic: false));
        }
        return paragraph;
    }

    /// <summary>Label/value lines ("On-site: …", "Chair: …") as a two-column table with the labels in bold.</summary>
    private static WordTable KeyValueTable(KeyValueLines lines)
    {
        var table = new WordTable(TableLook(borders: false), new TableGrid(new GridColumn { Width = "2600" }, new GridColumn { Width = "7000" }));
        foreach (var (key, value) in lines.Items)
            table.Append(new WordTableRow(Cell(key, bold: true), Cell(value, bold: false)));
        return table;
    }

    private static WordTable GridTable(Layout.Table source)
    {
        const int bodyWidth = 9638; // A4 less the margins, in twentieths of a point
        var total = source.Columns.Sum(c => c.Width);
        var widths = source.Columns.Select(c => (int)(bodyWidth * c.Width / total)).ToList();
        var table = new WordTable(TableLook(borders: true), new TableGrid(widths.Select(w => new GridColumn { Width = $"{w}" })));
        var header = new WordTableRow(new TableRowProperties(new TableHeader()));
        foreach (var column in source.Columns) header.Append(Cell(column.Header, bold: true, header: true, align: column.Align));
        table.Append(header);
        foreach (var row in source.Rows)
        {
            if (row.IsGroup)
            {
                var cell = Cell(row.Cells[0], bold: true);
                cell.TableCellProperties!.Append(new GridSpan { Val = source.Columns.Count });
                table.Append(new WordTableRow(cell));
                continue;
            }
            table.Append(new WordTableRow(row.Cells.Select((text, i) => Cell(text, bold: false, align: source.Columns[i].Align))));
        }
        return table;
    }

    private static TableProperties TableLook(bool borders)
    {
        var properties = new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct });
        if (borders)
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
        return properties;
    }

    private static TableCell Cell(string text, bool bold, bool header = false, TextAlign align = TextAlign.Left)
    {
        var properties = new TableCellProperties();
        if (header) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E8EDF3", Color = "auto" });
        return new TableCell(properties, Text(text, style: null, bold: bold, italic: false, align: align));
    }

    private static WordParagraph Text(string text, string? style, bool bold = false, bool italic = false, TextAlign align = TextAlign.Left)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (align != TextAlign.Left) properties.Append(new Justification { Val = align == TextAlign.Center ? JustificationValues.Center : JustificationValues.Right });
        var paragraph = new WordParagraph(properties);
        paragraph.Append(Runs(text, bold, italic));
        return paragraph;
    }

    /// <summary>The text as runs, "\n" as a line break within the paragraph.</summary>
    private static IEnumerable<Run> Runs(string text, bool bold, bool italic)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (bold || italic)
            {
                var look = new RunProperties();
                if (bold) look.Append(new Bold());
                if (italic) look.Append(new Italic());
                run.Append(look);
            }
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
        }
    }

    private static void AddStyles(MainDocumentPart main, string language)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Microsoft YaHei" },
                    new FontSize { Val = "21" }, new Languages { Val = language, EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            ParagraphStyle("Title", "Title", size: 36, bold: true, outline: null),
            ParagraphStyle("Subtitle", "Subtitle", size: 22, bold: false, outline: null),
            ParagraphStyle("Heading1", "heading 1", size: 30, bold: true, outline: 0),
            ParagraphStyle("Heading2", "heading 2", size: 26, bold: true, outline: 1),
            ParagraphStyle("Heading3", "heading 3", size: 22, bold: true, outline: 2),
            ParagraphStyle("Header", "header", size: 16, bold: false, outline: null),
            ParagraphStyle("Draft", "Draft mark", size: 28, bold: true, outline: null, color: "C00000"));
    }

    private static Style ParagraphStyle(string id, string name, int size, bool bold, int? outline, string? color = null)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = outline is null ? "0" : "240", After = "120" });
        if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
        var run = new StyleRunProperties();
        if (bold) run.Append(new Bold());
        if (color is not null) run.Append(new Color { Val = color });
        run.Append(new FontSize { Val = $"{size}" });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph, StyleId = id, CustomStyle = id == "Draft",
        };
    }
}

/// <summary>A Word document to download.</summary>
public sealed record WordFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
