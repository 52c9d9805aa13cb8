using System.IO.Compression;
using System.Text;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Operations;

/// <summary>A backup taken while others write restores, after the data is wiped, to the same tables and files, byte for byte.</summary>
public sealed class BackupAndRestoreTests : IDisposable
{
    private static readonly byte[] Pdf = SampleFiles.Pdf;
    private static readonly byte[] Png = SampleFiles.Png;

    private readonly TestDatabase database = TestDatabase.WithDemoData();
    private readonly string archives = Path.Combine(Path.GetTempPath(), "anso-tests", Guid.NewGuid().ToString("N"));

    public BackupAndRestoreTests() => Directory.CreateDirectory(archives);

    public void Dispose()
    {
        database.Dispose();
        try { Directory.Delete(archives, recursive: true); } catch (IOException) { }
    }

    private string DatabasePath => Path.Combine(database.Folder, "secretariat.db");
    private string Uploads => Path.Combine(database.Folder, "uploads");
    private DatabaseBackup Backup => new(database.ConnectionString, Uploads);

    private async Task AttachDocumentsAsync()
    {
        var applications = Services.Applications(database);
        await using var db = database.CreateContext();
        var ids = await db.Applications.OrderBy(a => a.Id).Select(a => a.Id).Take(3).ToListAsync();
        foreach (var id in ids)
        {
            await applications.AttachDocumentAsync(id, $"Statutes {id}.pdf", Pdf.Length, () => new MemoryStream(Pdf));
            await applications.AttachDocumentAsync(id, $"Letter {id}.png", Png.Length, () => new MemoryStream(Png));
        }
    }

    private void Wipe()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" }) File.Delete(file);
        Directory.Delete(Uploads, recursive: true);
    }

    [Fact]
    public async Task A_backup_taken_while_others_write_restores_every_table_and_every_file_byte_for_byte()
    {
        await AttachDocumentsAsync();
        var category = database.CategoryId("Universities");
        var written = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            // Another user registers organizations one after another, each in its own transaction.
            while (!stop.IsCancellationRequested)
            {
                await using var db = database.CreateContext();
                db.Organizations.Add(Organization.FromRegisterEntry(new RegisterEntry
                {
                    Name = $"Written During Backup {written + 1}", CountryCode = "TH", CategoryId = category,
                    Status = OrganizationStatus.Applicant,
                }));
                await db.SaveChangesAsync();
                written++;
            }
        });
        while (Volatile.Read(ref written) < 5) await Task.Delay(10);
        var archive = Path.Combine(archives, "backup.zip");
        var manifest = await Backup.WriteAsync(archive, DateTimeOffset.UtcNow);
        var writtenAfterBackup = Volatile.Read(ref written);
        while (Volatile.Read(ref written) < writtenAfterBackup + 5) await Task.Delay(10);
        stop.Cancel();
        await writer;

        SqliteConnection.ClearAllPools();
        var live = SqliteFiles.Dump(DatabasePath);
        var liveFiles = Directory.GetFiles(Uploads).ToDictionary(Path.GetFileName, File.ReadAllBytes);
        Wipe();
        Backup.Restore(archive, force: false, DateTimeOffset.UtcNow);

        using (var restored = SqliteFiles.OpenPlain(DatabasePath, readOnly: true))
            Assert.Equal("ok", SqliteFiles.Scalar(restored, "PRAGMA integrity_check;"));
        var back = SqliteFiles.Dump(DatabasePath);
        Assert.Equal(live.Keys, back.Keys);
        // The organizations' name search (OrganizationNameSearch and its FTS5 tables) is written with them, after the backup too.
        foreach (var table in live.Keys.Where(t => t is not "Organizations" and not "sqlite_sequence" && !t.StartsWith("OrganizationNameSearch", StringComparison.Ordinal)))
            Assert.True(live[table].SequenceEqual(back[table]), $"{table} differs after the restore");
        static IEnumerable<string> OtherSequences(List<string> rows) => rows.Where(r => !r.StartsWith("String:Organizations|"));
        Assert.Equal(OtherSequences(live["sqlite_sequence"]), OtherSequences(back["sqlite_sequence"]));
        // The organizations are those of one moment: the live table up to the last one the snapshot saw, not one more or less.
        var organizations = back["Organizations"];
        Assert.Equal(live["Organizations"].Take(organizations.Count), organizations);
        Assert.Equal(manifest.Tables["Organizations"], organizations.Count);
        Assert.InRange(organizations.Count, live["Organizations"].Count - written, live["Organizations"].Count - 5);
        Assert.Equal(6, liveFiles.Count);
        Assert.Equal(liveFiles.Keys.Order(), Directory.GetFiles(Uploads).Select(Path.GetFileName).Order());
        foreach (var (name, bytes) in liveFiles) Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(Uploads, name!)));
        Assert.All(manifest.Files, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
    }

    [Fact]
    public async Task An_archive_with_a_file_that_does_not_match_its_checksum_is_refused_and_nothing_changes()
    {
        await AttachDocumentsAsync();
        var archive = Path.Combine(archives, "backup.zip");
        await Backup.WriteAsync(archive, DateTimeOffset.UtcNow);
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Update))
        {
            var upload = zip.Entries.First(e => e.FullName.StartsWith(DatabaseBackup.UploadsPrefix, StringComparison.Ordinal));
            var name = upload.FullName;
            upload.Delete();
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.ASCII.GetBytes("%PDF-1.7 tampered"));
        }
        Wipe();

        var refusal = Assert.Throws<BackupRefusedException>(() => Backup.Restore(archive, force: true, DateTimeOffset.UtcNow));

        Assert.Contains("does not match its checksum", refusal.Message);
        Assert.DoesNotContain('\n', refusal.Message);
        Assert.False(File.Exists(DatabasePath));
        Assert.False(Directory.Exists(Uploads));
    }

    [Fact]
    public async Task A_truncated_archive_is_refused_in_one_line_by_the_restore_command_with_a_non_zero_exit()
    {
        var archive = Path.Combine(archives, "backup.zip");
        await Backup.WriteAsync(archive, DateTimeOffset.UtcNow);
        var bytes = await File.ReadAllBytesAsync(archive);
        var truncated = Path.Combine(archives, "truncated.zip");
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)]);
        var target = Path.Combine(archives, "target", "secretariat.db");

        var run = await SqliteFiles.RunAppAsync(archives, "restore", "--from", truncated, $"--ConnectionStrings:Secretariat=Data Source={target}");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("truncated.zip is damaged or not a .zip archive", line);
        Assert.DoesNotContain("   at ", run.Output + run.Error);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task The_backup_command_writes_an_archive_that_the_restore_command_puts_back_and_a_restore_over_data_needs_force()
    {
        await AttachDocumentsAsync();
        var archive = Path.Combine(archives, "from-command.zip");
        var connection = $"--ConnectionStrings:Secretariat=Data Source={DatabasePath}";
        SqliteConnection.ClearAllPools();
        var before = SqliteFiles.Dump(DatabasePath);

        var backup = await SqliteFiles.RunAppAsync(archives, "backup", "--to", archive, connection);
        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Contains("6 uploaded files", backup.Output);

        var refused = await SqliteFiles.RunAppAsync(archives, "restore", "--from", archive, connection);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already holds data", refused.Error);
        Assert.Contains("--force", refused.Error);

        await using (var db = database.CreateContext())
        {
            db.Organizations.Add(Organization.FromRegisterEntry(new RegisterEntry
            {
                Name = "Added After The Backup", CountryCode = "TH", CategoryId = database.CategoryId("Universities"),
                Status = OrganizationStatus.Applicant,
            }));
            await db.SaveChangesAsync();
        }
        var restored = await SqliteFiles.RunAppAsync(archives, "restore", "--from", archive, "--force", connection);
        Assert.True(restored.ExitCode == 0, restored.Error);
        SqliteConnection.ClearAllPools();
        var after = SqliteFiles.Dump(DatabasePath);
        Assert.All(before.Keys, table => Assert.True(before[table].SequenceEqual(after[table]), $"{table} differs after the restore"));
        Assert.Single(Directory.GetFiles(database.Folder, "secretariat.db.before-restore-*"));
    }
}
