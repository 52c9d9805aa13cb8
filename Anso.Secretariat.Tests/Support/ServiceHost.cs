using System.Security.Claims;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// The app's real services (database, accounts, features) without the web UI, on a temporary SQLite file (or, in
/// <see cref="PostgreSqlServiceHost"/>, a fresh PostgreSQL database) with the demo data and one demo account per role.
/// Acts as any of those accounts.
/// </summary>
public class ServiceHost : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "anso-services", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _provider;
    private string? _postgreSql;

    /// <summary>The engine the services run on.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public IServiceProvider Services => _provider!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        if (Provider == DatabaseProvider.PostgreSql) _postgreSql = PostgresServer.Shared.CreateDatabase();
        var settings = new Dictionary<string, string?>
        {
            [DatabaseTarget.ProviderSetting] = Provider.ToString(),
            ["ConnectionStrings:Secretariat"] = _postgreSql ?? $"Data Source={Path.Combine(_folder, "secretariat.db")};Pooling=False",
            ["Storage:Uploads"] = Path.Combine(_folder, "uploads"),
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
        if (_postgreSql is not null) PostgresServer.Shared.DropDatabase(_postgreSql);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The same services on a fresh database of the test run's PostgreSQL server.</summary>
public sealed class PostgreSqlServiceHost : ServiceHost
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
