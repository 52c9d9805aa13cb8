using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anso.Secretariat.App.Features.Members;

/// <summary>
/// <c>Documents:RenderAhead</c>: when the register of members is rendered ahead of being asked for.
/// </summary>
public sealed class RenderAheadSettings
{
    public const string Section = "Documents:RenderAhead";

    /// <summary>Off on a machine that should spend no CPU on documents nobody asked for (and in tests that count renders).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long the members must stay unchanged before the register is rendered: a GA's admissions render once.</summary>
    public double QuietSeconds { get; set; } = 30;

    /// <summary>The first render after start-up waits this long, so that it does not compete with the first pages.</summary>
    public double AfterStartSeconds { get; set; } = 60;

    /// <summary>
    /// How often the register is checked against the data even without a change seen here: a change saved by another
    /// server, or a restored database. A check that finds the register kept costs a query and a hash.
    /// </summary>
    public double RecheckMinutes { get; set; } = 60;
}

/// <summary>
/// Saved changes that may change what the register of members says: an organization or a category added, changed or
/// removed (an admission, a status, an import, a correction of a name). <see cref="SecretariatDbContext"/> tells it
/// after each save, whichever service made the change.
/// </summary>
public static class MemberRegisterChanges
{
    /// <summary>Raised after a save that changed an organization or a category (perhaps inside a transaction not yet committed).</summary>
    public static event Action? Saved;

    /// <summary>Whether the changes about to be saved touch the register's rows.</summary>
    public static bool AreIn(ChangeTracker changes) =>
        changes.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Organization or Category);

    public static void Tell() => Saved?.Invoke();
}

/// <summary>
/// Renders the register of members (<c>/members.pdf</c>) in English and Chinese before anyone asks for it, so that the
/// request finds its bytes kept (<see cref="PdfRenderer.Kept"/>): at 50,000 applications a render takes 3 to 4 s of CPU,
/// a request that finds it kept a small part of that (issue 13). It renders some time after start-up, after the members
/// change and then stay unchanged for a quiet period, when the date (the "as at" line) changes, and at a recheck interval.
/// The request still builds its document from the current data and is served these bytes only when it says exactly the
/// same: a register rendered ahead is never served for data that has changed since. One render at a time, on a thread
/// of low priority; a failure is logged and tried again at the next occasion.
/// </summary>
public sealed class MemberRegisterAhead(
    IDbContextFactory<SecretariatDbContext> dbFactory, SecretariatTime time, IConfiguration configuration, ILogger<MemberRegisterAhead> log)
    : BackgroundService
{
    private readonly RenderAheadSettings settings = configuration.GetSection(RenderAheadSettings.Section).Get<RenderAheadSettings>() ?? new();
    private TaskCompletionSource changed = NewSignal();

    /// <summary>The register as a request in <paramref name="language"/> builds it now: the members as saved, as at today.</summary>
    public static Task<PdfDocumentSpec> DocumentAsync(
        IDbContextFactory<SecretariatDbContext> dbFactory, SecretariatTime time, DocumentLanguage language, CancellationToken ct = default) =>
        language.Speak(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return MemberRegisterDocument.Build(await MemberRegister.MembersAsync(db, ct), time.Today);
        });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            log.LogInformation("The register of members is not rendered ahead ({Section}:Enabled is false).", RenderAheadSettings.Section);
            return;
        }
        MemberRegisterChanges.Saved += OnSaved;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, settings.AfterStartSeconds)), stoppingToken);
            while (true)
            {
                await RenderAsync(stoppingToken);
                if (await WaitForChangeAsync(UntilNextOccasion(), stoppingToken))
                    while (await WaitForChangeAsync(TimeSpan.FromSeconds(settings.QuietSeconds), stoppingToken)) { } // each change restarts the quiet period
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        catch (Exception e)
        {
            // Never stops the app: requests render the register themselves, as they did before this service.
            log.LogError(e, "The register of members is no longer rendered ahead.");
        }
        finally
        {
            MemberRegisterChanges.Saved -= OnSaved;
        }
    }

    /// <summary>Renders the register in each language unless it is kept already. Logs what fails; throws only when stopping.</summary>
    private async Task RenderAsync(CancellationToken ct)
    {
        foreach (var language in DocumentLanguage.All)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var spec = await DocumentAsync(dbFactory, time, language, ct);
                if (PdfRenderer.Kept(spec) is not null) continue;
                var watch = Stopwatch.StartNew();
                var pdf = await OnLowPriorityThread(() => PdfRenderer.Render(spec), language.Culture).WaitAsync(ct);
                log.LogInformation("The register of members ({Language}) was rendered ahead in {Seconds:0.0} s: {Megabytes:0.0} MB.",
                    language.Code, watch.Elapsed.TotalSeconds, pdf.Length / 1_000_000.0);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
            catch (Exception e)
            {
                log.LogWarning(e, "The register of members ({Language}) could not be rendered ahead; a request renders it.", language.Code);
            }
        }
    }

    /// <summary>Until the date changes where the secretariat works (a new "as at" date), or the recheck, whichever is first.</summary>
    private TimeSpan UntilNextOccasion()
    {
        var tomorrow = time.Today.AddDays(1).ToDateTime(TimeOnly.MinValue);
        if (time.Zone.IsInvalidTime(tomorrow)) tomorrow = tomorrow.AddHours(1); // a zone whose clocks skip midnight
        var dateChanges = TimeZoneInfo.ConvertTimeToUtc(tomorrow, time.Zone) - time.Now.UtcDateTime + TimeSpan.FromSeconds(1);
        var recheck = TimeSpan.FromMinutes(Math.Max(1, settings.RecheckMinutes)); // a check is a query: not in a loop
        return dateChanges < recheck ? dateChanges : recheck;
    }

    /// <summary>True when the members changed within <paramref name="timeout"/>, false when it passed without a change.</summary>
    private async Task<bool> WaitForChangeAsync(TimeSpan timeout, CancellationToken ct)
    {
        var signal = Volatile.Read(ref changed);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, timer.Token);
        await Task.WhenAny(signal.Task, delay);
        await timer.CancelAsync();
        ct.ThrowIfCancellationRequested();
        if (!signal.Task.IsCompleted) return false;
        // A change told between the signal and this exchange is saved already, so the render that follows reads it.
        Interlocked.CompareExchange(ref changed, NewSignal(), signal);
        return true;
    }

    private void OnSaved() => Volatile.Read(ref changed).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own at low priority, so that requests come first on a busy machine.
    /// On Linux <see cref="Thread.Priority"/> changes nothing (the scheduler reads the nice value, which is per thread):
    /// the thread raises its own nice value to 10, about a tenth of a normal thread's share of a busy core.
    /// </summary>
    private static Task<T> OnLowPriorityThread<T>(Func<T> work, CultureInfo culture)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                if (OperatingSystem.IsLinux()) _ = setpriority(PrioProcess, 0, 10); // 0: the calling thread; lowering needs no privilege
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                done.SetResult(work());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true, // never holds the process at shutdown
            Name = "Register rendered ahead",
            Priority = ThreadPriority.BelowNormal,
        };
        thread.Start();
        return done.Task;
    }

    private const int PrioProcess = 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, int who, int prio);
}
