using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.App.Features.Backup;

/// <summary>
/// The operator's command-line verbs: <c>backup --to FILE</c> (while the app may be running) and
/// <c>restore --from FILE [--force]</c> (with the app stopped). Each answers in one line; the exit code is 0 or 1.
/// </summary>
public static class BackupCommands
{
    public static bool IsCommand(string[] args) => args is ["backup" or "restore", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var verb = args[0];
        string? file = null;
        var force = false;
        var settings = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] is "--to" or "--from" && i + 1 < args.Length) file = args[++i];
            else if (args[i] == "--force") force = true;
            else settings.Add(args[i]);
        }
        if (file is null)
        {
            error.WriteLine(verb == "backup" ? "Say where to write the backup: backup --to FILE.zip" : "Say which backup to restore: restore --from FILE.zip [--force]");
            return 2;
        }

        var configuration = SecretariatApp.CreateBuilder([.. settings]).Configuration;
        try
        {
            var database = DatabaseTarget.FromConfiguration(configuration);
            var backup = new DatabaseBackup(database, new DocumentStore(configuration, database).Folder);
            var time = new SecretariatTime(TimeProvider.System, SecretariatTime.FindZone(configuration["Secretariat:TimeZone"]));
            if (verb == "backup")
            {
                var manifest = await backup.WriteAsync(file, time.Now);
                output.WriteLine($"Backup written to {Path.GetFullPath(file)}: {Describe(manifest)}.");
            }
            else
            {
                var manifest = backup.Restore(file, force, time.InZone(time.Now));
                output.WriteLine($"Restored {Path.GetFullPath(file)} (made {time.InZone(manifest.CreatedAt):d MMM yyyy HH:mm}): {Describe(manifest)}.");
            }
            return 0;
        }
        catch (Exception e) when (e is BackupRefusedException or DatabaseUnavailableException)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }

    private static string Describe(BackupManifest manifest) =>
        $"{manifest.Tables.Count} tables, {manifest.Tables.Values.Sum()} rows, {manifest.Files.Count} uploaded files";
}
