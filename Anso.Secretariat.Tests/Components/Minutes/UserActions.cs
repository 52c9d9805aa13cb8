using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Anso.Secretariat.Tests.Components.Minutes;

/// <summary>
/// What a user finds and does on a MudBlazor screen, by the text and labels they see. Everything is awaited, never
/// blocking, so that tests running side by side do not starve the renderer.
/// </summary>
public static class UserActions
{
    /// <summary>Long enough for a busy two-core machine running other test classes at the same time.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>The text of every button, and of every link drawn as a button.</summary>
    public static IReadOnlyList<string> ButtonTexts(IParentNode scope) =>
        scope.QuerySelectorAll("button, a.mud-button-root").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0).ToList();

    public static IElement Button(IParentNode scope, string text) =>
        scope.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == text);

    public static IElement Region(IParentNode scope, string label) =>
        scope.QuerySelectorAll("[role=region]").Single(r => r.GetAttribute("aria-label") == label);

    public static Task ClickAsync(this IElement element) => element.ClickAsync(new MouseEventArgs());

    public static Task TypeAsync(this IElement field, string text) => field.ChangeAsync(new ChangeEventArgs { Value = text });

    /// <summary>Opens a MudSelect (a combobox named by its label) and picks the option in the popover, as a user would.</summary>
    public static async Task ChooseAsync(IParentNode scope, IRenderedComponent<MudProviders> providers, string label, string option)
    {
        var combobox = scope.QuerySelectorAll("[role=combobox]").Single(i => i.GetAttribute("aria-label") == label);
        await combobox.Closest(".mud-input-control")!.MouseDownAsync(new MouseEventArgs());
        await providers.WaitForAssertionAsync(() => Assert.Contains(providers.FindAll(".mud-popover-open .mud-list-item"),
            i => i.TextContent.Trim() == option));
        await providers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == option).ClickAsync();
    }
}
