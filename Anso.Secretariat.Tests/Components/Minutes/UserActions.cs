using AngleSharp.Dom;
using Bunit;

namespace Anso.Secretariat.Tests.Components.Minutes;

/// <summary>What a user finds and does on a MudBlazor screen, by the text and labels they see.</summary>
public static class UserActions
{
    /// <summary>The text of every button, and of every link drawn as a button.</summary>
    public static IReadOnlyList<string> ButtonTexts(IParentNode scope) =>
        scope.QuerySelectorAll("button, a.mud-button-root").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0).ToList();

    public static IElement Button(IParentNode scope, string text) =>
        scope.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == text);

    public static IElement Link(IParentNode scope, string text) =>
        scope.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == text);

    public static IElement Region(IParentNode scope, string label) =>
        scope.QuerySelectorAll("[role=region]").Single(r => r.GetAttribute("aria-label") == label);

    /// <summary>Opens a MudSelect (a combobox named by its label) and picks the option in the popover, as a user would.</summary>
    public static void Choose(IParentNode scope, IRenderedComponent<MudProviders> providers, string label, string option)
    {
        var combobox = scope.QuerySelectorAll("[role=combobox]").Single(i => i.GetAttribute("aria-label") == label);
        combobox.Closest(".mud-input-control")!.MouseDown();
        providers.WaitForAssertion(() => Assert.NotEmpty(providers.FindAll(".mud-popover-open .mud-list-item")));
        providers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == option).Click();
    }
}
