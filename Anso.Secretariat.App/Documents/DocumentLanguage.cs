using System.Globalization;

namespace Anso.Secretariat.App.Documents;

/// <summary>
/// The language a document is produced in: English (the default, and the language of the record) or Chinese, chosen
/// with <c>?lang=en</c> or <c>?lang=zh-Hans</c> on every document link. While a document is built, the current culture is
/// its language, so its wording (<see cref="DocumentsText"/>) and the domain's wording follow it.
/// </summary>
public sealed class DocumentLanguage
{
    public static readonly DocumentLanguage English = new("en", "English");
    public static readonly DocumentLanguage Chinese = new("zh-Hans", "中文");

    public static readonly IReadOnlyList<DocumentLanguage> All = [English, Chinese];

    private DocumentLanguage(string code, string ownName)
    {
        Code = code;
        OwnName = ownName;
        Culture = CultureInfo.GetCultureInfo(code);
    }

    /// <summary>The BCP 47 tag: the value of <c>?lang=</c>, and the language a tagged PDF declares.</summary>
    public string Code { get; }
    /// <summary>The language's name in itself, as a reader looks for it on a menu: "English", "中文".</summary>
    public string OwnName { get; }
    public CultureInfo Culture { get; }
    public bool IsEnglish => this == English;

    /// <summary>The language of the documents being built now (the current UI culture): Chinese for any zh culture.</summary>
    public static DocumentLanguage Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? Chinese : English;

    /// <summary>The language a <c>?lang=</c> value names (case aside); English when there is none; null when it names no language served.</summary>
    public static DocumentLanguage? Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? English : All.FirstOrDefault(l => string.Equals(l.Code, value.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The link to a document in this language: "/members.pdf?lang=zh-Hans"; English keeps the plain link.</summary>
    public string Link(string path) => IsEnglish ? path : $"{path}{(path.Contains('?') ? '&' : '?')}lang={Code}";

    /// <summary>
    /// The file's name in this language: "2nd-GB-2019-minutes.pdf" in English, "2nd-GB-2019-minutes-zh-Hans.pdf" in
    /// Chinese, so that both can be saved in one folder and told apart.
    /// </summary>
    public string FileName(string name) => IsEnglish ? name : $"{Path.GetFileNameWithoutExtension(name)}-{Code}{Path.GetExtension(name)}";

    /// <summary>
    /// Produces a document in the language <paramref name="lang"/> names, with the current culture set to it meanwhile;
    /// a language that is not served answers 400 with what to use instead. Every document endpoint goes through here.
    /// </summary>
    public static async Task<IResult> Serve(string? lang, Func<DocumentLanguage, Task<IResult>> produce)
    {
        if (Parse(lang) is not { } language)
            return Results.Text($"The document language '{lang}' is not available: use ?lang=en (English) or ?lang=zh-Hans (Chinese).",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        return await language.Speak(() => produce(language));
    }

    /// <summary>Builds something in this language: the current culture is this language's while <paramref name="produce"/> runs.</summary>
    public async Task<T> Speak<T>(Func<Task<T>> produce)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Culture;
        try
        {
            return await produce();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    public override string ToString() => Code;
}
