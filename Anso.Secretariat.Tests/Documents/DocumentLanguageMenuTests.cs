using Anso.Secretariat.App.Documents;
using Bunit;
using MudBlazor.Services;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>The links beside a download button that give the document in English or in Chinese.</summary>
public class DocumentLanguageMenuTests : BunitContext
{
    public DocumentLanguageMenuTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Each_language_is_a_download_link_named_in_itself_and_read_with_the_document()
    {
        var menu = Render<DocumentLanguageMenu>(p => p.Add(m => m.Href, "/meetings/7/agenda.pdf").Add(m => m.Label, "Agenda (PDF)"));

        var links = menu.FindAll("a");
        Assert.Equal(["English", "中文"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["/meetings/7/agenda.pdf", "/meetings/7/agenda.pdf?lang=zh-Hans"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["en", "zh-Hans"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["Agenda (PDF), English", "Agenda (PDF), 中文"], links.Select(a => a.GetAttribute("aria-label")));
        Assert.All(links, a => Assert.True(a.HasAttribute("download") && !a.HasAttribute("target"), a.OuterHtml));
    }

    [Fact]
    public void A_document_the_browser_shows_opens_in_a_new_tab()
    {
        var menu = Render<DocumentLanguageMenu>(p => p.Add(m => m.Href, "/members.pdf").Add(m => m.Label, "Register of members (PDF)").Add(m => m.NewTab, true));

        var links = menu.FindAll("a");
        Assert.Equal(["/members.pdf", "/members.pdf?lang=zh-Hans"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.True(a.GetAttribute("target") == "_blank" && !a.HasAttribute("download"), a.OuterHtml));
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("en", "en")]
    [InlineData("zh-Hans", "zh-Hans")]
    [InlineData("ZH-hans", "zh-Hans")]
    public void A_lang_value_names_a_document_language(string? value, string code) =>
        Assert.Equal(code, DocumentLanguage.Parse(value)?.Code);

    [Theory]
    [InlineData("fr")]
    [InlineData("zh")]
    [InlineData("zh-CN")]
    public void Another_lang_value_names_none(string value) => Assert.Null(DocumentLanguage.Parse(value));
}
