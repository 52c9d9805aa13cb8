using AngleSharp.Dom;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.Domain.Meetings;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Meetings;

/// <summary>What the meetings screens' tests share: the demo meetings by body and number, the address, and MudBlazor's inputs found by their label.</summary>
public abstract class MeetingScreenTest : ComponentTest
{
    // A shared two-core machine under load can take seconds to render; a wait only lasts this long when a test fails.
    static MeetingScreenTest() => DefaultWaitTimeout = TimeSpan.FromSeconds(15);

    protected NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    protected async Task<int> MeetingIdAsync(MeetingBody body, int number)
    {
        var id = 0;
        await WithDatabaseAsync(async db => id = await db.Meetings.Where(m => m.Body == body && m.Number == number).Select(m => m.Id).SingleAsync());
        return id;
    }

    protected Task<int> GbAsync(int number) => MeetingIdAsync(MeetingBody.GoverningBoard, number);

    /// <summary>Opens a meeting's page as the address <c>/meetings/{id}?tab=…</c> would, once it has loaded.</summary>
    protected IRenderedComponent<MeetingPage> OpenMeeting(int id, string? tab = null)
    {
        _ = Providers; // snackbars and confirmations appear there
        Nav.NavigateTo(tab is null ? $"/meetings/{id}" : $"/meetings/{id}?tab={tab}");
        var page = Render<MeetingPage>(p => p.Add(c => c.Id, id));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-linear")));
        return page;
    }

    /// <summary>The input or text area a label names: its label element, or its aria-label.</summary>
    protected static IElement Field<T>(IRenderedComponent<T> cut, string label) where T : IComponent
    {
        var byLabel = cut.FindAll("label").FirstOrDefault(l => l.TextContent.Trim() == label)?.GetAttribute("for") is { Length: > 0 } id
            ? cut.FindAll($"[id='{id}']").FirstOrDefault()
            : null;
        return byLabel ?? cut.FindAll("input, textarea").FirstOrDefault(i => i.GetAttribute("aria-label") == label)
            ?? throw new InvalidOperationException($"No field labelled \"{label}\".");
    }

    /// <summary>The message MudBlazor shows under a field (helper or error text).</summary>
    protected static string MessageUnder(IElement field) =>
        field.Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";

    /// <summary>Opens a MudSelect and picks the option with this text, as a user would.</summary>
    protected void Pick(IElement select, string option)
    {
        select.Closest(".mud-input-control")!.MouseDown();
        Providers.WaitForAssertion(() => Assert.Contains(Providers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == option));
        Providers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == option).Click();
    }

    /// <summary>Waits for a snackbar that says <paramref name="text"/>.</summary>
    protected void ExpectSnackbar(string text) =>
        Providers.WaitForAssertion(() => Assert.Contains(text, string.Join("\n", Providers.FindAll(".mud-snackbar").Select(s => s.TextContent))));

    protected static IElement Button<T>(IRenderedComponent<T> cut, string name) where T : IComponent =>
        cut.FindAll("button").FirstOrDefault(b => b.TextContent.Trim() == name || b.GetAttribute("aria-label") == name)
        ?? throw new InvalidOperationException($"No button \"{name}\".");
}
