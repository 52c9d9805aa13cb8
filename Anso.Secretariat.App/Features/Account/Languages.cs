using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using StringWithQualityHeaderValue = Microsoft.Net.Http.Headers.StringWithQualityHeaderValue;

namespace Anso.Secretariat.App.Features.Account;

/// <summary>
/// The two languages of the screens, and which one a request is answered in: the account's choice (a claim of the sign-in
/// cookie), else the choice made on this browser before signing in (a cookie), else the browser's Accept-Language. A Blazor
/// circuit keeps the culture of the request that started it, so a change of language is a form post and a reload.
/// </summary>
public static class Languages
{
    public const string English = "en";
    public const string Chinese = "zh-Hans";

    public static readonly IReadOnlyList<string> All = [English, Chinese];

    /// <summary>The account's language, in the sign-in cookie (set by SecretariatClaimsFactory from AppUser.PreferredLanguage).</summary>
    public const string Claim = "anso:language";

    /// <summary>The browser's choice, for the pages before sign-in and for an account that has made none.</summary>
    public const string CookieName = "anso.language";

    /// <summary>What the language choice calls each language, in its own script, whatever the page's language.</summary>
    public static string NativeName(string language) => language == Chinese ? "中文" : "English";

    /// <summary>One of <see cref="All"/> for a value someone posted or stored, or null for anything else.</summary>
    public static string? Known(string? language) =>
        All.FirstOrDefault(l => string.Equals(l, language?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The language of a request: the account's, else the cookie's, else the first of Accept-Language that the app speaks.</summary>
    public static string Resolve(string? account, string? cookie, string? acceptLanguage) =>
        Known(account) ?? Known(cookie) ?? FromAcceptLanguage(acceptLanguage) ?? English;

    /// <summary>
    /// The first language of the header, in the browser's order of preference, that the app speaks: zh, zh-CN, zh-SG and
    /// zh-Hans (with any region) read Chinese, en with any region English. Traditional Chinese (zh-TW, zh-HK, zh-Hant) is not
    /// Simplified, so it is passed over like any other.
    /// </summary>
    public static string? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var values)) return null;
        return values.Where(v => (v.Quality ?? 1) > 0)
            .OrderByDescending(v => v.Quality ?? 1) // a stable sort: equal qualities keep the browser's order
            .Select(v => Spoken(v.Value.Value))
            .FirstOrDefault(l => l is not null);
    }

    private static string? Spoken(string? tag)
    {
        var t = tag?.Trim().ToLowerInvariant() ?? "";
        if (t is "zh" or "zh-cn" or "zh-sg" or "zh-hans" || t.StartsWith("zh-hans-", StringComparison.Ordinal)) return Chinese;
        if (t == "en" || t.StartsWith("en-", StringComparison.Ordinal)) return English;
        return null;
    }

    /// <summary>Answers every request, and starts every circuit, in the language <see cref="Resolve"/> finds.</summary>
    public static IApplicationBuilder UseSecretariatLanguages(this IApplicationBuilder app)
    {
        var cultures = All.Select(CultureInfo.GetCultureInfo).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // A culture the app does not speak never reaches the screens: Resolve answers only with one of All.
            FallBackToParentCultures = false,
            FallBackToParentUICultures = false,
        };
        options.RequestCultureProviders.Clear();
        options.RequestCultureProviders.Add(new CustomRequestCultureProvider(context =>
        {
            var language = Resolve(
                context.User.FindFirstValue(Claim),
                context.Request.Cookies[CookieName],
                context.Request.Headers.AcceptLanguage.ToString());
            return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(language));
        }));
        return app.UseRequestLocalization(options);
    }

    /// <summary>The cookie that remembers the choice on this browser: a year, for this site only, readable by no script.</summary>
    public static void Remember(HttpResponse response, string language) =>
        response.Cookies.Append(CookieName, language, new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            IsEssential = true,
            Path = "/",
        });
}
