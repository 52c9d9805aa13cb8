using System.Diagnostics;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Generator;

/// <summary>What to generate. <see cref="Today"/> is the secretariat's today: past meetings are held before it, two are planned after it.</summary>
public sealed record GeneratorOptions(int Applications, DateOnly Today, int Seed = 2018)
{
    /// <summary>Half-yearly GB meetings, the last one two months before today; at 50,000 applications about 2,000 per GB.</summary>
    public int BoardMeetings { get; init; } = 24;
}

public sealed record GeneratedData(int Organizations, int Applications, int Meetings, int Decisions, TimeSpan Took);

/// <summary>
/// Fills a migrated database (with the categories, nothing else) with organizations, GB and GA meetings with agendas and
/// minutes, and applications that go through the workflow as the secretariat would move them: received, reviewed,
/// sometimes asked for information, listed for a GB, decided there in the minutes (endorsed, not endorsed, deferred to the
/// next GB), listed for the next GA and decided there (admitted full or provisional, rejected, deferred). Every step is a
/// domain method, so every rule of the domain holds; the open applications are at the end, listed for the planned GB or GA.
/// Events run in the order of their dates, each saved on a fresh context (the objects are attached before they change).
/// </summary>
public sealed class DataGenerator(IDbContextFactory<SecretariatDbContext> factory, GeneratorOptions options, TextWriter? log = null)
{
    private const string RecommendEndorsement = "Eligible under the ANSO Statutes; the Secretariat recommends endorsement.";
    private static readonly TimeZoneInfo Beijing = SecretariatTime.FindZone(SecretariatTime.DefaultZoneId);

    private readonly Random random = new(options.Seed);
    private readonly Names names = new(new Random(options.Seed + 1));
    private readonly string[] staff = ["ANSO Secretariat", "Wang Fang", "Li Na", "Zhang Wei", "Chen Jing"];
    private Dictionary<string, int> categories = [];
    private int decisions;

    /// <summary>Creates (or replaces) a SQLite file, migrates it, adds the categories and generates.</summary>
    public static async Task<GeneratedData> CreateDatabaseAsync(string file, GeneratorOptions options, TextWriter? log = null)
    {
        var full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        foreach (var f in new[] { full, full + "-wal", full + "-shm" }) File.Delete(f);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = full, ForeignKeys = true, Pooling = false }.ToString();
        var factory = new FileContextFactory(connectionString);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            await ReferenceData.EnsureCategoriesAsync(db);
        }
        return await new DataGenerator(factory, options, log).GenerateAsync();
    }

    public async Task<GeneratedData> GenerateAsync()
    {
        var watch = Stopwatch.StartNew();
        await using (var db = await factory.CreateDbContextAsync())
        {
            categories = await db.Categories.ToDictionaryAsync(c => c.Name, c => c.Id);
            foreach (var o in await db.Organizations.Select(o => new { o.CountryCode, o.Name, o.Acronym }).ToListAsync())
                names.Reserve(o.CountryCode, o.Name, o.Acronym);
        }
        var boards = new List<Meeting>();
        var assemblies = new List<Meeting>();
        await PlanMeetingsAsync(boards, assemblies);
        var pastBoards = boards.Where(m => m.StartDate <= options.Today).ToList();
        var futureBoard = boards.Single(m => m.StartDate > options.Today);
        var futureAssembly = assemblies.Single(m => m.StartDate > options.Today);

        // Founders: members recorded as existing, a few of them on the Governing Board.
        var founders = Enumerable.Range(0, Math.Clamp(options.Applications / 200, 12, 60)).Select(_ => NewOrganization()).ToList();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var foundedOn = pastBoards[0].StartDate.AddDays(-1);
            foreach (var (org, i) in founders.Select((o, i) => (o, i)))
            {
                org.RecordExistingMembership(MembershipType.Full, foundedOn, founding: true);
                if (i < 9)
                {
                    org.SetBoardMembership(true);
                    org.AddRepresentative(names.Person(), $"President of the {org.Acronym ?? org.Name}", null);
                }
                db.Organizations.Add(org);
            }
            await db.SaveChangesAsync();
        }

        // The applications, spread over the GB cohorts; the last share is still open.
        var open = Math.Max(10, options.Applications / 25);
        var perBoard = (options.Applications - open) / pastBoards.Count;
        var deferredAtBoard = new List<MembershipApplication>();
        var waitingForAssembly = new List<MembershipApplication>();
        var applications = 0;
        var events = pastBoards.Select(m => (m.StartDate, Meeting: m)).Concat(assemblies.Where(a => a.StartDate <= options.Today).Select(m => (m.StartDate, Meeting: m)))
            .OrderBy(e => e.StartDate).ToList();
        var previousBoardDay = pastBoards[0].StartDate.AddMonths(-6);
        foreach (var (day, meeting) in events)
        {
            if (meeting.Body == MeetingBody.GoverningBoard)
            {
                var count = meeting == pastBoards[^1] ? options.Applications - open - perBoard * (pastBoards.Count - 1) : perBoard;
                applications += count;
                var (listed, _) = await ReceiveAsync(count, previousBoardDay, day.AddDays(-90), meeting, deferredAtBoard);
                deferredAtBoard.Clear();
                var outcomes = await DecideAtBoardAsync(meeting, listed, approveMinutes: meeting != pastBoards[^1]);
                deferredAtBoard.AddRange(outcomes.Deferred);
                waitingForAssembly.AddRange(outcomes.Endorsed);
                previousBoardDay = day;
            }
            else
            {
                await ListForAssemblyAsync(meeting, waitingForAssembly, day.AddDays(-35));
                waitingForAssembly = await DecideAtAssemblyAsync(meeting, waitingForAssembly);
            }
            log?.WriteLine($"{meeting.ShortName} {day:yyyy-MM-dd}: {applications:N0} applications so far ({watch.Elapsed.TotalSeconds:0} s)");
        }

        // What is open today: endorsed ones listed for the planned GA (some wait), deferred ones and the newest
        // applications listed for the planned GB, the rest received, under review or waiting for information.
        var toAssembly = waitingForAssembly.Where((_, i) => i % 5 != 0).ToList();
        await ListForAssemblyAsync(futureAssembly, toAssembly, options.Today.AddDays(-10));
        await ReceiveAsync(open, previousBoardDay, options.Today, futureBoard, deferredAtBoard, listShare: 0.35);
        applications += open;

        await using (var db = await factory.CreateDbContextAsync())
        {
            // Former members: a few members left.
            var leaving = await db.Organizations.Where(o => o.Status == OrganizationStatus.Member && !o.IsFoundingMember)
                .OrderBy(o => o.Id).Where(o => o.Id % 50 == 7).ToListAsync();
            foreach (var org in leaving) org.EndMembership();
            await db.SaveChangesAsync();
        }
        await using (var db = await factory.CreateDbContextAsync())
            return new GeneratedData(await db.Organizations.CountAsync(), await db.Applications.CountAsync(), await db.Meetings.CountAsync(),
                decisions, watch.Elapsed);
    }

    private Organization NewOrganization()
    {
        var category = names.Pick(ReferenceData.Categories.Where((_, i) => random.Next(10) < (i == 3 ? 10 : 6)).DefaultIfEmpty(ReferenceData.Categories[3]).ToList());
        var (name, acronym, country) = names.Organization(category);
        var org = new Organization(name, country, categories[category], acronym);
        var slug = (acronym ?? string.Concat(name.Split(' ').Where(w => w.Length > 3).Take(3).Select(w => w[..3]))).ToLowerInvariant();
        slug = new string(slug.Where(char.IsAsciiLetterOrDigit).ToArray());
        if (slug.Length < 2) slug = "org";
        org.UpdateContact($"https://www.{slug}.example.org", null, names.Person(), $"office@{slug}.example.org");
        return org;
    }

    private async Task PlanMeetingsAsync(List<Meeting> boards, List<Meeting> assemblies)
    {
        await using var db = await factory.CreateDbContextAsync();
        var lastBoard = options.Today.AddMonths(-2);
        for (var i = 0; i <= options.BoardMeetings; i++)
        {
            var day = lastBoard.AddMonths(6 * (i - options.BoardMeetings + 1));
            if (i == options.BoardMeetings) day = options.Today.AddDays(21);
            boards.Add(NewMeeting(MeetingBody.GoverningBoard, i + 1, day));
        }
        // A GA every year, three months after every second GB; the next one after the planned GB.
        var number = 1;
        for (var i = 1; i < options.BoardMeetings; i += 2)
        {
            var day = boards[i].StartDate.AddMonths(3);
            if (day > options.Today) break;
            assemblies.Add(NewMeeting(MeetingBody.GeneralAssembly, number++, day));
        }
        assemblies.Add(NewMeeting(MeetingBody.GeneralAssembly, number, boards[^1].StartDate.AddMonths(4)));
        db.Meetings.AddRange(boards);
        db.Meetings.AddRange(assemblies);
        await db.SaveChangesAsync();
    }

    private Meeting NewMeeting(MeetingBody body, int number, DateOnly day)
    {
        var online = random.Next(4) == 0;
        var hostCity = names.Pick(new[] { ("Beijing", "CN"), ("Bangkok", "TH"), ("Almaty", "KZ"), ("Islamabad", "PK"), ("Moscow", "RU"), ("Belgrade", "RS"), ("Nairobi", "KE"), ("Kathmandu", "NP") });
        var meeting = new Meeting(body, number, day, body == MeetingBody.GeneralAssembly ? day.AddDays(1) : day,
            online ? Venue.None : new Venue(null, hostCity.Item1, hostCity.Item2), online ? MeetingMode.Online : MeetingMode.Hybrid);
        meeting.SetHours(new TimeOnly(9, 0), new TimeOnly(12, 30));
        meeting.AppointChairs($"Prof. {names.Person()}, ANSO President", [$"Prof. {names.Person()}, ANSO Vice President"]);
        var by = By(day.AddDays(-30));
        meeting.AddAgendaItem(new AgendaItemDetails { Title = "Opening and welcome", Kind = AgendaItemKind.Opening, Purpose = AgendaPurpose.ForInformation, DurationMinutes = 10 }, by);
        meeting.AddAgendaItem(new AgendaItemDetails { Title = "ANSO Progress Report", Kind = AgendaItemKind.Report, Purpose = AgendaPurpose.ForInformation, Presenter = "ANSO Secretariat", DurationMinutes = 30 }, by);
        meeting.AddAgendaItem(new AgendaItemDetails
        {
            Title = body == MeetingBody.GoverningBoard ? "List of ANSO Membership Applications for Endorsement" : "List of ANSO Membership Applications for Approval",
            Kind = AgendaItemKind.MembershipApplications, Purpose = body == MeetingBody.GoverningBoard ? AgendaPurpose.ForEndorsement : AgendaPurpose.ForApproval,
            Presenter = "ANSO Secretariat", DurationMinutes = 40,
        }, by);
        meeting.AddAgendaItem(new AgendaItemDetails { Title = $"Proposal on {names.Subject()} programmes", Kind = AgendaItemKind.Proposal, Purpose = AgendaPurpose.ForEndorsement, DurationMinutes = 20 }, by);
        meeting.AddAgendaItem(new AgendaItemDetails { Title = "Closing", Kind = AgendaItemKind.Closing, Purpose = AgendaPurpose.ForInformation, DurationMinutes = 5 }, by);
        if (day <= options.Today) meeting.PublishAgenda(by);
        return meeting;
    }

    /// <summary>
    /// <paramref name="count"/> applications received between two dates and reviewed; most are listed for
    /// <paramref name="board"/> with the ones deferred at the previous GB, a few withdrawn or closed.
    /// </summary>
    private async Task<(List<MembershipApplication> Listed, List<MembershipApplication> Other)> ReceiveAsync(
        int count, DateOnly from, DateOnly to, Meeting board, List<MembershipApplication> deferred, double listShare = 0.9)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.Attach(board);
        foreach (var a in deferred) db.Attach(a);
        var listedOn = board.StartDate > options.Today ? options.Today.AddDays(-1) : board.StartDate.AddDays(-30);
        var listed = new List<MembershipApplication>();
        var other = new List<MembershipApplication>();
        foreach (var a in deferred)
        {
            a.ListForBoard(board, By(listedOn), "Listed again with the information the GB asked for.");
            listed.Add(a);
        }
        var span = Math.Max(1, to.DayNumber - from.DayNumber);
        var created = new List<MembershipApplication>();
        for (var i = 0; i < count; i++)
        {
            var org = NewOrganization();
            var received = from.AddDays(random.Next(span));
            var subject = names.Subject();
            var application = new MembershipApplication(org, received, By(received, 9),
                $"{Describe(org)} in {Countries.NameOf(org.CountryCode)}; proposes cooperation in {subject.ToLowerInvariant()} and joint training of young scientists.");
            created.Add(application);
            // Each step on a later day than the one before; for the planned GB, steps not due before today have not happened.
            var future = board.StartDate > options.Today;
            var r = random.NextDouble();
            var last = received;
            bool Happens(int minDays, int maxDays, out DateOnly on)
            {
                on = last.AddDays(random.Next(minDays, maxDays));
                if (future && on >= listedOn) return false;
                last = on;
                return true;
            }
            if (!Happens(3, 15, out var reviewOn)) { other.Add(application); continue; } // just received
            application.StartReview(By(reviewOn));
            application.EditDetails(received, application.Summary, random.Next(10) == 0 ? null : RecommendEndorsement);
            if (random.Next(7) == 0)
            {
                if (!Happens(2, 10, out var askedOn)) { other.Add(application); continue; } // under review
                application.RequestInformation(By(askedOn), "The letter of commitment signed by the head of the organization.");
                if (!Happens(5, 30, out var answeredOn)) { other.Add(application); continue; } // waiting for the information
                application.ReceiveInformation(By(answeredOn), "Letter received.");
            }
            if (r < (future ? listShare : 0.9))
            {
                application.ListForBoard(board, By(listedOn));
                listed.Add(application);
            }
            else if (future || r < 0.95)
                other.Add(application); // under review
            else if (r < 0.975)
            {
                Happens(5, 20, out var withdrawnOn);
                application.Withdraw(By(withdrawnOn), "The organization withdrew its application.");
                other.Add(application);
            }
            else
            {
                Happens(5, 20, out var closedOn);
                application.CloseAsIneligible(By(closedOn), "Not a science, research or education organization: not eligible for membership.");
                other.Add(application);
            }
        }
        db.Applications.AddRange(created);
        await db.SaveChangesAsync();
        return (listed, other);
    }

    private static string Describe(Organization org) => org.CategoryId switch
    {
        1 => "A national academy",
        2 => "An international organization",
        3 => "A national research institute",
        _ => "A research university",
    };

    private async Task<(List<MembershipApplication> Endorsed, List<MembershipApplication> Deferred)> DecideAtBoardAsync(
        Meeting board, List<MembershipApplication> listed, bool approveMinutes)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.Attach(board);
        foreach (var a in listed) db.Attach(a);
        var choices = listed.Select(a =>
        {
            var r = random.NextDouble();
            var deferredBefore = a.History.Count(h => h.Action == ApplicationAction.DeferAtBoard) > 0;
            var outcome = r < 0.78 || deferredBefore ? DecisionOutcome.Endorsed : r < 0.88 ? DecisionOutcome.NotEndorsed : DecisionOutcome.Deferred;
            var note = outcome switch
            {
                DecisionOutcome.NotEndorsed => "Not endorsed: the GB found the proposed cooperation too narrow for the Alliance.",
                DecisionOutcome.Deferred => "Deferred: the GB asked for the organization's planned ANSO activities.",
                _ => null,
            };
            return new DecisionOnList(a, outcome, note);
        }).ToList();
        var minutes = Minutes.Start(board, board.Agenda.Select(i => new AgendaHeading(i.Number.ToString(), i.Title, i.Kind == AgendaItemKind.MembershipApplications)),
            staff[0], By(board.StartDate, 17).At);
        db.Minutes.Add(minutes);
        if (choices.Count > 0)
        {
            MeetingDecisions.Record(board, minutes, choices, By(board.StartDate, 15), board.StartDate);
            decisions += choices.Count;
        }
        else board.MarkHeld(board.StartDate);
        var report = minutes.Items.First(i => i.Title == "ANSO Progress Report");
        minutes.Summarize(report, "The Secretariat presented the progress of the Alliance since the last meeting.", staff[0], By(board.StartDate.AddDays(3)).At);
        minutes.RecordDecision(board, report, "The Board noted the ANSO Progress Report.", DecisionOutcome.Noted, board.StartDate, staff[0], By(board.StartDate.AddDays(3)).At);
        decisions++;
        minutes.Circulate(board.StartDate.AddDays(14), staff[0], By(board.StartDate.AddDays(14)).At);
        if (approveMinutes)
            minutes.Approve(board, board.StartDate.AddDays(40), "the Chair", null, staff[0], By(board.StartDate.AddDays(40)).At);
        await db.SaveChangesAsync();
        return (choices.Where(c => c.Decision == DecisionOutcome.Endorsed).Select(c => c.Application).ToList(),
            choices.Where(c => c.Decision == DecisionOutcome.Deferred).Select(c => c.Application).ToList());
    }

    private async Task ListForAssemblyAsync(Meeting assembly, List<MembershipApplication> endorsed, DateOnly on)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.Attach(assembly);
        foreach (var a in endorsed) db.Attach(a);
        foreach (var a in endorsed) a.ListForAssembly(assembly, By(on));
        await db.SaveChangesAsync();
    }

    /// <summary>Decides the GA's list; returns the deferred ones, endorsed again and waiting for the next GA.</summary>
    private async Task<List<MembershipApplication>> DecideAtAssemblyAsync(Meeting assembly, List<MembershipApplication> listed)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.Attach(assembly);
        foreach (var a in listed) db.Attach(a);
        var choices = listed.Select(a =>
        {
            var r = random.NextDouble();
            var deferredBefore = a.History.Any(h => h.Action == ApplicationAction.DeferAtAssembly);
            var outcome = r < 0.82 || deferredBefore ? DecisionOutcome.ApprovedAsFullMember
                : r < 0.9 ? DecisionOutcome.ApprovedAsProvisionalMember : r < 0.95 ? DecisionOutcome.Rejected : DecisionOutcome.Deferred;
            return new DecisionOnList(a, outcome, outcome switch
            {
                DecisionOutcome.Rejected => "Rejected: the organization's national accreditation lapsed after the GB's endorsement.",
                DecisionOutcome.Deferred => "Deferred: the GA asked for the organization's nominated representative.",
                _ => null,
            });
        }).ToList();
        var minutes = Minutes.Start(assembly, assembly.Agenda.Select(i => new AgendaHeading(i.Number.ToString(), i.Title, i.Kind == AgendaItemKind.MembershipApplications)),
            staff[0], By(assembly.StartDate, 17).At);
        db.Minutes.Add(minutes);
        if (choices.Count > 0)
        {
            MeetingDecisions.Record(assembly, minutes, choices, By(assembly.StartDate, 15), assembly.StartDate);
            decisions += choices.Count;
        }
        else assembly.MarkHeld(assembly.StartDate);
        minutes.Circulate(assembly.StartDate.AddDays(14), staff[0], By(assembly.StartDate.AddDays(14)).At);
        minutes.Approve(assembly, assembly.StartDate.AddDays(30), "the Chair", null, staff[0], By(assembly.StartDate.AddDays(30)).At);
        await db.SaveChangesAsync();
        return choices.Where(c => c.Decision == DecisionOutcome.Deferred).Select(c => c.Application).ToList();
    }

    private Actor By(DateOnly day, int hour = 10)
    {
        var time = day.ToDateTime(new TimeOnly(hour, random.Next(60)));
        return new Actor(staff[random.Next(staff.Length)], new DateTimeOffset(time, Beijing.GetUtcOffset(time)));
    }

    /// <summary>Contexts on one SQLite file, configured as the app configures them.</summary>
    public sealed class FileContextFactory(string connectionString) : IDbContextFactory<SecretariatDbContext>
    {
        public SecretariatDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<SecretariatDbContext>();
            DatabaseSetup.Configure(options, connectionString);
            return new SecretariatDbContext(options.Options);
        }
    }
}
