using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>A word longer than a line is cut into lines that fit, losing and reordering nothing (issue #11, linear line breaking).</summary>
public sealed class LongUnbrokenTextTests
{
    [Fact]
    public void An_unbroken_string_is_cut_into_lines_that_together_give_the_whole_string()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => (char)('a' + i % 26)));
        var spec = new PdfDocumentSpec { Title = "Unbroken" };
        spec.Add(new Paragraph(text));

        var pdf = PdfRenderer.Render(spec);

        // The lines of letters only are the paragraph's; put together they are the string, in order.
        var lines = PdfTools.Text(pdf).Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => l.Length > 0 && l.All(c => c is >= 'a' and <= 'z')).ToList();
        Assert.True(lines.Count > 100, $"only {lines.Count} lines");
        Assert.Equal(text, string.Concat(lines));
    }

    [Fact]
    public void An_unbroken_string_of_emoji_is_never_cut_inside_a_character()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 3_000));
        var spec = new PdfDocumentSpec { Title = "Emoji" };
        spec.Add(new Paragraph(text));

        var pdf = PdfRenderer.Render(spec); // a cut inside a pair would throw while encoding the text

        Assert.True(PdfTools.PageCount(pdf) >= 1);
    }
}
