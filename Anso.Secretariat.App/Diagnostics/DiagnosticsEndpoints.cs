using System.Diagnostics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Anso.Secretariat.App.Diagnostics;

/// <summary>
/// <c>Diagnostics:Interactions=true</c> (off by default): the interaction timer, and three endpoints that answer only a
/// client on the same machine (the load harness): <c>GET /diagnostics/interactions</c> (count, p50, p95, p99, max in ms,
/// open circuits), <c>POST /diagnostics/interactions/reset</c>, and <c>GET /diagnostics/memory</c>, which runs a full
/// blocking GC first and gives the managed heap, the process's working set and the open circuits.
/// </summary>
public static class DiagnosticsEndpoints
{
    public const string Setting = "Diagnostics:Interactions";

    public static IServiceCollection AddInteractionDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue(Setting, false)) return services;
        services.AddSingleton<InteractionStatistics>();
        services.AddScoped<CircuitHandler, InteractionTimer>();
        return services;
    }

    public static void MapInteractionDiagnostics(this WebApplication app)
    {
        if (!app.Configuration.GetValue(Setting, false)) return;
        var group = app.MapGroup("/diagnostics").AllowAnonymous().AddEndpointFilter(async (context, next) =>
            context.HttpContext.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip)
                ? await next(context)
                : Results.NotFound());
        group.MapGet("/interactions", (InteractionStatistics s) => Results.Json(s.Summary()));
        group.MapPost("/interactions/reset", (InteractionStatistics s) =>
        {
            s.Reset();
            return Results.NoContent();
        }).DisableAntiforgery();
        group.MapGet("/memory", (InteractionStatistics s) =>
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            using var process = Process.GetCurrentProcess();
            return Results.Json(new MemoryReading(GC.GetTotalMemory(false), process.WorkingSet64, s.OpenCircuits, GCSettings()));
        });
    }

    private static string GCSettings() => System.Runtime.GCSettings.IsServerGC ? "server" : "workstation";
}

public sealed record MemoryReading(long ManagedHeapBytes, long WorkingSetBytes, int OpenCircuits, string GC);
