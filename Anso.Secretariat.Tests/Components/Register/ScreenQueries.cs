using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Anso.Secretariat.Tests.Components.Register;

/// <summary>Finding things on a rendered screen as a user does: by a button's text and a field's label.</summary>
public static class ScreenQueries
{
    public static IElement Button<T>(this IRenderedComponent<T> screen, string text) where T : IComponent =>
        screen.FindAll("button, a").Single(b => b.TextContent.Trim() == text);

    public static IReadOnlyList<IElement> Buttons<T>(this IRenderedComponent<T> screen, string text) where T : IComponent =>
        screen.FindAll("button, a").Where(b => b.TextContent.Trim() == text).ToList();

    /// <summary>The input a label names (MudBlazor ties them with for/id).</summary>
    public static IElement Field<T>(this IRenderedComponent<T> screen, string label) where T : IComponent =>
        screen.Find($"#{screen.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for")}");

    /// <summary>
    /// Waits for what a user would see once the database answered. Generous: the machine running the tests may be busy,
    /// and a passing assertion returns at once.
    /// </summary>
    public static void Eventually<T>(this IRenderedComponent<T> screen, Action assertion) where T : IComponent =>
        screen.WaitForAssertion(assertion, TimeSpan.FromSeconds(10));

    /// <summary>Types into a field the way it listens: on each key (Immediate) or when the user leaves it.</summary>
    public static void Type(this IElement input, string value)
    {
        if (input.HasAttribute("blazor:oninput")) input.Input(value);
        else input.Change(value);
    }
}
