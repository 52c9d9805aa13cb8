using Anso.Secretariat.App.Documents.Layout;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>
/// A table's rules are stroked as one path per page (issue 13) instead of a rectangle per cell: the page must still show
/// every cell ruled on its four sides, on every page the table continues on, and no column line across a group row.
/// Read from the pixels poppler draws (pdftoppm, grey), not from the content stream.
/// </summary>
public sealed class TableRulesTests
{
    private const int Dpi = 144;
    private const byte Rule = 215;   // the grid's grey (#B8C1CC) is about 191; white 255; the group row's fill about 237

    [Fact]
    public void Every_cell_is_ruled_on_four_sides_and_no_column_line_crosses_a_group_row()
    {
        var spec = new PdfDocumentSpec { Title = "Rules" };
        var table = spec.Add(new Table(new TableColumn("Organization", 3), new TableColumn("Country", 1.5), new TableColumn("Seat", 1, TextAlign.Right)));
        for (var i = 1; i <= 90; i++)
        {
            if (i % 30 == 1) table.AddGroupRow($"Part {i / 30 + 1}");
            table.AddRow($"Institute {i}", i % 7 == 0 ? "A country whose name wraps onto a second line of its cell" : "Serbia", $"{i}");
        }
        var result = PdfRenderer.RenderWithLayout(spec);
        Assert.True(result.PageCount >= 2);

        var folder = Directory.CreateTempSubdirectory("anso-rules").FullName;
        PdfTools.Run("pdftoppm", ["-gray", "-r", $"{Dpi}", "-f", "1", "-l", "2", Save(result.Pdf, folder), Path.Combine(folder, "page")]);
        var images = Directory.GetFiles(folder, "page-*.pgm").Order(StringComparer.Ordinal).Select(Grey.Read).ToList();
        Assert.Equal(2, images.Count);

        for (var p = 0; p < 2; p++)
        {
            var (page, image) = (result.Pages[p], images[p]);
            var cells = page.Boxes.Where(b => b.Kind is BoxKind.TableCell or BoxKind.TableHeaderCell).Select(b => b.Rect).ToList();
            Assert.True(cells.Count > 60);
            foreach (var c in cells)
            {
                Assert.True(image.Darkest(c.X, c.Y + c.Height / 2) < Rule, $"page {p + 1}: no rule left of {c}");
                Assert.True(image.Darkest(c.Right, c.Y + c.Height / 2) < Rule, $"page {p + 1}: no rule right of {c}");
                Assert.True(image.Darkest(c.X + c.Width / 2, c.Y) < Rule, $"page {p + 1}: no rule above {c}");
                Assert.True(image.Darkest(c.X + c.Width / 2, c.Bottom) < Rule, $"page {p + 1}: no rule below {c}");
            }
            var columnLines = cells.Select(c => c.X).Where(x => x > LayoutResult.BodyBox.X + 1).Distinct().ToList();
            Assert.Equal(2, columnLines.Count);
            foreach (var group in page.Boxes.Where(b => b.Kind == BoxKind.TableGroupRow).Select(b => b.Rect))
            {
                Assert.True(image.Darkest(group.X, group.Y + group.Height / 2) < Rule, $"page {p + 1}: no rule left of the group row {group}");
                foreach (var x in columnLines)
                    Assert.True(image.Darkest(x, group.Y + group.Height / 2) > Rule, $"page {p + 1}: a column line crosses the group row {group}");
            }
        }
    }

    private static string Save(byte[] pdf, string folder)
    {
        var path = Path.Combine(folder, "rules.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>A binary PGM (P5) as pdftoppm -gray writes it, read by points.</summary>
    private sealed record Grey(int Width, int Height, byte[] Pixels)
    {
        public static Grey Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            var (fields, at) = (new List<int>(), 2);
            while (fields.Count < 3)
            {
                while (char.IsWhiteSpace((char)bytes[at])) at++;
                var start = at;
                while (!char.IsWhiteSpace((char)bytes[at])) at++;
                fields.Add(int.Parse(System.Text.Encoding.ASCII.GetString(bytes, start, at - start)));
            }
            return new Grey(fields[0], fields[1], bytes[(at + 1)..]);
        }

        /// <summary>The darkest pixel within a point of (<paramref name="x"/>, <paramref name="y"/>), in points from the top left.</summary>
        public byte Darkest(double x, double y)
        {
            var (px, py) = ((int)Math.Round(x * Dpi / 72), (int)Math.Round(y * Dpi / 72));
            byte darkest = 255;
            for (var dy = -2; dy <= 2; dy++)
                for (var dx = -2; dx <= 2; dx++)
                    darkest = Math.Min(darkest, Pixels[(py + dy) * Width + px + dx]);
            return darkest;
        }
    }
}
