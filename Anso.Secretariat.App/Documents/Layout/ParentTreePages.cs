using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// Keeps a tagged document's parent tree (for each page, which structure element each of its marked contents belongs
/// to) from making the document quadratic in its length. PDFsharp 6.2 finds the current page's entry by scanning the
/// tree root's /Nums array, twice per marked content, and that array grows by one page each page: in issue 13's profile
/// of the 50,000-member register (1,723 pages, a marked content per cell) it took a third of the time. Here each drawn
/// page's entry moves from the root into leaf nodes of up to <see cref="PagesPerLeaf"/> pages, so the root holds only
/// the page being drawn; at the end the root holds only /Kids, as a number tree's root holds either /Kids or /Nums.
/// The tree says the same: the same keys, in order, with the same arrays.
/// </summary>
internal sealed class ParentTreePages(PdfDocument document, UAManager accessibility)
{
    private const int PagesPerLeaf = 64;

    private PdfNumberTreeNode Root => accessibility.StructureTreeRoot.Elements.GetDictionary("/ParentTree") as PdfNumberTreeNode
        ?? throw new InvalidOperationException("PDFsharp made no parent tree for the tagged document.");

    private PdfNumberTreeNode? leaf;
    private int leafFirstKey;

    /// <summary>Moves the entries of the pages drawn so far out of the root. Call between pages, before the next one is drawn.</summary>
    public void MoveDrawnPages()
    {
        var root = Root;
        if (root.Elements.GetArray("/Nums") is not { } nums) return;
        for (var i = 0; i + 1 < nums.Elements.Count; i += 2)
        {
            var key = ((PdfInteger)nums.Elements[i]).Value;
            if (leaf is null || leaf.NumsCount == PagesPerLeaf)
            {
                leaf = new PdfNumberTreeNode();
                document.Internals.AddObject(leaf); // a number tree's kids are indirect objects
                root.AddKid(leaf);
                leafFirstKey = key;
            }
            leaf.AddNumber(key, (PdfObject)nums.Elements[i + 1]);
            leaf.Elements.SetObject("/Limits", new PdfArray(document, new PdfInteger(leafFirstKey), new PdfInteger(key)));
        }
        nums.Elements.Clear();
    }

    /// <summary>Moves the last page's entry too and leaves the root with its kids alone. Call once all pages are drawn.</summary>
    public void Finish()
    {
        MoveDrawnPages();
        if (leaf is not null) Root.Elements.Remove("/Nums");
    }
}
