using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Common;
using Microsoft.Extensions.Localization;

namespace Anso.Secretariat.App.Features.Backup;

public static class BackupEndpoints
{
    public const string Download = "/admin/backup.zip";

    /// <summary>An administrator downloads a backup made on the spot (the same archive as <c>backup --to FILE</c>).</summary>
    public static void MapBackupDownload(this IEndpointRouteBuilder app) =>
        app.MapGet(Download, async (HttpContext http, CurrentUser user, DatabaseBackup backup, SecretariatTime time, ILoggerFactory logs) =>
        {
            await user.RequireAsync(Operation.ManageUsers); // the role as it is now, not as the cookie remembers it
            var at = time.InZone(time.Now);
            var file = Path.Combine(Path.GetTempPath(), $"anso-download-{Guid.NewGuid():N}.zip");
            try
            {
                await backup.WriteAsync(file, at, http.RequestAborted);
            }
            catch (BackupRefusedException e)
            {
                logs.CreateLogger(typeof(BackupEndpoints)).LogError("Backup download failed: {Reason}", e.Message);
                return Results.Text(BackupText.Current["CouldNotBeMade", e.Message].Value, statusCode: StatusCodes.Status500InternalServerError);
            }
            http.Response.Headers.CacheControl = "no-store";
            var content = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.DeleteOnClose);
            return Results.File(content, "application/zip", DatabaseBackup.FileNameFor(at));
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Administrator));
}
