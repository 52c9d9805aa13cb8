#:package Microsoft.Playwright@1.64.1
#:property PublishAot=false
// When a list's rows are visible in a real browser, from the start of the navigation; and how many bytes of render batches
// the circuit sends (for its start, and for a click on "Next page": 25 new rows); and how many of the page's style sheets and
// scripts the browser asked the server for (Resource Timing: bytes transferred; none when they come from its cache). Against a running app:
//   dotnet run bench/first-rows.cs -- http://127.0.0.1:5790 EMAIL PASSWORD [runs] [path...]
// Prints the median and the range over the runs, each in a fresh tab of one signed-in browser context.
using System.Diagnostics;
using Microsoft.Playwright;

var baseUrl = args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5790";
var email = args.ElementAtOrDefault(1) ?? "secretariat@anso.example";
var password = args.ElementAtOrDefault(2) ?? "Harness-Pass-2026";
var runs = int.TryParse(args.ElementAtOrDefault(3), out var r) ? r : 7;
string[] paths = args.Length > 4 ? args[4..] : ["/applications", "/organizations", "/decisions"];

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium", Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
// The app's CSP forbids eval, which Playwright's waits and evaluations use; the page's own scripts are unchanged.
var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = 1400, Height = 900 }, BypassCSP = true });
context.SetDefaultTimeout(60_000);
// Rows are "visible" at the first animation frame that has a data row in a grid; the circuit is up when the layout says so.
await context.AddInitScriptAsync("""
    (() => {
      const check = () => {
        const now = performance.now();
        if (window.__rowsAt === undefined && document.querySelector('.mud-table-body tr td a, .decisions-grid tbody tr td[data-label]')) window.__rowsAt = now;
        if (window.__interactiveAt === undefined && document.querySelector('.shell[data-interactive=true]')) window.__interactiveAt = now;
        if (window.__rowsAt === undefined || window.__interactiveAt === undefined) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    })();
    """);
var signIn = await context.NewPageAsync();
await signIn.GotoAsync("/account/login");
await signIn.GetByLabel("Email").FillAsync(email);
await signIn.GetByLabel("Password").FillAsync(password);
await signIn.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
await signIn.Locator(".shell[data-interactive=true]").WaitForAsync();
await signIn.CloseAsync();

Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}; {runs} runs (after one warm-up) per page");
Console.WriteLine("| page | rows visible | circuit up | KB of batches at the start | KB of batches for the next page | style sheets and scripts from the server |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var path in paths)
{
    var rows = new List<double>(); var up = new List<double>(); var start = new List<double>(); var next = new List<double>(); var asked = new List<double>();
    for (var run = 0; run <= runs; run++)
    {
        var page = await context.NewPageAsync();
        long bytes = 0;
        page.WebSocket += (_, ws) => ws.FrameReceived += (_, f) => Interlocked.Add(ref bytes, f.Binary?.Length ?? f.Text?.Length ?? 0);
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("window.__rowsAt !== undefined && window.__interactiveAt !== undefined");
        await Quiet(page, () => Interlocked.Read(ref bytes));
        var atStart = Interlocked.Exchange(ref bytes, 0);
        var fromServer = await page.EvaluateAsync<double>(
            "performance.getEntriesByType('resource').filter(e => /\\.(css|js)$/.test(new URL(e.name).pathname) && e.transferSize > 0).length");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Quiet(page, () => Interlocked.Read(ref bytes));
        if (run > 0)
        {
            rows.Add(await page.EvaluateAsync<double>("window.__rowsAt"));
            up.Add(await page.EvaluateAsync<double>("window.__interactiveAt"));
            start.Add(atStart / 1024.0);
            next.Add(Interlocked.Read(ref bytes) / 1024.0);
            asked.Add(fromServer);
        }
        await page.CloseAsync();
    }
    Console.WriteLine($"| `{path}` | {Summary(rows, "ms")} | {Summary(up, "ms")} | {Summary(start, "")} | {Summary(next, "")} | {Summary(asked, "")} |");
}
Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");

static string Summary(List<double> values, string unit)
{
    values.Sort();
    return $"{values[values.Count / 2]:0.#}{(unit == "" ? "" : " " + unit)} ({values[0]:0.#}–{values[^1]:0.#})";
}

// Until no frame has arrived for half a second.
static async Task Quiet(IPage page, Func<long> bytes)
{
    var watch = Stopwatch.StartNew();
    var last = bytes();
    var since = watch.Elapsed;
    while (watch.Elapsed - since < TimeSpan.FromMilliseconds(500))
    {
        await page.WaitForTimeoutAsync(50);
        if (bytes() != last) (last, since) = (bytes(), watch.Elapsed);
    }
}
