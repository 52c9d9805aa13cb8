namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>A rectangle in points, origin at the top-left corner of the page, y growing downwards.</summary>
public readonly record struct LayoutRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    /// <summary>True when <paramref name="other"/> lies inside this rectangle (with a rounding tolerance).</summary>
    public bool Contains(LayoutRect other, double tolerance = 0.01) =>
        other.X >= X - tolerance && other.Y >= Y - tolerance &&
        other.Right <= Right + tolerance && other.Bottom <= Bottom + tolerance;
}

public enum BoxKind
{
    Header,
    Footer,
    Watermark,
    Title,
    Heading,
    Text,
    Rule,
    TableHeaderCell,
    TableCell,
    TableGroupRow,
}

/// <summary>Something drawn on a page. Text boxes carry the line they show; cells, group rows and rules only their place.</summary>
public sealed record PlacedBox(BoxKind Kind, LayoutRect Rect, string? Text = null);

public sealed record PageLayout(int Number, IReadOnlyList<PlacedBox> Boxes);

/// <summary>The PDF and where everything went, so that tests can check placement without parsing the PDF.</summary>
public sealed record LayoutResult(byte[] Pdf, IReadOnlyList<PageLayout> Pages)
{
    public int PageCount => Pages.Count;
    public static LayoutRect Page => PageGeometry.Page;
    /// <summary>The page minus its margins: header, body and footer all lie inside it.</summary>
    public static LayoutRect MarginBox => PageGeometry.MarginBox;
    /// <summary>Where blocks flow: the margin box minus the header and footer bands.</summary>
    public static LayoutRect BodyBox => PageGeometry.Body;
}
