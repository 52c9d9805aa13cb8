using System.Security.Claims;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Hostile;

/// <summary>What an attacker (or a careless paste) types: control and bidi characters, markup, formula prefixes, overlong text.</summary>
public static class HostileInputs
{
    public const string Script = "<script>alert(1)</script>";
    public const string ImgOnError = "\"><img src=x onerror=alert(1)>";

    /// <summary>Texts that fit every column; <see cref="Overlong"/> adds the one that fits none.</summary>
    public static readonly string[] Texts =
    [
        Script,
        ImgOnError,
        "Name \u202Egnp.exe\u202C",
        "Ctrl\u0000\u0007\u001B[31m\u0008",
        "Line\r\nbreak\ttab",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+1+2",
        "-3+4",
        "@SUM(A1:A2)",
        "'=1+1",
        "😀 Emoji \uD800 lone surrogate",
    ];

    /// <summary>Longer than any column (the longest, the minutes' summary, holds 20,000).</summary>
    public static readonly string Overlong = new('W', 20_001);

    public static IEnumerable<string> All => [.. Texts, Overlong];

    /// <summary>The ids no record has or no route takes: negative, zero, not a number, past int.MaxValue.</summary>
    public static readonly string[] Ids = ["-1", "0", "abc", "2147483648"];

    /// <summary>A scope on the app's own services acting as a demo account (as a signed-in request would).</summary>
    public static async Task<AsyncServiceScope> ActAsAsync(IServiceProvider services, string role)
    {
        var scope = services.CreateAsyncScope();
        await using var db = await services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == AccountSeeder.DemoUserNames[role]);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName!),
            new(ClaimTypes.Role, role),
            new(CurrentUser.DisplayNameClaim, user.DisplayName),
        };
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
        return scope;
    }

    /// <summary>Every text column of every table holds no more than its model's limit.</summary>
    public static async Task AssertNothingStoredBeyondLimitsAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null) continue;
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null))
            {
                var column = property.GetColumnName();
                await using var command = connection.CreateCommand();
                // length() counts characters; unicode code points never exceed the UTF-16 units the limit counts.
                command.CommandText = $"SELECT MAX(length(\"{column}\")) FROM \"{table}\"";
                var longest = await command.ExecuteScalarAsync();
                if (longest is long length)
                    Assert.True(length <= property.GetMaxLength(), $"{table}.{column} holds {length} characters, its limit is {property.GetMaxLength()}.");
            }
        }
    }

    /// <summary>An HTTP client signed in as <paramref name="role"/> on the app.</summary>
    public static async Task<HttpClient> SignedInClientAsync(AppFixture app, string role)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = new Uri(app.BaseUrl),
        };
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[role], app.Passwords[role]);
        return client;
    }

    /// <summary>The markup came through as text: neither payload appears as a tag in the page.</summary>
    public static void AssertEscaped(string html, string where)
    {
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.False(html.Contains("Something went wrong"), $"{where} shows the error screen.");
    }
}

/// <summary>Its own app and database: the hostile records never reach the other browser tests' data.</summary>
public sealed class HostileAppFixture : AppFixture;
