using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.App.Features.Backup;

/// <summary>The settings of the daily backup: Backup:Folder (empty: no scheduled backup), Backup:Hour (0-23, the secretariat's time), Backup:Keep.</summary>
public sealed record BackupSchedule(string? Folder, int Hour, int Keep)
{
    public static BackupSchedule From(IConfiguration configuration) => new(
        configuration["Backup:Folder"] is { Length: > 0 } folder ? Path.GetFullPath(folder) : null,
        Math.Clamp(configuration.GetValue("Backup:Hour", 2), 0, 23),
        Math.Max(1, configuration.GetValue("Backup:Keep", 14)));

    /// <summary>The next time the hour comes round, in the secretariat's zone, strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset NextRun(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var candidate = new DateTime(local.Year, local.Month, local.Day, Hour, 0, 0, DateTimeKind.Unspecified);
        if (candidate <= local.DateTime) candidate = candidate.AddDays(1);
        return new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
    }

    /// <summary>The backups in the folder beyond the newest <see cref="Keep"/>, to delete.</summary>
    public IEnumerable<string> Surplus() =>
        Folder is null || !Directory.Exists(Folder) ? []
            : Directory.EnumerateFiles(Folder, "anso-backup-*.zip").OrderByDescending(Path.GetFileName, StringComparer.Ordinal).Skip(Keep);
}

/// <summary>Writes a backup into Backup:Folder every day at Backup:Hour and keeps the newest Backup:Keep of them.</summary>
public sealed class ScheduledBackups(DatabaseBackup backup, SecretariatTime time, TimeProvider clock, IConfiguration configuration,
    ILogger<ScheduledBackups> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = BackupSchedule.From(configuration);
        if (schedule.Folder is null)
        {
            log.LogInformation("No scheduled backup: Backup:Folder is not set.");
            return;
        }
        log.LogInformation("A backup is written to {Folder} every day at {Hour}:00, the newest {Keep} kept.", schedule.Folder, schedule.Hour, schedule.Keep);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.NextRun(time.Now, time.Zone);
            try
            {
                await Task.Delay(next - time.Now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RunOnceAsync(schedule, stoppingToken);
        }
    }

    public async Task RunOnceAsync(BackupSchedule schedule, CancellationToken ct)
    {
        try
        {
            var at = time.InZone(time.Now);
            var file = Path.Combine(schedule.Folder!, DatabaseBackup.FileNameFor(at));
            var manifest = await backup.WriteAsync(file, at, ct);
            log.LogInformation("Backup written to {File}: {Rows} rows, {Files} files.", file, manifest.Tables.Values.Sum(), manifest.Files.Count);
            foreach (var old in schedule.Surplus())
            {
                File.Delete(old);
                log.LogInformation("Old backup {File} deleted (Backup:Keep is {Keep}).", old, schedule.Keep);
            }
        }
        catch (Exception e) when (e is BackupRefusedException or IOException or UnauthorizedAccessException)
        {
            log.LogError("Scheduled backup failed: {Reason}", e.Message);
        }
    }
}
