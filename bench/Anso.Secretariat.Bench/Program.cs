using System.Diagnostics;
using System.Security.Claims;
using System.Text;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Times the CSV import on a fresh SQLite file, as the secretariat would run it: preview, import, and the same file again;
// then the recording of a meeting's decisions on a list of 200 applications.
//   dotnet run -c Release --project bench/Anso.Secretariat.Bench [-- --rows 10000 --runs 3]
var rows = Argument("--rows", 10_000);
var runs = Argument("--runs", 3);
Console.WriteLine($"CSV import of {rows:N0} rows, {runs} run(s) each, on a SQLite file in {Path.GetTempPath()}");
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}");
Console.WriteLine();
Console.WriteLine("| file | size | preview | import (all new) | of which the write lock | import again (nothing new) |");
Console.WriteLine("|---|---|---|---|---|---|");

foreach (var kind in new[] { ImportKind.Organizations, ImportKind.Applications })
{
    var file = kind == ImportKind.Organizations ? OrganizationsFile(rows) : ApplicationsFile(rows);
    var timings = new List<(double Preview, double Import, double Lock, double Again)>();
    for (var run = 0; run < runs; run++)
    {
        using var database = new BenchDatabase();
        var importer = new ImportService(database.Factory, database.SecretariatUser(),
            new Anso.Secretariat.Domain.Common.SecretariatTime(TimeProvider.System, Anso.Secretariat.Domain.Common.SecretariatTime.FindZone(null)));
        var watch = Stopwatch.StartNew();
        var preview = await importer.PreviewAsync(kind, "bench.csv", file);
        var previewTime = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var report = await importer.ImportAsync(kind, "bench.csv", file);
        var importTime = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var again = await importer.ImportAsync(kind, "bench.csv", file);
        var againTime = watch.Elapsed.TotalSeconds;
        if (preview.New != rows || report.New != rows || again.New != 0 || again.AlreadyPresent != rows || await database.CountAsync(kind) != rows)
            throw new InvalidOperationException($"Unexpected result: preview {preview.New} new, import {report.New}, again {again.New} new; " +
                string.Join(" ", preview.Rows.Where(r => r.Outcome == RowOutcome.Error).Take(3).Select(r => r.Describe())));
        timings.Add((previewTime, importTime, report.WriteLock.TotalSeconds, againTime));
    }
    Console.WriteLine($"| {rows:N0} {kind.ToString().ToLowerInvariant()} | {file.Length / 1024.0 / 1024.0:0.0} MB | {Median(timings.Select(t => t.Preview))} " +
                      $"| {Median(timings.Select(t => t.Import))} | {Median(timings.Select(t => t.Lock))} | {Median(timings.Select(t => t.Again))} |");
}
Console.WriteLine();
Console.WriteLine("Median of the runs, in seconds. Import = check every row again (no lock held), then write them all in one transaction (the write lock).");

// Recording a GB's decisions on a list of 200 applications: every application moves, gets a history entry, and the
// minutes record each decision, in one transaction (issue #5: ≤ 500 ms).
const int listed = 200;
var recordings = new List<double>();
for (var run = 0; run < runs + 1; run++) // the first run warms up and is not counted
{
    using var database = new BenchDatabase();
    var meetingId = await database.GbListAsync(listed);
    // The bench's meeting is on 1 Jun 2099: its decisions are recorded on its day.
    var onTheDay = new SecretariatTime(new MeetingDayClock(), SecretariatTime.FindZone(null));
    var minutes = database.Minutes(onTheDay);
    var requests = (await minutes.ListedApplicationsAsync(meetingId)).Select(a => new DecisionRequest(a.Id, a.Version, DecisionOutcome.Endorsed)).ToList();
    var watch = Stopwatch.StartNew();
    await minutes.RecordApplicationDecisionsAsync(meetingId, requests);
    if (run > 0) recordings.Add(watch.Elapsed.TotalMilliseconds);
}
Console.WriteLine();
Console.WriteLine($"Recording the decisions on {listed} applications in one transaction: median {recordings.Order().ElementAt(recordings.Count / 2):0} ms " +
                  $"(runs: {string.Join(", ", recordings.Select(r => $"{r:0}"))} ms)");

static string Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return $"{sorted[sorted.Count / 2]:0.00} s";
}

int Argument(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
}

// Names with accents and every status; members have a type and a date.
static byte[] OrganizationsFile(int rows)
{
    var csv = new StringBuilder("Name,Acronym,Country,Category,Status,Membership type,Member since,Founding member,GB member,Website,Contact email\r\n");
    var countries = Countries.All.Where(c => c.Code != "AQ").ToList();
    string[] categories = ["National Academies", "International Organizations", "National Research Institutes and Agencies", "Universities"];
    for (var i = 0; i < rows; i++)
    {
        var country = countries[i % countries.Count];
        var (status, type, since) = (i % 4) switch
        {
            0 => ("Member", "Full", $"{2018 + i % 8}-11-0{1 + i % 9}"),
            1 => ("Member", "Provisional", $"{2019 + i % 7}-01-2{i % 9}"),
            2 => ("Former member", "Full", "2019-11-06"),
            _ => ("Applicant", "", ""),
        };
        csv.Append($"\"Institut Científico Nº {i:00000} de {country.Name}\",IC{i},{country.Code},{categories[i % 4]},{status},{type},{since},no,no,https://ic{i}.example.org,office{i}@ic.example.org\r\n");
    }
    return Encoding.UTF8.GetBytes(csv.ToString());
}

// A mix of states, half of them decided at the 2nd GB and the 2nd GA, so that histories are built step by step.
static byte[] ApplicationsFile(int rows)
{
    var csv = new StringBuilder("Organization,Acronym,Country,Category,State,Received,GB meeting,GA meeting,Admitted as,Summary\r\n");
    var countries = Countries.All.Where(c => c.Code != "AQ").ToList();
    for (var i = 0; i < rows; i++)
    {
        var country = countries[i % countries.Count];
        var (state, gb, ga, admitted) = (i % 6) switch
        {
            0 => ("Admitted", "2nd GB", "2nd GA", "Full"),
            1 => ("Admitted", "2nd GB", "2nd GA", "Provisional"),
            2 => ("Not endorsed", "2nd GB", "", ""),
            3 => ("Rejected", "2nd GB", "2nd GA", ""),
            4 => ("Listed for GB", "10th GB", "", ""),
            _ => ("Under review", "", "", ""),
        };
        csv.Append($"\"Universidade Técnica Nº {i:00000}\",UT{i},{country.Code},Universities,{state},2019-0{1 + i % 9}-1{i % 10},{gb},{ga},{admitted},\"Applies; see the letter of {i}\"\r\n");
    }
    return Encoding.UTF8.GetBytes(csv.ToString());
}

/// <summary>A migrated SQLite file with the categories and the meetings the applications name.</summary>
sealed class BenchDatabase : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "anso-bench", Guid.NewGuid().ToString("N"));
    private readonly string connectionString;

    public BenchDatabase()
    {
        Directory.CreateDirectory(folder);
        connectionString = $"Data Source={Path.Combine(folder, "bench.db")};Foreign Keys=True;Pooling=False";
        using var db = Factory.CreateDbContext();
        db.Database.Migrate();
        ReferenceData.EnsureCategoriesAsync(db).GetAwaiter().GetResult();
        var gb2 = new Meeting(MeetingBody.GoverningBoard, 2, new(2019, 11, 6), new(2019, 11, 6), Venue.None, MeetingMode.OnSite);
        var ga2 = new Meeting(MeetingBody.GeneralAssembly, 2, new(2022, 1, 20), new(2022, 1, 20), Venue.None, MeetingMode.Online);
        gb2.MarkHeld();
        ga2.MarkHeld();
        db.Meetings.AddRange(gb2, ga2, new Meeting(MeetingBody.GoverningBoard, 10, new(2099, 12, 9), new(2099, 12, 9), Venue.None, MeetingMode.Hybrid));
        db.SaveChanges();
    }

    public IDbContextFactory<SecretariatDbContext> Factory => new ContextFactory(connectionString);

    /// <summary>A secretariat member with an account row, which the services check on every call.</summary>
    public CurrentUser SecretariatUser()
    {
        using (var db = Factory.CreateDbContext())
        {
            if (!db.Users.Any(u => u.Id == "bench"))
            {
                db.Users.Add(new AppUser { Id = "bench", UserName = "bench@anso.example", Email = "bench@anso.example", DisplayName = "Bench" });
                // The services read the account's role from the database before every call, as in the app.
                var roleId = db.Roles.Where(r => r.Name == Roles.Secretariat).Select(r => r.Id).FirstOrDefault();
                if (roleId is null)
                {
                    roleId = Guid.NewGuid().ToString();
                    db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole { Id = roleId, Name = Roles.Secretariat, NormalizedName = Roles.Secretariat.ToUpperInvariant() });
                }
                db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = "bench", RoleId = roleId });
                db.SaveChanges();
            }
        }
        var user = new CurrentUser(TimeProvider.System, new ServiceCollection().BuildServiceProvider(), Factory);
        user.UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "bench"), new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, Roles.Secretariat)], "bench")));
        return user;
    }

    /// <summary>The minutes service acting as the secretariat, on this database (no signing certificate).</summary>
    public MinutesService Minutes(SecretariatTime time)
    {
        var settings = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        var user = SecretariatUser();
        var export = new ExportService(Factory, user, time, new Anso.Secretariat.App.Features.Decisions.DecisionRegisterService(Factory, user));
        return new MinutesService(Factory, user, time, new DocumentStore(settings, connectionString), new MinutesSigning(settings), export,
            new Anso.Secretariat.App.Features.Notifications.Notifier(new Anso.Secretariat.App.Features.Notifications.EmailSettings(), time));
    }

    /// <summary>A planned GB meeting with <paramref name="count"/> applications on its list.</summary>
    public async Task<int> GbListAsync(int count)
    {
        await using var db = Factory.CreateDbContext();
        var meeting = new Meeting(MeetingBody.GoverningBoard, 50, new(2099, 6, 1), new(2099, 6, 1), Venue.None, MeetingMode.Hybrid);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        var category = await db.Categories.Select(c => c.Id).FirstAsync();
        var by = new Actor("Bench", DateTimeOffset.UtcNow);
        for (var i = 0; i < count; i++)
        {
            var application = new MembershipApplication(new Organization($"Académie {i:000}", "SN", category), new DateOnly(2099, 1, 1), by);
            application.StartReview(by);
            application.ListForBoard(meeting, by);
            db.Applications.Add(application);
        }
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    public async Task<int> CountAsync(ImportKind kind)
    {
        await using var db = Factory.CreateDbContext();
        return kind == ImportKind.Organizations ? await db.Organizations.CountAsync() : await db.Applications.CountAsync();
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private sealed class ContextFactory(string connectionString) : IDbContextFactory<SecretariatDbContext>
    {
        public SecretariatDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<SecretariatDbContext>();
            DatabaseSetup.Configure(options, connectionString);
            return new SecretariatDbContext(options.Options);
        }
    }
}

internal sealed class MeetingDayClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(2099, 6, 1, 8, 0, 0, TimeSpan.Zero);
}
