using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Anso.Secretariat.App.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>
/// The lists' first page is in the HTML the server sends (the prerender), so rows show before the circuit starts; and the
/// circuit, when it takes over the page, shows the same rows without querying for them again.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ListsShowRowsAtOnceTests(AppFixture app)
{
    [Fact]
    public async Task The_applications_list_is_in_the_page_sent_with_its_newest_applications()
    {
        var newest = await NewestApplicationsAsync();
        using var client = await SignedInClientAsync();

        var html = await client.GetStringAsync("/applications");

        var rows = new HtmlParser().ParseDocument(html).QuerySelectorAll(".applications-grid tbody tr");
        Assert.Equal(newest.Count, rows.Length);
        Assert.Equal(newest, rows.Select(r => r.QuerySelector("a[href^='/applications/']")!.TextContent.Trim()));
        var total = 0;
        await app.WithDatabaseAsync(async db => total = await db.Applications.CountAsync());
        Assert.Contains($"1-25 of {total}", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task The_register_is_in_the_page_sent_with_its_counts()
    {
        using var client = await SignedInClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/organizations?status=Member"));

        var rows = new HtmlParser().ParseDocument(html).QuerySelectorAll(".organizations-grid tbody tr a[href^='/organizations/']");
        Assert.Equal(25, rows.Length);
        var members = 0;
        await app.WithDatabaseAsync(async db => members = await db.Organizations.CountAsync(o => o.Status == Anso.Secretariat.Domain.Organizations.OrganizationStatus.Member));
        Assert.Contains($"{members} organizations shown, {members} members among them", html);
    }

    [Fact]
    public async Task The_decision_register_is_in_the_page_sent()
    {
        using var client = await SignedInClientAsync();

        var html = await client.GetStringAsync("/decisions");

        Assert.Equal(25, new HtmlParser().ParseDocument(html).QuerySelectorAll(".decisions-grid tbody tr td[data-label=Outcome]").Length);
    }

    [Fact]
    public async Task The_circuit_takes_over_the_applications_list_without_listing_or_counting_again()
    {
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        using var sql = SqlCommands.Of(app.Folder);

        var response = await page.GotoAsync("/applications");
        var sent = new HtmlParser().ParseDocument(await response!.TextAsync()).QuerySelectorAll(".applications-grid tbody tr");
        Assert.Equal(25, sent.Length);
        await page.WaitForInteractiveAsync();
        // A sort after the start: the circuit answers it only after MudBlazor's own ask that follows the first render.
        await page.GetByRole(AriaRole.Columnheader, new() { Name = "Organization" }).GetByText("Organization").ClickAsync();
        await Expect(page.Locator(".applications-grid th.mud-table-cell .mud-direction-asc")).ToHaveCountAsync(1);
        await Expect(page.Locator(".applications-grid tbody tr")).ToHaveCountAsync(25);

        var newestFirst = sql.Seen(@"FROM ""Applications"" AS ""a"".*ORDER BY ""a"".""ReceivedOn"" DESC.*LIMIT");
        Assert.True(newestFirst == 1, $"The newest applications were listed {newestFirst} times:\n{sql}");
        var counted = sql.Seen(@"^SELECT COUNT\(\*\)\s+FROM ""Applications""");
        Assert.True(counted == 1, $"The applications were counted {counted} times (a sort counts nothing):\n{sql}");
        Assert.Equal(1, sql.Seen(@"FROM ""Applications"" AS ""a"".*ORDER BY ""o"".""Name"".*LIMIT"));
    }

    private async Task<List<string>> NewestApplicationsAsync()
    {
        var names = new List<string>();
        await app.WithDatabaseAsync(async db => names = await db.Applications.OrderByDescending(a => a.ReceivedOn).ThenByDescending(a => a.Id)
            .Select(a => a.Organization.Name).Take(25).ToListAsync());
        return names;
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.BaseUrl),
        };
        var signIn = await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Secretariat], app.Passwords[Roles.Secretariat]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    /// <summary>The SQL the app runs on one database, as EF Core reports it to its diagnostic listeners.</summary>
    private sealed class SqlCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string folder;
        private readonly ConcurrentQueue<string> commands = new();
        private readonly List<IDisposable> subscriptions = [];

        private SqlCommands(string folder) => this.folder = folder;

        public static SqlCommands Of(string folder)
        {
            var seen = new SqlCommands(folder);
            seen.subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(seen));
            return seen;
        }

        public int Seen(string pattern) => commands.Count(c => Regex.IsMatch(c, pattern, RegexOptions.Singleline));

        public override string ToString() => string.Join("\n---\n", commands);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
                lock (subscriptions) subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Value is CommandExecutedEventData data && data.Command.Connection?.DataSource.StartsWith(folder, StringComparison.Ordinal) == true)
                commands.Enqueue(data.Command.CommandText);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }

        public void Dispose()
        {
            lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
        }
    }
}
