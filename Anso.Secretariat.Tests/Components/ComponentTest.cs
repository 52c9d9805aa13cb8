using System.Collections.Concurrent;
using System.Security.Claims;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Components;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.Tests.Browser;
using Anso.Secretariat.Tests.Support;
using Microsoft.Extensions.Logging;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Anso.Secretariat.Tests.Components;

/// <summary>
/// A screen rendered by bunit, without a browser, on the app's real services and a real SQLite file holding the
/// newsletters' demo data (a fresh copy for each test). Sign in with <see cref="SignInAs"/> before rendering.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    protected ComponentTest()
    {
        Database = TestDatabase.WithDemoData();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Secretariat"] = Database.ConnectionString,
            ["Seed:Demo"] = "false",
        }).Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddLogging(l => l.AddProvider(new CapturingLoggerProvider(Logs)));
        Services.AddSecretariatServices(configuration);
        Services.AddSecretariatScreens();
        // MudBlazor measures and focuses through JavaScript; none of it changes what a test checks.
        JSInterop.Mode = JSRuntimeMode.Loose;
        // The first query on a fresh database can take seconds on a busy machine; bunit's default wait is one.
        DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        authorization = AddAuthorization(); // signed out until SignInAs
        // What a prerender hands to its circuit (the lists' first page); empty, as on a page opened inside the circuit.
        CarriedState = AddBunitPersistentComponentState();
        ConfigureServices(Services);
        // As in the app once the circuit is up. From here on no service can be added.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private readonly Bunit.TestDoubles.BunitAuthorizationContext authorization;

    /// <summary>The state a prerender hands to the circuit: put a page in it before rendering, or read what a render left.</summary>
    protected Bunit.TestDoubles.BunitPersistentComponentState CarriedState { get; }

    /// <summary>Replaces or adds services (a fixed clock, say) before the first render. Runs inside the base constructor.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    protected TestDatabase Database { get; }

    /// <summary>Every line the app logged at Information or above during the test.</summary>
    protected ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>Signs in the test user of <paramref name="role"/> (a GB member with their organization).</summary>
    protected void SignInAs(string role, int? organizationId = null)
    {
        var claims = SignedIn.Claims(role, Database, organizationId);
        var auth = authorization;
        auth.SetAuthorized(claims.First(c => c.Type == ClaimTypes.Name).Value);
        auth.SetRoles(role);
        auth.SetClaims([.. claims.Where(c => c.Type != ClaimTypes.Role && c.Type != ClaimTypes.Name)]);
    }

    /// <summary>
    /// Renders MudBlazor's providers once, so that dialogs, menus, selects and snackbars opened by the component under
    /// test appear in <see cref="Providers"/>' markup, as the layout makes them appear in the app.
    /// </summary>
    protected IRenderedComponent<MudProviders> Providers => providers ??= Render<MudProviders>();
    private IRenderedComponent<MudProviders>? providers;

    /// <summary>Runs arrange or assert code against the test's own database.</summary>
    protected async Task WithDatabaseAsync(Func<SecretariatDbContext, Task> work)
    {
        await using var db = Database.CreateContext();
        await work(db);
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously, so xunit disposes the context here, before its plain Dispose.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Database.Dispose();
    }
}
