using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Signatures;
using PdfSharp.UniversalAccessibility;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// Flows the blocks of one spec down A4 pages, top to bottom, starting a page whenever the next piece does not fit.
/// Footers need the page count, so they are drawn in a second pass over the finished pages.
/// One instance per render; not thread-safe, and needs no locking because nothing is shared (but the process-wide,
/// thread-safe <see cref="GlyphAdvances"/>). Where each box went is recorded only when the caller asks for it.
/// An archival spec (<see cref="PdfDocumentSpec.Archival"/>) is written as tagged PDF/A: the engine opens a structure
/// element around each block as it draws it, and marks page furniture as artifacts. A tagged document can only be drawn
/// page after page, so its footers cannot wait for a second pass: a first pass that draws nothing counts the pages.
/// </summary>
internal sealed class LayoutEngine : IDisposable
{
    private const double Epsilon = 0.001;
    private const double CellPadX = 4, CellPadY = 3;

    private static LayoutRect Body => PageGeometry.Body;

    private readonly PdfDocumentSpec spec;
    private readonly PdfDocument document = new();
    private readonly XGraphics measure;
    private readonly Theme theme;
    private readonly List<List<PlacedBox>> pages = new();
    private readonly (string Left, string Right) header;
    private readonly (string Text, TextStyle Style, double Angle)? watermark;

    private XGraphics? gfx;          // the page being drawn on
    private StructureBuilder? tags;   // set while drawing an archival document
    private ParentTreePages? parentTree; // likewise
    private bool counting;            // the first pass of an archival document: lay out, draw nothing
    private int? pageTotal;           // known before drawing only for archival documents
    private List<PlacedBox> boxes = new();
    private double y;                 // top of the free space on the current page
    private readonly bool recordLayout;
    // A table's rows wrapped to its columns, kept from the counting pass for the drawing pass.
    private readonly Dictionary<Table, (TableLayout Layout, List<RowLayout> Rows)> tables = new(ReferenceEqualityComparer.Instance);
    private readonly TableRules rules = new(); // of the table being drawn, on the current page

    public LayoutEngine(PdfDocumentSpec spec, bool recordLayout)
    {
        this.spec = spec;
        this.recordLayout = recordLayout;
        measure = XGraphics.CreateMeasureContext(
            new XSize(PageGeometry.Width, PageGeometry.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
        theme = new Theme(measure);

        // Alliance name left, document title right; the title gives way first when both do not fit.
        var width = PageGeometry.MarginBox.Width;
        var left = theme.PageHeader.Fit(spec.HeaderText, width * 0.6);
        var right = theme.PageHeader.Fit(spec.Title, width - theme.PageHeader.Measure(left) - 24);
        header = (left, right);

        if (!string.IsNullOrWhiteSpace(spec.Watermark))
        {
            var (style, angle) = theme.Watermark(spec.Watermark);
            watermark = (spec.Watermark, style, angle);
        }
    }

    private XGraphics G => gfx ?? throw new InvalidOperationException("No page is open.");
    private bool AtPageTop => y <= Body.Y + Epsilon;

    public LayoutResult Run(PdfFinish? finish = null)
    {
        document.Info.Title = Metadata(spec.Title);
        document.Info.Author = Metadata(spec.Author);
        document.Info.Subject = Metadata(spec.Subject);
        document.Info.Creator = "Anso.Secretariat";
        document.Options.CompressContentStreams = true;
        // The fastest level for what PDFsharp compresses itself too (the font subsets, the metadata), as for the pages.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;

        if (spec.Archival)
        {
            counting = true;
            PlaceAll();
            pageTotal = pages.Count;
            pages.Clear();
            counting = false;

            document.SetPdfA(); // PDF/A-1a: XMP identification, sRGB output intent; switches tagging on
            var accessibility = UAManager.ForDocument(document);
            accessibility.SetDocumentLanguage(spec.Language);
            tags = accessibility.StructureBuilder;
            parentTree = new ParentTreePages(document, accessibility);
        }
        PlaceAll();
        tags?.EndMarkedContentsWithId();
        parentTree?.Finish();
        gfx?.Dispose();
        gfx = null;
        if (pageTotal is null) DrawFooters();
        CompressContentStreams();
        if (finish is not null) Finish(finish);

        // Sized from the pages (a tagged page of the register is about 20 KB), so that a 20 MB document is not copied
        // into ever larger buffers as it is written.
        using var stream = new MemoryStream(checked(64 * 1024 + pages.Count * (spec.Archival ? 20 * 1024 : 4 * 1024)));
        document.Save(stream, false);
        return new LayoutResult(stream.ToArray(), pages.Select((b, i) => new PageLayout(i + 1, b)).ToList());
    }

    /// <summary>
    /// PDFsharp writes the title, author and subject into the XMP metadata without escaping them for XML; keep the
    /// characters that would break it out of the metadata (the page shows the text as it is).
    /// </summary>
    private string Metadata(string text) => !spec.Archival ? text
        : text.Replace("&", "and").Replace('<', '‹').Replace('>', '›').Replace('"', '\u201D').Replace('\'', '\u2019');

    /// <summary>Attachments, then the signature: PDFsharp computes it while saving, over every byte but its own.</summary>
    private void Finish(PdfFinish finish)
    {
        foreach (var attachment in finish.Attachments)
            PdfAttachments.Add(document, attachment);
        if (finish.Signer is { } signer)
        {
            DigitalSignatureHandler.ForDocument(document, new PdfSharp.Pdf.Signatures.PdfSharpDefaultSigner(signer.Certificate, PdfMessageDigestType.SHA256, null),
                new DigitalSignatureOptions
                {
                    Reason = signer.Reason,
                    Location = signer.Location,
                    ContactInfo = signer.ContactInfo,
                    AppName = "Anso.Secretariat",
                    PageIndex = 0,
                    Rectangle = new XRect(0, 0, 0, 0), // an invisible signature: the page stays as approved
                });
        }
    }

    private void PlaceAll()
    {
        NewPage();
        PlaceTitleBlock();
        for (var i = 0; i < spec.Blocks.Count; i++)
        {
            switch (spec.Blocks[i])
            {
                case Heading h: PlaceHeading(h, i + 1 < spec.Blocks.Count ? spec.Blocks[i + 1] : null); break;
                case Paragraph p: PlaceParagraph(p); break;
                case NumberedItem n: PlaceNumberedItem(n); break;
                case KeyValueLines kv: PlaceKeyValues(kv); break;
                case Table t: PlaceTable(t); break;
                case Spacer s: Gap(s.Height); break;
                case PageBreak: if (!AtPageTop) NewPage(); break;
                case var other: throw new NotSupportedException($"Unknown block type {other.GetType().Name}.");
            }
        }
    }

    public void Dispose()
    {
        gfx?.Dispose();
        measure.Dispose();
        document.Dispose();
    }

    // ---- pages ---------------------------------------------------------------------------------------------

    private void NewPage()
    {
        boxes = new List<PlacedBox>();
        pages.Add(boxes);
        y = Body.Y;
        if (counting) return;

        tags?.EndMarkedContentsWithId(); // close what is open on the page being left, while its graphics still exist
        parentTree?.MoveDrawnPages();
        gfx?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageGeometry.Width);
        page.Height = XUnit.FromPoint(PageGeometry.Height);
        gfx = XGraphics.FromPdfPage(page);

        BeginArtifact();
        if (watermark is { } mark) DrawWatermark(mark.Text, mark.Style, mark.Angle); // first, so content covers it
        DrawPageHeader();
        if (pageTotal is { } total) DrawFooter(pages.Count, total);
        EndTag();
    }

    // ---- structure (archival documents only; no-ops otherwise) ------------------------------------------------

    private void BeginTag(PdfBlockLevelElementTag tag) => tags?.BeginElement(tag);
    private void BeginArtifact() => tags?.BeginArtifact();
    private void EndTag() => tags?.End();

    private static PdfBlockLevelElementTag HeadingTag(int level) => level switch
    {
        1 => PdfBlockLevelElementTag.Heading1,
        2 => PdfBlockLevelElementTag.Heading2,
        _ => PdfBlockLevelElementTag.Heading3,
    };

    /// <summary>Starts a new page unless <paramref name="height"/> fits, or the page is still empty (then nothing would help).</summary>
    private void EnsureSpace(double height)
    {
        if (y + height > Body.Bottom + Epsilon && !AtPageTop) NewPage();
    }

    /// <summary>Vertical space between blocks; none at the top of a page.</summary>
    private void Gap(double height)
    {
        if (!AtPageTop) y += height;
    }

    private void DrawPageHeader()
    {
        var box = PageGeometry.MarginBox;
        var style = theme.PageHeader;
        DrawText(header.Left, style, box.X, box.Width, TextAlign.Left, box.Y, BoxKind.Header);
        DrawText(header.Right, style, box.X, box.Width, TextAlign.Right, box.Y, BoxKind.Header);
        DrawRule(box.X, box.Y + 14, box.Width, theme.HairRule, BoxKind.Header);
    }

    private void DrawFooters()
    {
        for (var i = 0; i < pages.Count; i++)
        {
            using var page = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            gfx = page;
            boxes = pages[i];
            DrawFooter(i + 1, pages.Count);
        }
        gfx = null;
    }

    private void DrawFooter(int number, int total)
    {
        var box = PageGeometry.MarginBox;
        DrawRule(box.X, box.Bottom - 14, box.Width, theme.HairRule, BoxKind.Footer);
        DrawText(string.Format(System.Globalization.CultureInfo.InvariantCulture, spec.PageNumbering, number, total), theme.PageFooter, box.X, box.Width, TextAlign.Center,
            box.Bottom - theme.PageFooter.LineHeight, BoxKind.Footer);
    }

    private void DrawWatermark(string text, TextStyle style, double angle)
    {
        var box = PageGeometry.MarginBox;
        var center = new XPoint(box.X + box.Width / 2, box.Y + box.Height / 2);
        var width = style.Measure(text);
        var height = style.Ascent + style.Descent;

        var state = G.Save();
        G.RotateAtTransform(-angle, center); // bottom-left to top-right
        style.Draw(G, text, center.X - width / 2, center.Y - height / 2 + style.Ascent);
        G.Restore(state);

        // The box the rotated text occupies, for placement checks.
        var radians = angle * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        var (w, h) = (width * cos + height * sin, width * sin + height * cos);
        Record(BoxKind.Watermark, new LayoutRect(center.X - w / 2, center.Y - h / 2, w, h), text);
    }

    /// <summary>
    /// PDFsharp's Flate encoder leaves out the zlib Adler-32 trailer, which qpdf --check reports on page content.
    /// Compress the page content here as complete zlib streams; PDFsharp leaves a stream that has a filter alone.
    /// At the fastest level: page content is drawing operators that compress well at any level, and this pass came after
    /// the layout on every request (issue 13's profile: 16% of a document's time in compression).
    /// </summary>
    private void CompressContentStreams()
    {
        foreach (var page in document.Pages)
        {
            foreach (var content in page.Contents)
            {
                if (content.Stream?.Value is not { Length: > 0 } raw || content.Elements.ContainsKey("/Filter")) continue;
                using var compressed = new MemoryStream(raw.Length / 4 + 64);
                using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
                    zlib.Write(raw);
                content.Stream.Value = compressed.ToArray();
                content.Elements.SetName("/Filter", "/FlateDecode");
                content.Elements.SetInteger("/Length", content.Stream.Length);
            }
        }
    }

    // ---- blocks --------------------------------------------------------------------------------------------

    private void PlaceTitleBlock()
    {
        BeginTag(PdfBlockLevelElementTag.Heading1);
        PlaceLines(theme.Title.Wrap(spec.DisplayTitle ?? spec.Title, Body.Width), theme.Title, Body.X, Body.Width, TextAlign.Left, BoxKind.Title);
        EndTag();
        if (spec.TitleBlockLines.Count > 0)
        {
            y += 4;
            foreach (var line in spec.TitleBlockLines)
            {
                BeginTag(PdfBlockLevelElementTag.Paragraph);
                PlaceLines(theme.TitleLine.Wrap(line, Body.Width), theme.TitleLine, Body.X, Body.Width, TextAlign.Left, BoxKind.Title);
                EndTag();
            }
        }
        y += 8;
        DrawRule(Body.X, y, Body.Width, theme.TitleRule, BoxKind.Rule);
        y += 18;
    }

    private void PlaceHeading(Heading heading, Block? next)
    {
        var level = Math.Clamp(heading.Level, 1, 3);
        var style = theme.Headings[level - 1];
        var lines = style.Wrap(heading.Text, Body.Width);
        var ruled = level == 1;
        var after = level == 1 ? 6.0 : 4.0;

        Gap(level == 1 ? 14 : 10);
        // Keep the heading on the same page as the start of what follows it.
        EnsureSpace(lines.Count * style.LineHeight + (ruled ? 4 : 0) + after + StartHeight(next));
        BeginTag(HeadingTag(level));
        PlaceLines(lines, style, Body.X, Body.Width, TextAlign.Left, BoxKind.Heading);
        EndTag();
        if (ruled)
        {
            y += 1.5;
            DrawRule(Body.X, y, Body.Width, theme.HeadingRule, BoxKind.Rule);
            y += 2.5;
        }
        y += after;
    }

    /// <summary>
    /// The height a block needs on a page before it can start there: what a heading above it must not be parted from.
    /// Capped so that a keep never pushes more than half a page ahead.
    /// </summary>
    private double StartHeight(Block? block)
    {
        var twoLines = 2 * theme.Body.LineHeight + 2;
        var height = block switch
        {
            Paragraph p => ParagraphStartHeight(p),
            Table t => TableStartHeight(t),
            Heading h => theme.Headings[Math.Clamp(h.Level, 1, 3) - 1] is var style
                ? style.Wrap(h.Text, Body.Width).Count * style.LineHeight + 14 + twoLines
                : 0,
            NumberedItem or KeyValueLines => twoLines,
            _ => 0,
        };
        return Math.Min(height, Body.Height / 2);
    }

    private double ParagraphStartHeight(Paragraph p)
    {
        var style = theme.Paragraph(p.FontSize, p.Bold, p.Italic);
        return Math.Min(2, style.Wrap(p.Text, Body.Width).Count) * style.LineHeight;
    }

    private double TableStartHeight(Table t)
    {
        var layout = new TableLayout(t, theme);
        return layout.Header.Height + layout.Need(t.Rows.Take(2).Select(layout.Row).ToList(), 0);
    }

    private void PlaceParagraph(Paragraph paragraph)
    {
        var style = theme.Paragraph(paragraph.FontSize, paragraph.Bold, paragraph.Italic);
        var lines = style.Wrap(paragraph.Text, Body.Width);
        EnsureSpace(Math.Min(lines.Count, 2) * style.LineHeight); // no lone first line at the foot of a page
        BeginTag(PdfBlockLevelElementTag.Paragraph);
        PlaceLines(lines, style, Body.X, Body.Width, paragraph.Align, BoxKind.Text);
        EndTag();
        y += 6;
    }

    private void PlaceNumberedItem(NumberedItem item)
    {
        var indent = Math.Clamp(item.Level, 0, 4) * 22.0;
        var label = theme.Bold;
        var title = item.Level == 0 ? theme.Bold : theme.Body;
        var detail = theme.Detail;
        var labelWidth = Math.Max(28, label.Measure(item.Number) + 8); // 28: "1." to "99." line up
        var textX = Body.X + indent + labelWidth;
        var textWidth = Body.Right - textX;

        var titleLines = title.Wrap(item.Title, textWidth);
        var detailLines = item.Details.SelectMany(d => detail.Wrap(d, textWidth)).ToList();

        // The label, the title and the first detail line stay together.
        EnsureSpace(titleLines.Count * title.LineHeight + (detailLines.Count > 0 ? 1 + detail.LineHeight : 0));
        BeginTag(PdfBlockLevelElementTag.Paragraph);
        DrawText(item.Number, label, Body.X + indent, labelWidth, TextAlign.Left, y, BoxKind.Text);
        PlaceLines(titleLines, title, textX, textWidth, TextAlign.Left, BoxKind.Text);
        if (detailLines.Count > 0) y += 1;
        PlaceLines(detailLines, detail, textX, textWidth, TextAlign.Left, BoxKind.Text);
        EndTag();
        y += item.Level == 0 ? 7 : 4;
    }

    private void PlaceKeyValues(KeyValueLines list)
    {
        if (list.Items.Length == 0) return;
        var (key, value) = (theme.Bold, theme.Body);
        const double gutter = 12;
        var keyWidth = Math.Min(list.Items.Max(i => key.Measure(i.Key)) + gutter, Body.Width * 0.35);
        var valueX = Body.X + keyWidth;

        foreach (var (k, v) in list.Items)
        {
            var keyLines = key.Wrap(k, keyWidth - gutter);
            var valueLines = value.Wrap(v, Body.Width - keyWidth);
            var count = Math.Max(keyLines.Count, valueLines.Count);
            if (count * value.LineHeight <= Body.Height) EnsureSpace(count * value.LineHeight); // keep a pair together
            BeginTag(PdfBlockLevelElementTag.Paragraph);
            for (var i = 0; i < count; i++)
            {
                EnsureSpace(value.LineHeight);
                if (i < keyLines.Count) DrawText(keyLines[i], key, Body.X, keyWidth - gutter, TextAlign.Left, y, BoxKind.Text);
                if (i < valueLines.Count) DrawText(valueLines[i], value, valueX, Body.Width - keyWidth, TextAlign.Left, y, BoxKind.Text);
                y += value.LineHeight;
            }
            EndTag();
            y += 2;
        }
        y += 6;
    }

    // ---- tables --------------------------------------------------------------------------------------------

    /// <summary>A table row with its cell text already wrapped to the column widths.</summary>
    private sealed record RowLayout(List<string>[] Cells, TextStyle Style, bool IsGroup)
    {
        public int LineCount { get; } = Math.Max(1, Cells.Max(c => c.Count));
        public double Height => Lines(LineCount);
        public double Lines(int count) => count * Style.LineHeight + 2 * CellPadY;
    }

    /// <summary>Column positions of a table across the body width, and its rows wrapped to them.</summary>
    private sealed class TableLayout
    {
        private readonly Theme theme;

        public TableLayout(Table table, Theme theme)
        {
            this.theme = theme;
            Table = table;
            var total = table.Columns.Sum(c => Math.Max(0, c.Width));
            Widths = table.Columns
                .Select(c => total > 0 ? Math.Max(0, c.Width) / total * Body.Width : Body.Width / table.Columns.Count)
                .ToArray();
            Xs = new double[Widths.Length];
            Xs[0] = Body.X;
            for (var i = 1; i < Xs.Length; i++) Xs[i] = Xs[i - 1] + Widths[i - 1];
            Header = new RowLayout(Wrap(table.Columns.Select(c => c.Header).ToList(), theme.CellHeader), theme.CellHeader, false);
        }

        public Table Table { get; }
        public double[] Xs { get; }
        public double[] Widths { get; }
        public RowLayout Header { get; }

        public RowLayout Row(TableRow row) => row.IsGroup
            ? new RowLayout([theme.GroupRow.Wrap(row.Cells.Count > 0 ? row.Cells[0] : "", Body.Width - 2 * CellPadX)], theme.GroupRow, true)
            : new RowLayout(Wrap(row.Cells, theme.Cell), theme.Cell, false);

        /// <summary>A row starts on a page only if it fits whole there, or (when taller than a page) with 3 lines.</summary>
        public double StartHeight(RowLayout row) => Math.Min(row.Height, row.Lines(3));

        /// <summary>Room for rows under a repeated header.</summary>
        public double Capacity => Body.Height - Header.Height;

        /// <summary>
        /// The room row <paramref name="i"/> needs to be drawn where it stands: a row that fits a page moves whole, a taller
        /// one starts with 3 lines, and a group row brings its first member row. The header asks the same of the first row,
        /// so that it never ends a page on its own.
        /// </summary>
        public double Need(IReadOnlyList<RowLayout> rows, int i)
        {
            if (i >= rows.Count) return 0;
            var row = rows[i];
            if (row.Height > Capacity) return StartHeight(row);
            if (row.IsGroup && i + 1 < rows.Count)
            {
                var next = rows[i + 1];
                var withNext = row.Height + (next.Height > Capacity ? StartHeight(next) : next.Height);
                if (withNext <= Capacity) return withNext;
            }
            return row.Height;
        }

        private List<string>[] Wrap(IReadOnlyList<string> texts, TextStyle style) =>
            texts.Select((t, i) => style.Wrap(t, Widths[i] - 2 * CellPadX)).ToArray();
    }

    private void PlaceTable(Table table)
    {
        if (!tables.TryGetValue(table, out var wrapped))
        {
            var columns = new TableLayout(table, theme);
            tables[table] = wrapped = (columns, table.Rows.Select(columns.Row).ToList());
        }
        var (layout, rows) = wrapped;
        var headerRow = layout.Header;
        var capacity = layout.Capacity;

        // The header row is read once: where it is repeated on a later page, it is an artifact.
        void DrawHeaderRow() => DrawRow(headerRow, 0, headerRow.LineCount, layout, header: true, repeated: true);

        Gap(4);
        // The header row never ends a page on its own: it keeps with the first row (and a group row with its first member).
        EnsureSpace(headerRow.Height + layout.Need(rows, 0));
        BeginTag(PdfBlockLevelElementTag.Table);
        DrawRow(headerRow, 0, headerRow.LineCount, layout, header: true);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Height <= capacity)
            {
                // A group row stays with its first member row.
                if (y + layout.Need(rows, i) > Body.Bottom + Epsilon)
                {
                    StrokeRules(layout);
                    NewPage();
                    DrawHeaderRow();
                }
                DrawRow(row, 0, row.LineCount, layout, header: false);
                continue;
            }

            // Taller than a page: the only case in which a row is split, between its lines.
            var freshPage = false;
            for (var start = 0; start < row.LineCount;)
            {
                var fit = (int)Math.Floor((Body.Bottom - y - 2 * CellPadY + Epsilon) / row.Style.LineHeight);
                if (fit < Math.Min(3, row.LineCount - start) && !freshPage)
                {
                    StrokeRules(layout);
                    NewPage();
                    DrawHeaderRow();
                    freshPage = true;
                    continue;
                }
                freshPage = false;
                var end = Math.Min(row.LineCount, start + Math.Max(1, fit));
                DrawRow(row, start, end, layout, header: false);
                start = end;
            }
        }
        StrokeRules(layout);
        EndTag();
        y += 10;
    }

    /// <summary>The rules of the table's rows on this page, as one path (an artifact).</summary>
    private void StrokeRules(TableLayout table)
    {
        if (rules.IsEmpty) return;
        BeginArtifact();
        G.DrawPath(theme.GridPen, rules.TakePath(Body.X, Body.Right, table.Xs));
        EndTag();
    }

    /// <summary>
    /// Draws lines [from, to) of a row at the current position and moves below it. Tagged: a TR of TH (header row, and a
    /// group row spanning every column) or TD cells. The fills are artifacts, drawn first; the rules wait for the end of the
    /// page or table (<see cref="TableRules"/>).
    /// </summary>
    private void DrawRow(RowLayout row, int from, int to, TableLayout table, bool header, bool repeated = false)
    {
        var height = row.Lines(to - from);
        var style = row.Style;
        void Begin(PdfBlockLevelElementTag tag) { if (!repeated) BeginTag(tag); }
        void End() { if (!repeated) EndTag(); }
        if (repeated) BeginArtifact();
        Begin(PdfBlockLevelElementTag.TableRow);
        if (row.IsGroup)
        {
            var rect = new LayoutRect(Body.X, y, Body.Width, height);
            if (!counting)
            {
                BeginArtifact();
                G.DrawRectangle(theme.GroupFillBrush, rect.X, rect.Y, rect.Width, rect.Height);
                EndTag();
                rules.Add(y, y + height, spanning: true);
            }
            Begin(PdfBlockLevelElementTag.TableHeaderCell);
            if (table.Xs.Length > 1 && !repeated) tags?.SetColSpan(table.Xs.Length);
            var lines = row.Cells[0];
            for (var l = from; l < Math.Min(to, lines.Count); l++)
                DrawText(lines[l], style, Body.X + CellPadX, Body.Width - 2 * CellPadX, TextAlign.Left, y + CellPadY + (l - from) * style.LineHeight, BoxKind.Text);
            End();
            Record(BoxKind.TableGroupRow, rect);
        }
        else
        {
            if (!counting)
            {
                if (header)
                {
                    BeginArtifact();
                    G.DrawRectangle(theme.HeaderFill, Body.X, y, Body.Width, height);
                    EndTag();
                }
                rules.Add(y, y + height, spanning: false);
            }
            for (var c = 0; c < table.Xs.Length; c++)
            {
                var rect = new LayoutRect(table.Xs[c], y, table.Widths[c], height);
                Begin(header ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
                var lines = row.Cells[c];
                for (var l = from; l < Math.Min(to, lines.Count); l++)
                    DrawText(lines[l], style, rect.X + CellPadX, rect.Width - 2 * CellPadX, table.Table.Columns[c].Align, y + CellPadY + (l - from) * style.LineHeight, BoxKind.Text);
                End();
                Record(header ? BoxKind.TableHeaderCell : BoxKind.TableCell, rect);
            }
        }
        End();
        if (repeated) EndTag();
        y += height;
    }

    // ---- drawing primitives ----------------------------------------------------------------------------------

    /// <summary>Places lines one below the other, starting a new page between lines when needed.</summary>
    private void PlaceLines(List<string> lines, TextStyle style, double x, double width, TextAlign align, BoxKind kind)
    {
        foreach (var line in lines)
        {
            EnsureSpace(style.LineHeight);
            DrawText(line, style, x, width, align, y, kind);
            y += style.LineHeight;
        }
    }

    /// <summary>Draws one line of text inside [x, x + width], with <paramref name="top"/> the top of its line box.</summary>
    private void DrawText(string text, TextStyle style, double x, double width, TextAlign align, double top, BoxKind kind)
    {
        if (text.Length == 0) return;
        if (counting) return; // the counting pass only needs the lines' heights, which the caller adds
        var textWidth = align != TextAlign.Left || recordLayout ? style.Measure(text) : 0;
        var left = align switch
        {
            TextAlign.Right => x + width - textWidth,
            TextAlign.Center => x + (width - textWidth) / 2,
            _ => x,
        };
        style.Draw(G, text, left, top + style.Baseline);
        Record(kind, new LayoutRect(left, top, textWidth, style.LineHeight), text);
    }

    private void DrawRule(double x, double at, double width, XPen pen, BoxKind kind)
    {
        if (!counting)
        {
            BeginArtifact();
            G.DrawLine(pen, x, at, x + width, at);
            EndTag();
        }
        Record(kind, new LayoutRect(x, at - pen.Width / 2, width, pen.Width));
    }

    private void Record(BoxKind kind, LayoutRect rect, string? text = null)
    {
        if (recordLayout && !counting) boxes.Add(new PlacedBox(kind, rect, text));
    }
}
