namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// Where a line may break: at spaces, and between two Chinese (or Japanese, Korean) characters, which are written without
/// spaces. Not before closing punctuation ("，", "。", "）") nor after opening punctuation ("（", "《"), so that a line
/// never starts with a comma or ends with an opening bracket. Thai, also written without spaces, breaks only at spaces
/// (and inside a word too long for a line): finding its word boundaries needs a dictionary.
/// </summary>
public static class LineBreaks
{
    /// <summary>A piece of a paragraph that is never broken (unless too wide for a line), and whether a space precedes it.</summary>
    public readonly record struct Piece(string Text, bool SpaceBefore);

    /// <summary>The pieces of one paragraph (a line without "\n"), in order. Runs of spaces collapse into one.</summary>
    public static IEnumerable<Piece> Pieces(string paragraph)
    {
        var start = -1;
        var spaceBefore = false;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is ' ' or '\t' or '\u00A0')
            {
                if (start >= 0) yield return new Piece(paragraph[start..i], spaceBefore);
                start = -1;
                spaceBefore = true;
                continue;
            }
            if (start < 0) { start = i; continue; }
            if (char.IsLowSurrogate(c)) continue;
            if (CanBreakBetween(CodePointBefore(paragraph, i), CodePointAt(paragraph, i)))
            {
                yield return new Piece(paragraph[start..i], spaceBefore);
                start = i;
                spaceBefore = false;
            }
        }
        if (start >= 0) yield return new Piece(paragraph[start..], spaceBefore);
    }

    /// <summary>Whether a line may break between two characters that no space separates.</summary>
    public static bool CanBreakBetween(int before, int after) =>
        !IsClosing(after) && !IsOpening(before) && (IsWrittenWithoutSpaces(before) || IsWrittenWithoutSpaces(after));

    /// <summary>Chinese, Japanese and Korean characters and their punctuation: each may stand at the end or start of a line.</summary>
    public static bool IsWrittenWithoutSpaces(int c) =>
        c is >= 0x2E80 and <= 0x2FDF      // CJK radicals, Kangxi radicals
            or >= 0x3000 and <= 0x303F    // CJK symbols and punctuation
            or >= 0x3040 and <= 0x30FF    // Hiragana, Katakana
            or >= 0x3100 and <= 0x31FF    // Bopomofo, Hangul compatibility jamo, Kanbun, CJK strokes
            or >= 0x3400 and <= 0x4DBF    // CJK extension A
            or >= 0x4E00 and <= 0x9FFF    // CJK unified ideographs
            or >= 0xAC00 and <= 0xD7AF    // Hangul syllables
            or >= 0xF900 and <= 0xFAFF    // CJK compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F    // CJK compatibility forms
            or >= 0xFF00 and <= 0xFFEF    // full-width forms
            or >= 0x20000 and <= 0x3FFFF; // CJK extensions B and later

    private static bool IsClosing(int c) =>
        c is '，' or '。' or '、' or '；' or '：' or '？' or '！' or '）' or '》' or '」' or '』' or '】' or '〉' or '〕' or '”' or '’'
            or '．' or '…' or '·' or '・' or 'ー' or '々'
            or ',' or '.' or ';' or ':' or '?' or '!' or ')' or ']' or '}' or '%';

    private static bool IsOpening(int c) =>
        c is '（' or '《' or '「' or '『' or '【' or '〈' or '〔' or '“' or '‘' or '(' or '[' or '{';

    private static int CodePointAt(string text, int index) =>
        index + 1 < text.Length && char.IsSurrogatePair(text[index], text[index + 1]) ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];

    private static int CodePointBefore(string text, int index) =>
        index >= 2 && char.IsSurrogatePair(text[index - 2], text[index - 1])
            ? char.ConvertToUtf32(text[index - 2], text[index - 1])
            : text[index - 1];
}
