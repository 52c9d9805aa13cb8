using System.Security.Claims;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// The app's real services (database, accounts, features) without the web UI, on a temporary SQLite file
/// with the demo data and one demo account per role. Acts as any of those accounts.
/// </summary>
public sealed class ServiceHost : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "anso-services", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _provider;

    public IServiceProvider Services => _provider!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Secretariat"] = $"Data Source={Path.Combine(_folder, "secretariat.db")};Pooling=False",
            ["Seed:Demo"] = "true",
        };
        foreach (var role in Roles.All) settings[$"Seed:Passwords:{role}"] = $"{role}-Pass-{Guid.NewGuid():N}";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSecretariatServices(configuration);
        _provider = services.BuildServiceProvider();
        await SecretariatApp.PrepareDatabaseAsync(_provider, configuration);
    }

    /// <summary>A fresh scope in which every service acts as the demo account of <paramref name="role"/>.</summary>
    public async Task<AsyncServiceScope> AsAsync(string role)
    {
        var scope = Services.CreateAsyncScope();
        await using var db = await Services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == AccountSeeder.DemoUserNames[role]);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName!),
            new(ClaimTypes.Role, role),
            new(CurrentUser.DisplayNameClaim, user.DisplayName),
        };
        if (user.OrganizationId is { } org) claims.Add(new Claim(CurrentUser.OrganizationClaim, org.ToString()));
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
        return scope;
    }

    /// <summary>A fresh scope acting as the account <paramref name="userId"/>, signed in with <paramref name="role"/> (as its cookie says).</summary>
    public async Task<AsyncServiceScope> AsAccountAsync(string userId, string role)
    {
        var scope = Services.CreateAsyncScope();
        await using var db = await Services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName!),
            new(ClaimTypes.Role, role),
            new(CurrentUser.DisplayNameClaim, user.DisplayName),
        };
        if (user.OrganizationId is { } org) claims.Add(new Claim(CurrentUser.OrganizationClaim, org.ToString()));
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
        return scope;
    }

    public async Task<SecretariatDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();

    public async Task DisposeAsync()
    {
        if (_provider is not null) await _provider.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
