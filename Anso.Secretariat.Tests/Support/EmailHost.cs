using System.Security.Claims;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// The app's services on a demo database with one account per role, a clock the test moves, and the Email settings
/// pointing at a <see cref="LoopbackSmtpServer"/>. Nothing sends in the background: the test runs the sender.
/// </summary>
public sealed class EmailHost : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "anso-email", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _provider;

    /// <summary>10:00 Beijing time, 2 December 2026.</summary>
    public FakeTime Clock { get; } = new(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero));
    public LoopbackSmtpServer Smtp { get; } = new();
    public Dictionary<string, string?> Settings { get; } = new();
    public IServiceProvider Services => _provider!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Secretariat"] = $"Data Source={Path.Combine(_folder, "secretariat.db")};Pooling=False",
            ["Seed:Demo"] = "true",
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = Smtp.Port.ToString(),
            ["Email:Tls"] = "None",
            ["Email:From"] = "ANSO Secretariat <secretariat@anso.example>",
            ["Email:SiteUrl"] = "https://secretariat.anso.example",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        foreach (var role in Roles.All) settings[$"Seed:Passwords:{role}"] = $"{role}-Pass-{Guid.NewGuid():N}";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSecretariatServices(configuration);
        _provider = services.BuildServiceProvider();
        await SecretariatApp.PrepareDatabaseAsync(_provider, configuration);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A sender as a freshly started app makes it (a new process after a crash, say).</summary>
    public OutboxSender NewSender() => new(Get<IDbContextFactory<SecretariatDbContext>>(), Get<EmailSettings>(), Get<Anso.Secretariat.Domain.Common.SecretariatTime>());

    public async Task<SecretariatDbContext> DbAsync() => await Get<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();

    public async Task<AppUser> AccountAsync(string role)
    {
        await using var db = await DbAsync();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == AccountSeeder.DemoUserNames[role]);
    }

    /// <summary>A scope in which every service acts as the demo account of <paramref name="role"/>.</summary>
    public async Task<AsyncServiceScope> AsAsync(string role)
    {
        var user = await AccountAsync(role);
        var scope = Services.CreateAsyncScope();
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.UserName!), new(ClaimTypes.Role, role),
            new(CurrentUser.DisplayNameClaim, user.DisplayName),
        };
        if (user.OrganizationId is { } org) claims.Add(new Claim(CurrentUser.OrganizationClaim, org.ToString()));
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
        return scope;
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = await DbAsync();
        return await db.Outbox.AsNoTracking().Include(m => m.Attachments).OrderBy(m => m.Id).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null) await _provider.DisposeAsync();
        await Smtp.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
