using Microsoft.AspNetCore.Components;

namespace Anso.Secretariat.App.Components.Shared;

/// <summary>
/// The page of a list that a screen shows, with what was asked for it (filter, sort, rows). A page is loaded once and
/// served again to the same request:
/// <list type="bullet">
/// <item>the grid asks for its page before its first render (<see cref="PrerenderedDataGrid{T}"/>) and MudBlazor asks again
/// after it;</item>
/// <item>a prerendered screen is rendered a second time when its circuit starts: the page the prerender loaded reaches the
/// circuit through <see cref="PersistentComponentState"/>, so the circuit shows the same rows without a query.</item>
/// </list>
/// Another request (a sort, another page, another filter) loads again; <see cref="Forget"/> after a change of the data.
/// </summary>
/// <typeparam name="TRequest">A record: equal requests get the same page. It and the page travel as JSON.</typeparam>
public sealed class ListPages<TRequest, TPage> : IDisposable where TRequest : IEquatable<TRequest>
{
    private readonly PersistentComponentState state;
    private readonly string key;
    private readonly PersistingComponentStateSubscription persisting;
    private (TRequest Request, Task<TPage> Page)? last;

    /// <param name="key">The list's own key in the state the prerender hands over: one per screen.</param>
    public ListPages(PersistentComponentState state, string key)
    {
        this.state = state;
        this.key = key;
        if (state.TryTakeFromJson<Loaded>(key, out var carried) && carried is not null)
            last = (carried.Request, Task.FromResult(carried.Page));
        persisting = state.RegisterOnPersisting(PersistAsync);
    }

    /// <summary>The page shown last and its request, once loaded: its count serves the next page of the same filter.</summary>
    public Loaded? Shown => last is { Page.IsCompletedSuccessfully: true } l ? new Loaded(l.Request, l.Page.Result) : null;

    /// <summary>The page for <paramref name="request"/>: the one already loaded (or loading) for it, or else <paramref name="load"/>'s.</summary>
    public Task<TPage> GetAsync(TRequest request, Func<Task<TPage>> load)
    {
        if (last is { } l && l.Request.Equals(request) && !l.Page.IsFaulted && !l.Page.IsCanceled) return l.Page;
        var page = load();
        last = (request, page);
        return page;
    }

    /// <summary>The data changed: the next request loads again, count included.</summary>
    public void Forget() => last = null;

    private Task PersistAsync()
    {
        if (Shown is { } shown) state.PersistAsJson(key, shown);
        return Task.CompletedTask;
    }

    public void Dispose() => persisting.Dispose();

    public sealed record Loaded(TRequest Request, TPage Page);
}
