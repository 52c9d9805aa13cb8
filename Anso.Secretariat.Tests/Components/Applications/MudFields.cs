using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Anso.Secretariat.Tests.Components.Applications;

/// <summary>Finds MudBlazor fields as a user does: by their label, and the message shown under them.</summary>
public static class MudFields
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>The input or textarea whose label reads <paramref name="label"/>.</summary>
    public static IElement Field(this IRenderedComponent<IComponent> cut, string label)
    {
        var labels = cut.FindAll("label").Where(l => l.TextContent.Trim() == label && l.HasAttribute("for")).ToList();
        Assert.True(labels.Count == 1, $"Expected one field labelled '{label}', found {labels.Count}.");
        return cut.Find($"#{labels[0].GetAttribute("for")}");
    }

    /// <summary>The text under the field (its error or helper text), or an empty string.</summary>
    public static string MessageUnder(this IRenderedComponent<IComponent> cut, string label) =>
        cut.Field(label).Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";

    public static IElement Button(this IRenderedComponent<IComponent> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>Clicks the button reading <paramref name="text"/>, finding it again if MudBlazor re-rendered it in between.</summary>
    public static void Press(this IRenderedComponent<IComponent> cut, string text)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                cut.Button(text).Click();
                return;
            }
            catch (Bunit.Rendering.UnknownEventHandlerIdException) when (attempt < 5)
            {
            }
        }
    }

    public static IEnumerable<string> ButtonTexts(this IRenderedComponent<IComponent> cut) =>
        cut.FindAll("button").Select(b => b.TextContent.Trim());

    /// <summary>Sets the value of the select or autocomplete labelled <paramref name="label"/>, as if the user had picked it.</summary>
    public static Task Choose<TValue>(this IRenderedComponent<IComponent> cut, string label, TValue value)
    {
        // The first match is the select or autocomplete itself; the input it renders inside carries the same label.
        var input = cut.FindComponents<MudBaseInput<TValue>>().First(c => c.Instance.Label == label);
        return cut.InvokeAsync(() => input.Instance.ValueChanged.InvokeAsync(value));
    }
}
