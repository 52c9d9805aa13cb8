using System.Globalization;
using System.Text;

namespace Anso.Secretariat.Domain.Common;

public static class TextMatching
{
    /// <summary>
    /// A key that is equal for names that differ only in case, accents or spacing:
    /// "Université de Belgrade" and "universite  de belgrade" give the same key. Only the accents of Latin and Greek letters
    /// go: in other scripts a combining mark is part of the word (the Thai vowel in "วิทยาศาสตร์", the Devanagari vowel
    /// signs, the Cyrillic "й" that is not "и"), so it stays, recomposed ("й" is one character in the key).
    /// </summary>
    public static string MatchKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        // Half a surrogate pair (only a crafted request sends one) cannot be normalized: it is matched as U+FFFD.
        var trimmed = text.Trim();
        if (trimmed.Any(char.IsSurrogate)) trimmed = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(trimmed));
        var decomposed = trimmed.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        var accentsGo = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                if (!accentsGo) sb.Append(ch);
                continue;
            }
            accentsGo = IsLatinOrGreek(ch);
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            // Letters without a decomposition (ı, ł, ø, đ) are folded by hand.
            sb.Append(char.ToLowerInvariant(ch) switch { 'ı' => 'i', 'ł' => 'l', 'ø' => 'o', 'đ' => 'd', 'ß' => 's', var c => c });
        }
        var key = sb.ToString();
        return Ascii.IsValid(key) ? key : key.Normalize(NormalizationForm.FormC);
    }

    /// <summary>A letter of the Latin or Greek blocks, whose accents matching ignores.</summary>
    private static bool IsLatinOrGreek(char ch) => ch switch
    {
        < '\u0250' => char.IsLetter(ch),          // Basic Latin, Latin-1, Latin Extended-A and -B
        >= '\u0370' and < '\u0400' => true,      // Greek
        >= '\u1E00' and < '\u2000' => true,      // Latin Extended Additional (Vietnamese), Greek Extended
        _ => false,
    };

    /// <summary>
    /// Names in the order people read them: by <see cref="MatchKey"/> (so "İstanbul" files under I and "Łódź" under L),
    /// then as written. The lists sort in the database with the same comparison (a collation registered in Data/).
    /// </summary>
    public static int CompareAsRead(string? one, string? other)
    {
        var byKey = string.CompareOrdinal(MatchKey(one), MatchKey(other));
        return byKey != 0 ? byKey : string.CompareOrdinal(one, other);
    }

    /// <summary><see cref="CompareAsRead"/> for OrderBy and Sort.</summary>
    public static IComparer<string?> ReadingOrder { get; } = Comparer<string?>.Create(CompareAsRead);

    /// <summary>
    /// Then in <see cref="CompareAsRead"/>'s order of <paramref name="text"/>, each item's key made once: the comparer makes
    /// two per comparison, about a million for 30,000 names.
    /// </summary>
    public static IOrderedEnumerable<T> ThenByReading<T>(this IOrderedEnumerable<T> items, Func<T, string?> text) =>
        items.ThenBy(item => MatchKey(text(item)), StringComparer.Ordinal).ThenBy(text, StringComparer.Ordinal);
}
