using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Notifications;
using Anso.Secretariat.Tests.Components;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The notifications screens as a user who chose Chinese: the user's own choices, and the administrator's outbox.</summary>
public class NotificationsInChineseTests : ComponentTest
{
    [Fact]
    public void The_notifications_page_is_in_Chinese()
    {
        InChinese.Use();
        SignInAs(Roles.BoardMember);
        var page = Render<NotificationsPage>();
        page.WaitForAssertion(() => Assert.Equal(NotificationService.ForUsers.Count, page.FindAll("input[type=checkbox]").Count));

        Assert.Empty(InChinese.EnglishLeftIn<NotificationsText>(page.Nodes));
        Assert.Contains("电子邮件", page.Markup);
        Assert.Contains("（发送给理事会成员）", page.Markup);
        Assert.Contains("显示我的日历地址", page.Markup);
    }

    [Fact]
    public void The_outbox_is_in_Chinese_and_the_emails_stay_English()
    {
        InChinese.Use();
        SignInAs(Roles.Administrator);
        using (var db = Database.CreateContext())
        {
            db.Outbox.Add(new OutboxMessage(NotificationKind.ObjectionRecorded, "secretariat@anso.example", "Objection", "Body", DateTimeOffset.UtcNow));
            db.SaveChanges();
            db.Outbox.ExecuteUpdate(s => s.SetProperty(m => m.LastError, "The mail server refused the message (550): no such user"));
        }

        var page = Render<OutboxPage>();
        page.WaitForAssertion(() => Assert.Contains("550", page.Find("[data-testid=outbox-error]").TextContent));

        Assert.Empty(InChinese.EnglishLeftIn<NotificationsText>(page.Nodes));
        Assert.Contains("未配置邮件服务器", page.Find("[data-testid=no-mail-server]").TextContent);
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains("重新发送"));
        Assert.Contains("发给申请方的邮件", page.Markup);
        Assert.Contains("Your application to ANSO has been received", page.Markup); // the email's own wording
    }
}
