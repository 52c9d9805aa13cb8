using Anso.Secretariat.App.Features.Account;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>Which language a request is answered in: the account's choice, else the browser's cookie, else Accept-Language.</summary>
public class LanguageResolutionTests
{
    [Theory]
    [InlineData("zh-Hans", "en", "en-GB", "zh-Hans")]      // the account wins over the cookie and the browser
    [InlineData("en", "zh-Hans", "zh-CN", "en")]
    [InlineData(null, "zh-Hans", "en-US", "zh-Hans")]      // no account choice: the cookie
    [InlineData(null, null, "zh-CN,zh;q=0.9", "zh-Hans")]  // nothing chosen: the browser
    [InlineData(null, null, "en-US,en;q=0.9", "en")]
    [InlineData(null, null, null, "en")]
    [InlineData("fr", "de", "ja", "en")]                   // stored values the app does not speak are passed over
    [InlineData("ZH-HANS", null, null, "zh-Hans")]
    public void The_account_comes_before_the_cookie_and_the_cookie_before_the_browser(string? account, string? cookie, string? acceptLanguage, string expected) =>
        Assert.Equal(expected, Languages.Resolve(account, cookie, acceptLanguage));

    [Theory]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-SG", "zh-Hans")]
    [InlineData("zh-Hans-CN", "zh-Hans")]
    [InlineData("zh-cn;q=0.8", "zh-Hans")]
    [InlineData("en-GB", "en")]
    [InlineData("fr-FR,fr;q=0.9", "en")]                   // anything else reads English
    [InlineData("zh-TW", "en")]                            // Traditional Chinese is not what the app writes
    [InlineData("zh-HK,zh-Hant;q=0.9", "en")]
    [InlineData("fr-FR,zh-CN;q=0.8,en;q=0.5", "zh-Hans")]  // the first language the app speaks, by preference
    [InlineData("en;q=0.3,zh;q=0.7", "zh-Hans")]           // preference is the quality, not the order
    [InlineData("zh;q=0,en", "en")]                        // q=0 means "not this one"
    [InlineData("*", "en")]
    [InlineData("not a header;;;", "en")]
    public void The_browser_s_Chinese_is_Simplified_Chinese_and_everything_else_English(string acceptLanguage, string expected) =>
        Assert.Equal(expected, Languages.Resolve(null, null, acceptLanguage));

    [Theory]
    [InlineData("/applications?state=Received", "/applications?state=Received")]
    [InlineData("/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/a\r\nLocation: https://evil.example", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void A_return_address_is_kept_only_when_it_is_a_path_of_this_site(string? url, string expected) =>
        Assert.Equal(expected, AccountEndpoints.LocalOnly(url));
}
