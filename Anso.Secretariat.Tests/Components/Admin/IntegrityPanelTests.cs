using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Admin;
using Bunit;

namespace Anso.Secretariat.Tests.Components.Admin;

public class IntegrityPanelTests : ComponentTest
{
    public IntegrityPanelTests() => SignInAs(Roles.Administrator);

    [Fact]
    public void The_administrator_verifies_the_record_from_the_users_page_and_reads_that_every_entry_matches()
    {
        var page = Render<UsersPage>();

        page.FindAll("button").Single(b => b.TextContent.Contains("Verify the record")).Click();

        page.WaitForAssertion(() => Assert.Contains("every entry matches", page.Find("[data-testid=integrity-result]").TextContent),
            TimeSpan.FromSeconds(30));
    }
}
