using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Admin;
using Bunit;

namespace Anso.Secretariat.Tests.Components.Admin;

public class BackupPanelTests : ComponentTest
{
    public BackupPanelTests() => SignInAs(Roles.Administrator);

    [Fact]
    public void The_users_page_offers_the_administrator_a_backup_download_as_a_plain_download()
    {
        var page = Render<UsersPage>();

        var link = page.FindAll("a").Single(a => a.TextContent.Contains("Download a backup"));
        Assert.Equal("/admin/backup.zip", link.GetAttribute("href"));
        Assert.Equal("false", link.GetAttribute("data-enhance-nav"));
        Assert.True(link.HasAttribute("download"));
    }
}
