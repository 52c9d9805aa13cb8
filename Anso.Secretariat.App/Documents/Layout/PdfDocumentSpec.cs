namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// What a document says, not where it goes: documents fill this in and <see cref="PdfRenderer"/> places it
/// on A4 pages (header, footer "Page X of Y", optional watermark on every page).
/// </summary>
public sealed class PdfDocumentSpec
{
    /// <summary>PDF metadata title, the big title on page 1 and the right-hand part of every page header.</summary>
    public required string Title { get; init; }
    /// <summary>The big title on page 1 when it should read differently from <see cref="Title"/> (e.g. broken with "\n").</summary>
    public string? DisplayTitle { get; init; }
    public string Author { get; init; } = "ANSO Secretariat";
    public string Subject { get; init; } = "";
    /// <summary>Left-hand part of every page header.</summary>
    public string HeaderText { get; init; } = "Alliance of International Science Organizations (ANSO)";
    /// <summary>For example "DRAFT": drawn diagonally, light grey, behind the content of every page.</summary>
    public string? Watermark { get; init; }
    /// <summary>
    /// An archival record: PDF/A-1a (XMP metadata with the PDF/A identification, an sRGB output intent, embedded fonts)
    /// and tagged for screen readers (headings, paragraphs, tables with header cells, reading order, <see cref="Language"/>).
    /// Page furniture (header, footer, rules, cell borders, watermark) is marked as artifacts. Drafts leave it off.
    /// </summary>
    public bool Archival { get; init; }
    /// <summary>The document's language (BCP 47), written into tagged documents.</summary>
    public string Language { get; init; } = "en";
    /// <summary>The footer of every page, with {0} the page number and {1} the page count.</summary>
    public string PageNumbering { get; init; } = "Page {0} of {1}";
    /// <summary>Lines under the title on page 1: meeting, dates, venue, mode.</summary>
    public IReadOnlyList<string> TitleBlockLines { get; init; } = [];
    public List<Block> Blocks { get; } = new();

    /// <summary>Adds a block and returns it, so that tables can be filled fluently.</summary>
    public T Add<T>(T block) where T : Block
    {
        Blocks.Add(block);
        return block;
    }
}

public enum TextAlign { Left, Center, Right }

/// <summary>A unit of content. The renderer knows every subtype below; there are no others.</summary>
public abstract record Block;

/// <summary>Section heading, level 1 (largest) to 3. Kept on the same page as what follows it.</summary>
public sealed record Heading(string Text, int Level = 1) : Block;

/// <summary>Wrapped text; "\n" starts a new line. Continues onto the next page when it does not fit.</summary>
public sealed record Paragraph(string Text) : Block
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    /// <summary>Font size in points; the body size (10 pt) when null.</summary>
    public double? FontSize { get; init; }
    public TextAlign Align { get; init; } = TextAlign.Left;
}

/// <summary>
/// An agenda-style item: the number label hangs to the left, the bold title and the detail lines are indented
/// behind it. <see cref="Level"/> indents sub-items (1 = one step further in).
/// </summary>
public sealed record NumberedItem(string Number, string Title, params string[] Details) : Block
{
    public int Level { get; init; }
}

/// <summary>Label/value pairs with the labels in a bold column, e.g. "Date:  12–14 May 2025".</summary>
public sealed record KeyValueLines(params (string Key, string Value)[] Items) : Block;

/// <summary>Vertical space in points (dropped at the top of a page).</summary>
public sealed record Spacer(double Height = 12) : Block;

public sealed record PageBreak : Block;

/// <param name="Header">Header row text (repeated on every page the table continues on).</param>
/// <param name="Width">Relative width; columns share the body width in proportion.</param>
public sealed record TableColumn(string Header, double Width = 1, TextAlign Align = TextAlign.Left);

/// <summary>One row: cells in column order, or a full-width bold group row such as "National Academies (5)".</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool IsGroup = false);

/// <summary>
/// A grid whose cell text wraps inside the cell. A row stays on one page unless it is taller than a page;
/// the header row is repeated at the top of each page the table continues on.
/// </summary>
public sealed record Table : Block
{
    public Table(params TableColumn[] columns)
    {
        if (columns.Length == 0) throw new ArgumentException("A table needs at least one column.", nameof(columns));
        Columns = columns;
    }

    public IReadOnlyList<TableColumn> Columns { get; }
    public List<TableRow> Rows { get; } = new();

    public Table AddRow(params string?[] cells)
    {
        if (cells.Length > Columns.Count)
            throw new ArgumentException($"The table has {Columns.Count} columns but the row has {cells.Length} cells.", nameof(cells));
        var padded = new string[Columns.Count];
        for (var i = 0; i < padded.Length; i++) padded[i] = i < cells.Length ? cells[i] ?? "" : "";
        Rows.Add(new TableRow(padded));
        return this;
    }

    public Table AddGroupRow(string text)
    {
        Rows.Add(new TableRow([text], IsGroup: true));
        return this;
    }
}
