using Anso.Secretariat.App.Features.Backup;
using Anso.Secretariat.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Anso.Secretariat.Tests.Operations;

/// <summary>The daily backup runs at Backup:Hour in the secretariat's time and keeps the newest Backup:Keep archives.</summary>
public sealed class ScheduledBackupTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "anso-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private BackupSchedule Schedule(int hour, int keep) => BackupSchedule.From(new ConfigurationBuilder().AddInMemoryCollection(
        new Dictionary<string, string?> { ["Backup:Folder"] = folder, ["Backup:Hour"] = hour.ToString(), ["Backup:Keep"] = keep.ToString() }).Build());

    [Fact]
    public void The_next_backup_is_at_the_set_hour_in_Beijing_today_or_else_tomorrow()
    {
        var schedule = Schedule(hour: 2, keep: 7);
        // 10:00 UTC is 18:00 in Beijing: the next 02:00 there is tomorrow, 18:00 UTC today.
        var now = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 18, 0, 0, TimeSpan.Zero), schedule.NextRun(now, FakeTime.Shanghai));
        // 17:30 UTC is 01:30 in Beijing on the 3rd: the backup is half an hour away.
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 18, 0, 0, TimeSpan.Zero), schedule.NextRun(now.AddHours(7.5), FakeTime.Shanghai));
    }

    [Fact]
    public void Only_the_newest_archives_are_kept()
    {
        Directory.CreateDirectory(folder);
        foreach (var day in Enumerable.Range(1, 5)) File.WriteAllText(Path.Combine(folder, $"anso-backup-2026-11-0{day}-0200.zip"), "");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "");

        var surplus = Schedule(hour: 2, keep: 3).Surplus().Select(Path.GetFileName).Order();

        Assert.Equal(["anso-backup-2026-11-01-0200.zip", "anso-backup-2026-11-02-0200.zip"], surplus);
    }

    [Fact]
    public void Without_a_folder_there_is_no_scheduled_backup()
    {
        Assert.Null(BackupSchedule.From(new ConfigurationBuilder().Build()).Folder);
    }
}
