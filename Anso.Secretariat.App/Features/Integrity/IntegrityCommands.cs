using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Data.Integrity;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Integrity;

/// <summary>
/// The operator's <c>verify</c> verb: walks every hash chain (history, decisions, minutes approvals) and prints, per broken
/// chain, the first entry that does not match. Reads only. Exit code 0 when intact, 1 on a mismatch or an unusable database.
/// </summary>
public static class IntegrityCommands
{
    public static bool IsCommand(string[] args) => args is ["verify", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = SecretariatApp.CreateBuilder([.. args.Skip(1)]).Configuration;
        try
        {
            var options = new DbContextOptionsBuilder<SecretariatDbContext>();
            DatabaseTarget.FromConfiguration(configuration).Configure(options);
            await using var db = new SecretariatDbContext(options.Options);
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                error.WriteLine("The database is older than this version of the app: start the app once to bring it up to date, then verify.");
                return 1;
            }
            var report = await ChainVerifier.VerifyAsync(db);
            // The operator's console speaks English, whatever the server's culture.
            output.WriteLine(IntegrityWording.Describe(report, Wording.English));
            foreach (var found in report.Breaks) output.WriteLine(IntegrityWording.Describe(found, Wording.English));
            return report.IsIntact ? 0 : 1;
        }
        catch (Exception e) when (e is DatabaseUnavailableException or System.Data.Common.DbException)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }
}
