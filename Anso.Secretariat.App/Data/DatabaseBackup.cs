using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Anso.Secretariat.App.Data;

/// <summary>One file in a backup archive: where it sits in the archive, its size and its SHA-256 (lower-case hex).</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);

/// <summary>What a backup archive holds: the database's row count per table and a checksum of every file.</summary>
public sealed record BackupManifest(string Format, DateTimeOffset CreatedAt, BackupFile Database, SortedDictionary<string, long> Tables, List<BackupFile> Files)
{
    public const string CurrentFormat = "anso-secretariat-backup/1";
}

/// <summary>A backup cannot be made or restored; the message says why, in one line, for the operator.</summary>
public sealed class BackupRefusedException(string message) : Exception(message);

/// <summary>
/// Backs up and restores the database and the uploaded files as one .zip: the database through SQLite's online backup API
/// (a consistent snapshot while the app writes, never a file copy), every file under the uploads folder, and
/// <c>manifest.json</c>. A restore checks every checksum, the database's integrity and its row counts before it changes
/// anything. SQLite only: on PostgreSQL both verbs refuse in one line that points to pg_dump and pg_restore (README).
/// </summary>
public sealed class DatabaseBackup(DatabaseTarget database, string uploadsFolder)
{
    public DatabaseBackup(string sqliteConnectionString, string uploadsFolder) : this(DatabaseTarget.Sqlite(sqliteConnectionString), uploadsFolder) { }

    public const string PostgreSqlMessage =
        "On PostgreSQL the app does not back up or restore the database: use pg_dump -Fc and pg_restore (README, Running on PostgreSQL), and copy the uploads folder.";

    private readonly string connectionString = database.ConnectionString;

    private void RefuseOnPostgreSql()
    {
        if (!database.IsSqlite) throw new BackupRefusedException(PostgreSqlMessage);
    }

    public const string ManifestEntry = "manifest.json";
    public const string DatabaseEntry = "database/secretariat.db";
    public const string UploadsPrefix = "uploads/";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private string DatabasePath => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    /// <summary>The name a backup made at <paramref name="at"/> (the secretariat's local time) is given.</summary>
    public static string FileNameFor(DateTimeOffset at) => $"anso-backup-{at:yyyy-MM-dd-HHmm}.zip";

    /// <summary>Writes the archive to <paramref name="archivePath"/> (through a temporary file, so a half-written archive never has the name).</summary>
    public async Task<BackupManifest> WriteAsync(string archivePath, DateTimeOffset now, CancellationToken ct = default)
    {
        RefuseOnPostgreSql();
        archivePath = Path.GetFullPath(archivePath);
        var folder = Path.GetDirectoryName(archivePath)!;
        try { Directory.CreateDirectory(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackupRefusedException($"Cannot write the backup: the folder {folder} cannot be created ({e.Message}).");
        }
        var partial = archivePath + ".partial";
        try
        {
            BackupManifest manifest;
            await using (var output = File.Create(partial)) manifest = await WriteAsync(output, now, ct);
            File.Move(partial, archivePath, overwrite: true);
            return manifest;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            throw new BackupRefusedException($"Cannot write the backup to {archivePath}: {e.Message}");
        }
        catch
        {
            File.Delete(partial); // a refused or failed backup leaves no half-written file behind
            throw;
        }
    }

    public async Task<BackupManifest> WriteAsync(Stream output, DateTimeOffset now, CancellationToken ct = default)
    {
        RefuseOnPostgreSql();
        var staging = Directory.CreateTempSubdirectory("anso-backup-");
        try
        {
            var snapshot = Path.Combine(staging.FullName, "secretariat.db");
            var tables = Snapshot(snapshot);
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            var database = await AddAsync(zip, DatabaseEntry, snapshot, ct)
                ?? throw new BackupRefusedException("The database snapshot vanished while the backup was written.");
            var files = new List<BackupFile>();
            if (Directory.Exists(uploadsFolder))
                foreach (var file in Directory.EnumerateFiles(uploadsFolder).Order(StringComparer.Ordinal))
                    // A file deleted since it was listed is simply not in the backup.
                    if (await AddAsync(zip, UploadsPrefix + Path.GetFileName(file), file, ct) is { } added) files.Add(added);
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, now, database, tables, files);
            await using (var entry = zip.CreateEntry(ManifestEntry).Open())
                await JsonSerializer.SerializeAsync(entry, manifest, Json, ct);
            return manifest;
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    /// <summary>Copies the live database into <paramref name="target"/> with SQLite's backup API and counts its rows.</summary>
    private SortedDictionary<string, long> Snapshot(string target)
    {
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite };
        if (!File.Exists(DatabasePath)) throw new BackupRefusedException($"There is no database at {DatabasePath} to back up.");
        try
        {
            using var live = SqliteConnectionSetup.Open(source.ToString());
            using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
            {
                copy.Open();
                live.BackupDatabase(copy); // one step: a consistent snapshot, even while others write
                Execute(copy, "PRAGMA journal_mode = DELETE;"); // one self-contained file in the archive
            }
            return CountRows(target);
        }
        catch (SqliteException e)
        {
            throw new BackupRefusedException($"Cannot back up the database {DatabasePath}: {e.Message}");
        }
    }

    /// <summary>Every table's row count, for the manifest and to check a restore.</summary>
    public static SortedDictionary<string, long> CountRows(string databasePath)
    {
        // With the name collation: COUNT(*) may read an index on a name column.
        using var connection = SqliteConnectionSetup.Open(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables(connection))
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"")}\";";
            counts[table] = (long)count.ExecuteScalar()!;
        }
        return counts;
    }

    public static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read()) tables.Add(reader.GetString(0));
        return tables;
    }

    private static async Task<BackupFile?> AddAsync(ZipArchive zip, string entryName, string path, CancellationToken ct)
    {
        FileStream source;
        try { source = File.OpenRead(path); }
        catch (FileNotFoundException) { return null; }
        await using (source)
        {
            var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var target = entry.Open();
            var buffer = new byte[81920];
            long bytes = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
                bytes += read;
            }
            return new BackupFile(entryName, bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
    }

    /// <summary>
    /// Restores <paramref name="archivePath"/> over the database and the uploads folder. The archive is checked whole first
    /// (manifest, every checksum, integrity_check, row counts); a damaged one changes nothing. When the target already
    /// holds a database or files, it is refused unless <paramref name="force"/>; then the current database and files are
    /// kept beside them as "*.before-restore-DATE", never deleted. Stop the app before restoring.
    /// </summary>
    public BackupManifest Restore(string archivePath, bool force, DateTimeOffset now)
    {
        RefuseOnPostgreSql();
        archivePath = Path.GetFullPath(archivePath);
        if (!File.Exists(archivePath)) throw new BackupRefusedException($"There is no backup at {archivePath}.");
        var target = DatabasePath;
        var targetFolder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(targetFolder);
        var staging = Path.Combine(targetFolder, $".restore-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(staging, "uploads"));
        try
        {
            var manifest = Extract(archivePath, staging);
            var stagedDatabase = Path.Combine(staging, "secretariat.db");
            Check(archivePath, stagedDatabase, manifest);

            var hasData = File.Exists(target) && new FileInfo(target).Length > 0
                          || Directory.Exists(uploadsFolder) && Directory.EnumerateFileSystemEntries(uploadsFolder).Any();
            if (hasData && !force)
                throw new BackupRefusedException(
                    $"{target} or {uploadsFolder} already holds data. Stop the app, then add --force to replace them (the current ones are kept beside them as *.before-restore-*).");
            var suffix = $".before-restore-{now:yyyyMMdd-HHmmss}";
            foreach (var file in new[] { target, target + "-wal", target + "-shm" })
                if (File.Exists(file)) File.Move(file, file + suffix);
            if (Directory.Exists(uploadsFolder)) Directory.Move(uploadsFolder, uploadsFolder.TrimEnd(Path.DirectorySeparatorChar) + suffix);

            File.Move(stagedDatabase, target);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(uploadsFolder))!);
            MoveFolder(Path.Combine(staging, "uploads"), uploadsFolder);
            return manifest;
        }
        finally
        {
            try { Directory.Delete(staging, recursive: true); } catch (DirectoryNotFoundException) { }
        }
    }

    private static void MoveFolder(string from, string to)
    {
        if (Path.GetPathRoot(Path.GetFullPath(from)) == Path.GetPathRoot(Path.GetFullPath(to)))
        {
            try
            {
                Directory.Move(from, to);
                return;
            }
            catch (IOException) { } // another file system: copy instead
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    /// <summary>Reads the manifest and extracts every file it lists into <paramref name="staging"/>, checking each checksum.</summary>
    private static BackupManifest Extract(string archivePath, string staging)
    {
        var name = Path.GetFileName(archivePath);
        try
        {
            using var zip = ZipFile.OpenRead(archivePath);
            var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new BackupRefusedException($"{name} is not a backup of this app: it has no {ManifestEntry}.");
            BackupManifest manifest;
            using (var stream = manifestEntry.Open())
                manifest = JsonSerializer.Deserialize<BackupManifest>(stream, Json)
                           ?? throw new BackupRefusedException($"{name} has an empty {ManifestEntry}.");
            if (manifest.Format != BackupManifest.CurrentFormat || manifest.Database is null || manifest.Tables is null || manifest.Files is null)
                throw new BackupRefusedException($"{name} has a manifest this version cannot read (format '{manifest.Format}').");
            if (manifest.Database.Path != DatabaseEntry)
                throw new BackupRefusedException($"{name}: the manifest names the database '{manifest.Database.Path}', not {DatabaseEntry}.");

            var listed = new HashSet<string>(StringComparer.Ordinal) { ManifestEntry };
            ExtractOne(zip, name, manifest.Database, Path.Combine(staging, "secretariat.db"), listed);
            foreach (var file in manifest.Files)
            {
                var fileName = file.Path.StartsWith(UploadsPrefix, StringComparison.Ordinal) ? file.Path[UploadsPrefix.Length..] : "";
                if (fileName.Length == 0 || fileName != Path.GetFileName(fileName) || fileName is "." or "..")
                    throw new BackupRefusedException($"{name}: the manifest lists '{file.Path}', which is not a file under {UploadsPrefix}.");
                ExtractOne(zip, name, file, Path.Combine(staging, "uploads", fileName), listed);
            }
            if (zip.Entries.FirstOrDefault(e => !listed.Contains(e.FullName)) is { } extra)
                throw new BackupRefusedException($"{name} holds '{extra.FullName}', which its manifest does not list.");
            return manifest;
        }
        catch (InvalidDataException e)
        {
            throw new BackupRefusedException($"{name} is damaged or not a .zip archive: {e.Message}");
        }
        catch (JsonException)
        {
            throw new BackupRefusedException($"{name} has a damaged {ManifestEntry}.");
        }
    }

    private static void ExtractOne(ZipArchive zip, string name, BackupFile file, string to, HashSet<string> listed)
    {
        var entry = zip.GetEntry(file.Path) ?? throw new BackupRefusedException($"{name} is incomplete: {file.Path} is missing.");
        if (!listed.Add(file.Path)) throw new BackupRefusedException($"{name}: the manifest lists {file.Path} twice.");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        using (var source = entry.Open())
        using (var target = File.Create(to))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = source.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                target.Write(buffer, 0, read);
                bytes += read;
            }
        }
        if (bytes != file.Bytes || Convert.ToHexStringLower(hash.GetHashAndReset()) != file.Sha256)
            throw new BackupRefusedException($"{name} is damaged: {file.Path} does not match its checksum in the manifest.");
    }

    /// <summary>The extracted database must pass integrity_check and hold the rows the manifest counted.</summary>
    private static void Check(string archivePath, string database, BackupManifest manifest)
    {
        var name = Path.GetFileName(archivePath);
        try
        {
            // With the name collation, which integrity_check needs to check the indexes on name columns.
            using (var connection = SqliteConnectionSetup.Open(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString()))
            {
                using var check = connection.CreateCommand();
                check.CommandText = "PRAGMA integrity_check;";
                if (check.ExecuteScalar() as string is not "ok")
                    throw new BackupRefusedException($"{name} holds a damaged database: integrity_check failed.");
            }
            var counts = CountRows(database);
            if (counts.Count != manifest.Tables.Count || counts.Any(t => !manifest.Tables.TryGetValue(t.Key, out var n) || n != t.Value))
                throw new BackupRefusedException($"{name}: the database's row counts differ from its manifest.");
        }
        catch (SqliteException e)
        {
            throw new BackupRefusedException($"{name} holds a damaged database: {e.Message}");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
