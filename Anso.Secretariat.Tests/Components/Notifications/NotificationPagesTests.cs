using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Notifications;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Components.Notifications;

public class NotificationPagesTests : ComponentTest
{
    [Fact]
    public async Task Turning_an_email_off_on_the_notifications_page_records_the_opt_out()
    {
        SignInAs(Roles.BoardMember);
        var page = Render<NotificationsPage>();
        page.WaitForAssertion(() => Assert.Equal(NotificationService.ForUsers.Count, page.FindAll("input[type=checkbox]").Count));
        Assert.Equal(NotificationKind.ListOpenedForReview, NotificationService.ForUsers[0]);

        await page.InvokeAsync(() => page.FindAll("input[type=checkbox]")[0].Change(false));

        await WithDatabaseAsync(async db => page.WaitForAssertion(() =>
            Assert.Equal(NotificationKind.ListOpenedForReview, db.NotificationOptOuts.AsNoTracking().Single().Kind)));
    }

    [Fact]
    public void The_outbox_page_says_when_no_mail_server_is_configured_and_offers_send_again_for_a_failure()
    {
        SignInAs(Roles.Administrator);
        using (var db = Database.CreateContext())
        {
            db.Outbox.Add(new OutboxMessage(NotificationKind.ObjectionRecorded, "secretariat@anso.example", "Objection", "Body", DateTimeOffset.UtcNow));
            db.SaveChanges();
            db.Outbox.ExecuteUpdate(s => s.SetProperty(m => m.LastError, "The mail server refused the message (550): no such user"));
        }

        var page = Render<OutboxPage>();

        Assert.Contains("No mail server is configured", page.Find("[data-testid=no-mail-server]").TextContent);
        page.WaitForAssertion(() => Assert.Contains("550", page.Find("[data-testid=outbox-error]").TextContent));
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains("Send again"));
    }
}
