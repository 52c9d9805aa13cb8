using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>Rendering a screen as a user who chose Chinese, and checking that none of its English wording is left.</summary>
public static partial class InChinese
{
    public static readonly CultureInfo Culture = new("zh-Hans");

    /// <summary>
    /// From here on, in this test's flow (culture flows with async calls, not to other tests), screens and documents are
    /// produced in Chinese.
    /// </summary>
    public static void Use()
    {
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = Culture;
    }

    /// <summary>
    /// The English wording of <typeparamref name="TText"/>'s resource that shows in <paramref name="nodes"/>' text: each
    /// value whose Chinese differs, cut at its placeholders ({0}), in pieces of two or more words or one long word.
    /// </summary>
    public static IReadOnlyList<string> EnglishLeftIn<TText>(INodeList nodes)
    {
        var text = string.Join("\n", nodes.Select(n => n.TextContent));
        var manager = new ResourceManager(typeof(TText).FullName!, typeof(TText).Assembly);
        var english = manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!.Cast<DictionaryEntry>();
        return english
            .Where(e => e.Value is string v && v != manager.GetString((string)e.Key, Culture))
            .SelectMany(e => Placeholder().Split((string)e.Value!).Select(p => p.Trim()).Where(Telling).Select(p => (Key: (string)e.Key, Piece: p)))
            .Where(x => text.Contains(x.Piece, StringComparison.Ordinal))
            .Select(x => $"{typeof(TText).Name}.{x.Key}: \"{x.Piece}\"")
            .Distinct().ToList();
    }

    /// <summary>A piece long enough that finding it means the English was shown, not a name or a code.</summary>
    private static bool Telling(string piece) => piece.Contains(' ') ? piece.Count(char.IsLetter) >= 6 : piece.Count(char.IsLetter) >= 8;

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
