using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Load;

/// <summary>
/// One interactive session without a browser: it speaks Blazor Server's protocol on the SignalR connection as
/// blazor.web.js does. It reads the prerendered page's component markers, starts the circuit (<c>StartCircuit</c>, then
/// <c>UpdateRootComponents</c>), acknowledges every render batch (<c>OnRenderCompleted</c>), answers every JS interop call
/// with an empty success (it has no DOM), and navigates inside the circuit (<c>OnLocationChanged</c>), which is what a
/// click on a link or a filter that updates the address does. It does not decode render batches: it cannot click a
/// button whose event handler id is only in a batch. A render batch costs it one small message, so 100 sessions take
/// a few percent of one core.
/// </summary>
public sealed partial class CircuitClient : IAsyncDisposable
{
    private readonly Uri baseUri;
    private readonly HttpClient http;
    private readonly CookieContainer cookies;
    private HubConnection? connection;
    private string? circuitId;
    private long lastBatchAt;
    private int batches;
    private readonly SemaphoreSlim batchArrived = new(0);

    public CircuitClient(Uri baseUri, HttpClient http, CookieContainer cookies)
    {
        this.baseUri = baseUri;
        this.http = http;
        this.cookies = cookies;
    }

    public string? Error { get; private set; }
    public int Batches => Volatile.Read(ref batches);
    public long BatchBytes;
    public long JsCalls;

    /// <summary>Loads the page as a browser would and starts its circuit; returns once the first render batch has come.</summary>
    public async Task<TimeSpan> StartAsync(string path, CancellationToken cancel)
    {
        var html = await http.GetStringAsync(new Uri(baseUri, path), cancel);
        var markers = Markers().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(m => m["descriptor"] is not null && (string?)m["type"] == "server").ToList();
        if (markers.Count == 0) throw new InvalidOperationException($"{path}: no interactive component in the page (signed out?)");
        var state = ComponentState().Match(html) is { Success: true } s ? s.Groups[1].Value : "";
        var operations = new JsonArray(markers.Select((m, i) => (JsonNode)new JsonObject
        {
            ["type"] = "add",
            ["ssrComponentId"] = i + 1,
            ["marker"] = m.DeepClone(),
        }).ToArray());

        // The same wire format as SignalR's MessagePack protocol, under the name Blazor registers: "blazorpack".
        connection = Rebuild(cookies);
        connection.On<long, byte[]>("JS.RenderBatch", async (id, data) =>
        {
            Interlocked.Add(ref BatchBytes, data.Length);
            Volatile.Write(ref lastBatchAt, Stopwatch.GetTimestamp());
            Interlocked.Increment(ref batches);
            batchArrived.Release();
            await connection!.SendAsync("OnRenderCompleted", id, null);
        });
        // .NET 10 sends six arguments (the task, the function, its arguments, the result type, the target instance and the
        // call type); a handler of another arity is never called, and every call would then wait for its one-minute timeout.
        connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", async (taskId, identifier, args, resultType, target, callType) =>
        {
            Interlocked.Increment(ref JsCalls);
            if (taskId != 0) await connection!.SendAsync("EndInvokeJSFromDotNet", taskId, true, $"[{taskId},true,null]");
        });
        connection.On<string>("JS.EndInvokeDotNet", _ => { });
        connection.On<string>("JS.Error", e => Error = e);
        await connection.StartAsync(cancel);
        var started = Stopwatch.GetTimestamp();
        var circuit = await connection.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), new Uri(baseUri, path).ToString(), "[]", state, cancel);
        if (circuit is null) throw new InvalidOperationException($"{path}: the server refused the circuit ({Error})");
        circuitId = circuit;
        await connection.SendAsync("UpdateRootComponents", new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString(), state, cancel);
        await WaitForRendersAsync(started, TimeSpan.FromMilliseconds(250), cancel);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Navigates inside the circuit and returns the time to the last render batch it caused.</summary>
    public async Task<TimeSpan> NavigateAsync(string path, CancellationToken cancel)
    {
        while (batchArrived.CurrentCount > 0) await batchArrived.WaitAsync(cancel);
        var started = Stopwatch.GetTimestamp();
        await connection!.SendAsync("OnLocationChanged", new Uri(baseUri, path).ToString(), null, true, cancel);
        return await WaitForRendersAsync(started, TimeSpan.FromMilliseconds(250), cancel);
    }

    /// <summary>Waits for the first render batch, then for a quiet <paramref name="quiet"/>; the time to the last batch.</summary>
    private async Task<TimeSpan> WaitForRendersAsync(long started, TimeSpan quiet, CancellationToken cancel)
    {
        if (!await batchArrived.WaitAsync(TimeSpan.FromSeconds(30), cancel))
            throw new TimeoutException($"No render within 30 s ({Error})");
        while (await batchArrived.WaitAsync(quiet, cancel)) { }
        return Stopwatch.GetElapsedTime(started, Volatile.Read(ref lastBatchAt));
    }

    private HubConnection Rebuild(CookieContainer jar)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "_blazor"), o =>
            {
                o.Cookies = jar;
                o.Transports = HttpTransportType.WebSockets;
            });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        return builder.Build();
    }

    /// <summary>
    /// Closes the circuit as a browser closing the tab does (blazor.web.js sends the circuit's id to <c>_blazor/disconnect</c>
    /// when the page goes away), so the server ends it at once. A connection that merely drops leaves the circuit retained
    /// as disconnected (DisconnectedCircuitRetentionPeriod), still in the heap.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (circuitId is not null)
        {
            try
            {
                using var closed = await http.PostAsync(new Uri(baseUri, "_blazor/disconnect"),
                    new FormUrlEncodedContent(new Dictionary<string, string> { ["circuitId"] = circuitId }));
            }
            catch (HttpRequestException) { } // the server has gone: nothing to close
            circuitId = null;
        }
        if (connection is not null) await connection.DisposeAsync();
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex Markers();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex ComponentState();
}

/// <summary>Blazor Server's hub protocol: SignalR's MessagePack protocol under the name "blazorpack".</summary>
internal sealed class BlazorPackProtocol : IHubProtocol
{
    private readonly MessagePackHubProtocol inner = new();
    public string Name => "blazorpack";
    public int Version => inner.Version;
    public TransferFormat TransferFormat => TransferFormat.Binary;
    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);
    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, out HubMessage? message) =>
        inner.TryParseMessage(ref input, binder, out message);
    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);
    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);
}
