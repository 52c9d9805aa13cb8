using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Notifications;
using Anso.Secretariat.App.Features.Review;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Notifications;

/// <summary>The outbox against a real SMTP server on loopback: nothing lost, nothing sent twice, retried with backoff.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private readonly EmailHost host = new();
    private const string Secretariat = "secretariat@anso.example";

    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    /// <summary>A GB member objects to an application on the 10th GB's list: one email to the secretariat.</summary>
    private async Task ObjectAsync()
    {
        int meetingId, applicationId;
        await using (var db = await host.DbAsync())
        {
            var gb10 = await db.Meetings.SingleAsync(m => m.Body == MeetingBody.GoverningBoard && m.Number == 10);
            meetingId = gb10.Id;
            applicationId = await db.Applications.Where(a => a.ListedAtMeetingId == gb10.Id && a.State == ApplicationState.ListedForBoard)
                .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        }
        await using var scope = await host.AsAsync(Roles.BoardMember);
        await scope.ServiceProvider.GetRequiredService<ReviewService>().RecordPositionAsync(meetingId, applicationId, Position.Object, "Too early.");
    }

    [Fact]
    public async Task A_message_is_saved_with_the_change_and_a_fresh_sender_sends_it_once_after_a_crash_before_sending()
    {
        await ObjectAsync(); // the app "crashes" here: no sender ran

        var queued = Assert.Single(await host.OutboxAsync());
        Assert.Equal(Secretariat, queued.To);
        Assert.Null(queued.SentAt);

        Assert.Equal(1, await host.NewSender().SendDueAsync());
        Assert.Equal(0, await host.NewSender().SendDueAsync());
        Assert.Single(host.Smtp.To(Secretariat));
        Assert.NotNull(Assert.Single(await host.OutboxAsync()).SentAt);
    }

    [Fact]
    public async Task A_refused_change_writes_no_message()
    {
        int meetingId;
        await using (var db = await host.DbAsync())
            meetingId = await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == 10).Select(m => m.Id).SingleAsync();
        await using var scope = await host.AsAsync(Roles.Secretariat);
        var meetings = scope.ServiceProvider.GetRequiredService<MeetingService>();
        var board = await host.AccountAsync(Roles.BoardMember);
        var meeting = (await meetings.FindAsync(meetingId))!;
        await meetings.AddParticipantsAsync(meetingId, meeting.Version,
            [new NewParticipant("Prof. A", board.OrganizationId, null, null, ParticipantRole.MemberRepresentative, Attendance.OnSite)]);

        // Publishing on the version read before the participant was added: the stale save is refused, and so is its email.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => meetings.PublishAgendaAsync(meetingId, meeting.Version));
        Assert.Empty(await host.OutboxAsync());
    }

    [Fact]
    public async Task A_sender_that_dies_after_its_claim_leaves_the_message_to_another_once_the_lease_ends()
    {
        await ObjectAsync();
        var dying = host.NewSender();
        dying.AfterClaim = _ => throw new OperationCanceledException("the process died");
        await Assert.ThrowsAsync<OperationCanceledException>(() => dying.SendDueAsync());

        Assert.Equal(0, await host.NewSender().SendDueAsync()); // still claimed: nobody else takes it yet
        Assert.Empty(host.Smtp.Received);

        host.Clock.Advance(OutboxSender.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await host.NewSender().SendDueAsync());
        Assert.Equal(0, await host.NewSender().SendDueAsync());
        Assert.Single(host.Smtp.To(Secretariat));
    }

    [Fact]
    public async Task A_message_marked_sent_is_never_sent_again()
    {
        await ObjectAsync();
        await host.NewSender().SendDueAsync();
        var sent = Assert.Single(await host.OutboxAsync());

        host.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await host.NewSender().SendDueAsync());
        await using var scope = await host.AsAsync(Roles.Administrator);
        await Assert.ThrowsAsync<DomainException>(() => scope.ServiceProvider.GetRequiredService<NotificationService>().SendAgainAsync(sent.Id));
        Assert.Single(host.Smtp.Received);
    }

    [Fact]
    public async Task Two_senders_at_once_send_each_message_once()
    {
        await ObjectAsync();
        await using (var db = await host.DbAsync())
        {
            for (var i = 0; i < 20; i++)
                db.Outbox.Add(new OutboxMessage(NotificationKind.ObjectionRecorded, $"person{i}@anso.example", $"Test {i}", "Body", host.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        var counts = await Task.WhenAll(host.NewSender().SendDueAsync(), host.NewSender().SendDueAsync());

        Assert.Equal(21, counts.Sum());
        Assert.Equal(21, host.Smtp.Received.Count);
        Assert.Equal(21, host.Smtp.Received.Select(r => r.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task A_message_survives_a_server_that_refuses_it_twice_then_accepts_it()
    {
        await ObjectAsync();
        host.Smtp.RefuseNext(2);

        Assert.Equal(0, await host.NewSender().SendDueAsync());
        var first = Assert.Single(await host.OutboxAsync());
        Assert.Contains("451", first.LastError);
        Assert.Equal(host.Clock.GetUtcNow() + OutboxSender.Backoff(1), first.NextAttemptAt);
        Assert.Equal(0, await host.NewSender().SendDueAsync()); // not due before its backoff

        host.Clock.Advance(OutboxSender.Backoff(1));
        Assert.Equal(0, await host.NewSender().SendDueAsync());
        host.Clock.Advance(OutboxSender.Backoff(2));
        Assert.Equal(1, await host.NewSender().SendDueAsync());

        var sent = Assert.Single(await host.OutboxAsync());
        Assert.Equal(3, sent.Attempts);
        Assert.NotNull(sent.SentAt);
        Assert.Null(sent.LastError);
        Assert.Single(host.Smtp.To(Secretariat));
    }

    [Fact]
    public async Task Without_a_mail_server_configured_nothing_is_sent_and_messages_wait()
    {
        await ObjectAsync();
        var unconfigured = new OutboxSender(host.Get<IDbContextFactory<SecretariatDbContext>>(), new EmailSettings(), host.Get<SecretariatTime>());

        Assert.Equal(0, await unconfigured.SendDueAsync());
        Assert.Null(Assert.Single(await host.OutboxAsync()).SentAt);
        await using var scope = await host.AsAsync(Roles.Administrator);
        Assert.False(new NotificationService(host.Get<IDbContextFactory<SecretariatDbContext>>(), scope.ServiceProvider.GetRequiredService<CurrentUser>(),
            host.Get<SecretariatTime>(), new EmailSettings()).IsSendingConfigured);
    }
}
