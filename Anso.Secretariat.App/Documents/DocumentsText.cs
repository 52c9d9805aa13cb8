using System.Globalization;
using System.Resources;

namespace Anso.Secretariat.App.Documents;

/// <summary>
/// The documents' wording, in DocumentsText.resx (English) and DocumentsText.zh-Hans.resx, in the language of the
/// document being built (<see cref="DocumentLanguage.Current"/>). The documents are static builders, not components, so
/// they read the resources here rather than through an injected <c>IStringLocalizer</c>; the resources are the same.
/// The domain's codes, meeting titles and dates are said through <see cref="Wording"/>: "1 Dec 2026", "2026年12月1日".
/// </summary>
public sealed class DocumentsText
{
    private static readonly ResourceManager Resources = new(typeof(DocumentsText));
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private DocumentsText() { }

    /// <summary>The wording of <paramref name="key"/>, its placeholders filled in.</summary>
    public static string Say(string key, params object?[] values)
    {
        var text = Resources.GetString(key, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"DocumentsText has no wording '{key}'.");
        return values.Length == 0 ? text : string.Format(Invariant, text, values);
    }

    /// <summary>"1 application", "3 applications", "3 份申请": <paramref name="key"/>One and <paramref name="key"/>Many.</summary>
    public static string Count(int n, string key) => Say(n == 1 ? key + "One" : key + "Many", n);

    /// <summary>Items of a list: "a, b, c" or "a、b、c".</summary>
    public static string List(IEnumerable<string> items) => string.Join(Say("ListSeparator"), items);

    /// <summary>"National Academies (5)", "国家科学院（5）"; "Full (founding, GB)".</summary>
    public static string WithCount(string label, object count) => Say("WithCount", label, count);

    /// <summary>"6 Nov 2019", "2019年11月6日".</summary>
    public static string Date(DateOnly date) => Wording.Dates(date, date);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>"1 December 2026", "2026年12月1日".</summary>
    public static string LongDate(DateOnly date) => DocumentLanguage.Current.IsEnglish ? date.ToString("d MMMM yyyy", Invariant) : Date(date);
}
