using PdfSharp.Drawing;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// The rules of a table on one page, gathered row by row as the rows are drawn and stroked as one path when the page or
/// the table ends: each cell used to stroke its own rectangle (issue 13's profile: the table cells took 44% of a
/// document's time). The path covers what the cells' rectangles covered: the table's outline, a line at every row's top
/// and bottom, and the column lines through each run of ordinary rows (a group row spans the columns). A PDFsharp path
/// joins each line it is given to the previous one unless that one was closed, so the row lines are one line that zigzags
/// down the table's sides, and the column lines of a run one that zigzags along the run's top and bottom: every stretch
/// of either lies on a line that is drawn anyway, and closing them goes back along one too.
/// </summary>
internal sealed class TableRules
{
    private readonly List<(double Top, double Bottom, bool Spanning)> rows = new();

    public bool IsEmpty => rows.Count == 0;

    /// <summary>A row drawn below the last one; <paramref name="spanning"/> when no column line crosses it.</summary>
    public void Add(double top, double bottom, bool spanning) => rows.Add((top, bottom, spanning));

    /// <summary>The path of the rows added since the last call, which it forgets. <paramref name="xs"/>: the columns' left edges.</summary>
    public XGraphicsPath TakePath(double left, double right, IReadOnlyList<double> xs)
    {
        var path = new XGraphicsPath();
        var (top, bottom) = (rows[0].Top, rows[^1].Bottom);
        path.AddRectangle(left, top, right - left, bottom - top);

        var across = new List<XPoint>();
        var fromLeft = true;
        foreach (var at in rows.Select(r => r.Top).Append(bottom))
        {
            across.Add(new XPoint(fromLeft ? left : right, at));
            across.Add(new XPoint(fromLeft ? right : left, at));
            fromLeft = !fromLeft;
        }
        if (!fromLeft) across.Add(new XPoint(left, bottom)); // to close along the left side
        path.AddLines(across.ToArray());
        path.CloseFigure();

        if (xs.Count > 1)
        {
            for (var start = 0; start < rows.Count;)
            {
                if (rows[start].Spanning) { start++; continue; }
                var end = start;
                while (end + 1 < rows.Count && !rows[end + 1].Spanning) end++;
                AddColumnLines(path, xs, rows[start].Top, rows[end].Bottom);
                start = end + 1;
            }
        }
        rows.Clear();
        return path;
    }

    private static void AddColumnLines(XGraphicsPath path, IReadOnlyList<double> xs, double top, double bottom)
    {
        var down = new List<XPoint>();
        var fromTop = true;
        for (var c = 1; c < xs.Count; c++)
        {
            down.Add(new XPoint(xs[c], fromTop ? top : bottom));
            down.Add(new XPoint(xs[c], fromTop ? bottom : top));
            fromTop = !fromTop;
        }
        if (!fromTop) down.Add(new XPoint(xs[1], bottom)); // to close along the first column line
        path.AddLines(down.ToArray());
        path.CloseFigure();
    }
}
