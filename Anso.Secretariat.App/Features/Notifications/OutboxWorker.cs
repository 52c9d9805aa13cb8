using Anso.Secretariat.App.Data;

namespace Anso.Secretariat.App.Features.Notifications;

/// <summary>
/// In the background, every few seconds (Email:PollSeconds): queues the scheduled emails (reminders, the objections
/// digest) and sends what is due. A user's action only writes to the outbox; it never waits for a mail server.
/// </summary>
public sealed class OutboxWorker(IServiceProvider services, EmailSettings settings, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.IsConfigured) logger.LogInformation("Email:Host is not set: emails wait in the outbox and are not sent.");
        while (!stoppingToken.IsCancellationRequested)
        {
            // The wait comes first: at start-up the first pages are served before the outbox's queries (README, Start-up).
            try { await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, settings.PollSeconds)), stoppingToken); }
            catch (OperationCanceledException) { return; }
            try
            {
                await services.GetRequiredService<ScheduledNotices>().QueueAsync(stoppingToken);
                await services.GetRequiredService<OutboxSender>().SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) when (e is StorageUnavailableException or Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "The outbox could not be read or updated; trying again later.");
            }
        }
    }
}
