using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Anso.Secretariat.Tests.Operations;

/// <summary>A large import checks its rows without the write lock and writes them briefly: others' saves wait, none fails.</summary>
public sealed class ImportingWhileOthersSaveTests(ITestOutputHelper output) : IDisposable
{
    private const int ImportRows = 30_000;
    private const int OtherUsers = 20;
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    private static byte[] OrganizationsFile(int rows)
    {
        var csv = new StringBuilder("Name,Country,Category,Status\r\n");
        for (var i = 1; i <= rows; i++) csv.Append($"Imported Institute No. {i},Serbia,Universities,Applicant\r\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    [Fact]
    public async Task A_30000_row_import_lets_20_other_users_save_while_it_runs()
    {
        var file = OrganizationsFile(ImportRows);
        var waits = new ConcurrentBag<TimeSpan>();
        using var importDone = new CancellationTokenSource();
        var categoryId = (await Services.Applications(database).CategoriesAsync()).First().Id;

        var import = Task.Run(async () =>
        {
            try { return await new RegisterServices(database).Import.ImportAsync(ImportKind.Organizations, "large.csv", file); }
            finally { importDone.Cancel(); }
        });
        var users = Enumerable.Range(1, OtherUsers).Select(user => Task.Run(async () =>
        {
            var applications = Services.Applications(database);
            var saves = 0;
            // Each user keeps saving new applications until the import is over (at least twice).
            while (!importDone.IsCancellationRequested || saves < 2)
            {
                var clock = Stopwatch.StartNew();
                await applications.CreateAsync(new NewApplication
                {
                    OrganizationName = $"Walk-in Academy {user}-{++saves}", CountryCode = "KE", CategoryId = categoryId,
                    ReceivedOn = new DateOnly(2025, 11, 2),
                }, lookAlikesSeen: true); // the names differ by a number on purpose: the user has seen the look-alike warning
                waits.Add(clock.Elapsed);
            }
            return saves;
        })).ToList();

        var report = await import;
        var savesPerUser = await Task.WhenAll(users);

        await using var db = database.CreateContext();
        Assert.Equal(ImportRows, await db.Organizations.CountAsync(o => o.Name.StartsWith("Imported Institute")));
        Assert.Equal(savesPerUser.Sum(), await db.Applications.CountAsync());
        var longest = waits.Max();
        output.WriteLine($"Import of {ImportRows} organizations held the write lock for {report.WriteLock.TotalMilliseconds:F0} ms.");
        output.WriteLine($"{waits.Count} saves by {OtherUsers} other users while it ran; longest save wait {longest.TotalMilliseconds:F0} ms, " +
                         $"median {waits.Order().ElementAt(waits.Count / 2).TotalMilliseconds:F0} ms.");
    }
}
