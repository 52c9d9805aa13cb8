using System.Security.Claims;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Admin;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Access;

/// <summary>
/// A circuit keeps its account check for a few seconds, yet a disabled or demoted account is refused at its next call on
/// the instance that changed it, and on another instance once those seconds are over.
/// </summary>
public class CheckingTheAccountOnEveryCallTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private async Task<(UserAdminService Accounts, AsyncServiceScope Admin, string Id)> NewAccountAsync(string role)
    {
        var admin = await host.AsAsync(Roles.Administrator);
        var accounts = admin.ServiceProvider.GetRequiredService<UserAdminService>();
        var id = await accounts.CreateAsync(new NewUser { Email = $"c-{Guid.NewGuid():N}@anso.example", DisplayName = "Chen Check", Password = "A-long-enough-1", Role = role });
        return (accounts, admin, id);
    }

    [Fact]
    public async Task A_disabled_account_is_refused_at_its_next_call_on_this_instance()
    {
        var (accounts, admin, id) = await NewAccountAsync(Roles.Viewer);
        await using var _ = admin;
        await using var tab = await host.AsAccountAsync(id, Roles.Viewer); // an open circuit
        var user = tab.ServiceProvider.GetRequiredService<CurrentUser>();
        await user.RequireAsync(Operation.ReadRecords); // the check is now held

        await accounts.SetDisabledAsync(id, true);

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => user.RequireAsync(Operation.ReadRecords));
        Assert.Contains("disabled", refused.Message);
    }

    [Fact]
    public async Task A_demoted_account_is_refused_at_its_next_call_on_this_instance()
    {
        var (accounts, admin, id) = await NewAccountAsync(Roles.Secretariat);
        await using var _ = admin;
        await using var tab = await host.AsAccountAsync(id, Roles.Secretariat);
        var user = tab.ServiceProvider.GetRequiredService<CurrentUser>();
        await user.RequireAsync(Operation.ManageApplications);

        await accounts.ChangeRoleAsync(id, Roles.Viewer, null);

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => user.RequireAsync(Operation.ManageApplications));
        Assert.Equal(AccessRules.Refusal(Operation.ManageApplications), refused.Message);
        Assert.Equal([Roles.Viewer], (await user.RequireAsync(Operation.ReadRecords)).Roles);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_another_instance_a_disabled_or_demoted_account_is_refused_once_its_check_is_due_again(bool disable)
    {
        var (accounts, admin, id) = await NewAccountAsync(Roles.Secretariat);
        await using var _ = admin;
        // The other instance: its own signal, which hears nothing of this one's changes, and its own clock.
        var clock = new FakeTime();
        var elsewhere = new CurrentUser(clock, new ServiceCollection().BuildServiceProvider(),
            host.Services.GetRequiredService<IDbContextFactory<SecretariatDbContext>>(), new AccountChanges(TimeSpan.FromSeconds(5)));
        elsewhere.UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, Roles.Secretariat)], "test")));
        await elsewhere.RequireAsync(Operation.ManageApplications);

        if (disable) await accounts.SetDisabledAsync(id, true);
        else await accounts.ChangeRoleAsync(id, Roles.Viewer, null);

        await elsewhere.RequireAsync(Operation.ManageApplications); // the check it holds is still in its time
        clock.Advance(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<AccessDeniedException>(() => elsewhere.RequireAsync(Operation.ManageApplications));
    }
}
