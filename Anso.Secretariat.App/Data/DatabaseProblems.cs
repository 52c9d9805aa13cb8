using Microsoft.Data.Sqlite;

namespace Anso.Secretariat.App.Data;

/// <summary>The database cannot be used at all (not a database, damaged, read-only, no folder). The message is one line for the operator: what, where, what to do.</summary>
public sealed class DatabaseUnavailableException(string message) : Exception(message);

/// <summary>Turns SQLite's and the file system's errors at start-up into a <see cref="DatabaseUnavailableException"/>. SQLite's, and PostgreSQL's at start-up: it lives in Data/.</summary>
public static class DatabaseProblems
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html).
    private const int ReadOnly = 8, IoError = 10, Corrupt = 11, CantOpen = 14, NotADatabase = 26;

    public static DatabaseUnavailableException FolderCannotBeCreated(string folder, Exception error) =>
        new($"Cannot create the database folder {folder} ({error.Message}). Create it with write access for the app, or set ConnectionStrings:Secretariat to a file in a folder the app can write.");

    public static DatabaseUnavailableException Damaged(string path, string detail) =>
        new($"The database {path} is damaged ({OneLine(detail)}). Stop the app and restore the last backup: restore --from FILE.zip --force.");

    /// <summary>PostgreSQL cannot be reached or refuses the app (not running, wrong password, no such database).</summary>
    public static DatabaseUnavailableException PostgreSqlUnavailable(DatabaseTarget database, Exception error) =>
        new($"Cannot use the {database.Describe()} ({OneLine(error.Message)}). Check that the server runs, the database exists (createdb) and ConnectionStrings:Secretariat names a user that may create tables in it.");

    public static DatabaseUnavailableException? Describe(Exception error, string path) => error switch
    {
        SqliteException { SqliteErrorCode: NotADatabase } =>
            new($"{path} is not a SQLite database. Point ConnectionStrings:Secretariat at the secretariat's database, or move this file away to start a new one."),
        SqliteException { SqliteErrorCode: Corrupt } e => Damaged(path, e.Message),
        SqliteException { SqliteErrorCode: ReadOnly } =>
            new($"The database {path} is read-only. The app must be able to write the file and its folder (for the -wal and -shm files): change their owner or permissions."),
        SqliteException { SqliteErrorCode: CantOpen or IoError } e =>
            new($"Cannot open the database {path} ({e.Message}). Check that the file and its folder exist and the app may read and write them."),
        UnauthorizedAccessException or IOException =>
            new($"Cannot use the database {path} ({error.Message}). Check that the file and its folder exist and the app may read and write them."),
        _ => null,
    };

    /// <summary>Opens the database with the app's pragmas, runs quick_check and writes its header once, or throws what is wrong.</summary>
    public static void EnsureUsable(string connectionString, string path)
    {
        using var connection = SqliteConnectionSetup.Open(connectionString);
        if (QuickCheck(connection) is { } damage) throw Damaged(path, $"quick_check: {damage}");
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt64(command.ExecuteScalar());
        command.CommandText = $"PRAGMA user_version = {version};"; // a write that changes nothing: is the file writable?
        command.ExecuteNonQuery();
    }

    /// <summary>SQLite's own text (quick_check's "*** in database main ***" and the like) on one short line.</summary>
    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 200 ? line : line[..200] + "…";
    }

    /// <summary>Runs PRAGMA quick_check; returns null when the database is sound, otherwise SQLite's first complaint.</summary>
    public static string? QuickCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check;";
        using var reader = command.ExecuteReader();
        var first = reader.Read() ? reader.GetString(0) : "no answer";
        return first == "ok" ? null : first;
    }
}
