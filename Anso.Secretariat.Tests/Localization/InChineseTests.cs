using Anso.Secretariat.App.Components.Shared;
using Bunit;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The check that finds English left on a Chinese screen finds it, and passes a screen without it.</summary>
public class InChineseTests : BunitContext
{
    [Fact]
    public void English_wording_of_a_resource_is_found_and_Chinese_is_not()
    {
        var english = Render(b => b.AddMarkupContent(0, "<h2>Something went wrong on this page</h2><button>Reload</button>"));
        var chinese = Render(b => b.AddMarkupContent(0, "<h2>此页面出错了</h2><button>重新加载</button>"));

        // "Reload" alone is too short to tell English from a name or a code: only the heading is reported.
        Assert.Equal(["SharedText.SomethingWentWrong: \"Something went wrong on this page\""], InChinese.EnglishLeftIn<SharedText>(english.Nodes));
        Assert.Empty(InChinese.EnglishLeftIn<SharedText>(chinese.Nodes));
    }
}
