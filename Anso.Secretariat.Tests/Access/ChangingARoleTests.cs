using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Admin;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Access;

public class ChangingARoleTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task A_viewer_becomes_a_GB_member_of_a_GB_member_organization_and_nothing_else()
    {
        await using var admin = await host.AsAsync(Roles.Administrator);
        var accounts = admin.ServiceProvider.GetRequiredService<UserAdminService>();
        var id = await accounts.CreateAsync(new NewUser { Email = $"v-{Guid.NewGuid():N}@anso.example", DisplayName = "Murat Zhurnov", Password = "A-long-enough-1", Role = Roles.Viewer });
        int boardOrganization, otherOrganization;
        await using (var db = await host.DbAsync())
        {
            boardOrganization = await db.Organizations.Where(o => o.IsBoardMember).Select(o => o.Id).FirstAsync();
            otherOrganization = await db.Organizations.Where(o => !o.IsBoardMember).Select(o => o.Id).FirstAsync();
        }

        var missing = await Assert.ThrowsAsync<ValidationException>(() => accounts.ChangeRoleAsync(id, Roles.BoardMember, null));
        Assert.Contains(missing.Errors, e => e.PropertyName == nameof(NewUser.OrganizationId));
        var notOnBoard = await Assert.ThrowsAsync<ValidationException>(() => accounts.ChangeRoleAsync(id, Roles.BoardMember, otherOrganization));
        Assert.Contains("does not sit on the Governing Board", notOnBoard.Message);

        await accounts.ChangeRoleAsync(id, Roles.BoardMember, boardOrganization);
        var users = admin.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(id))!;
        Assert.Equal([Roles.BoardMember], await users.GetRolesAsync(user));
        Assert.Equal(boardOrganization, user.OrganizationId);
    }

    [Fact]
    public async Task A_secretariat_account_demoted_to_viewer_is_refused_its_next_change_in_a_scope_already_open()
    {
        await using var admin = await host.AsAsync(Roles.Administrator);
        var accounts = admin.ServiceProvider.GetRequiredService<UserAdminService>();
        var id = await accounts.CreateAsync(new NewUser { Email = $"s-{Guid.NewGuid():N}@anso.example", DisplayName = "Lan Secretary", Password = "A-long-enough-1", Role = Roles.Secretariat });
        int organization;
        await using (var db = await host.DbAsync())
            organization = await db.Organizations.Select(o => o.Id).FirstAsync();

        // The open tab: a scope whose sign-in (like a circuit's) still says Secretariat after the demotion.
        await using var tab = await host.AsAccountAsync(id, Roles.Secretariat);
        var register = tab.ServiceProvider.GetRequiredService<MemberRegisterService>();
        await register.AddRepresentativeAsync(organization, "Before Demotion", null, null);

        await accounts.ChangeRoleAsync(id, Roles.Viewer, null);

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => register.AddRepresentativeAsync(organization, "After Demotion", null, null));
        Assert.Equal(AccessRules.Refusal(Operation.ManageOrganizations), refused.Message);
        Assert.NotEmpty(await register.ListAsync(new())); // still a viewer: reading goes on
    }

    [Fact]
    public async Task An_administrator_cannot_take_the_administrator_role_from_themselves()
    {
        await using var admin = await host.AsAsync(Roles.Administrator);
        string myId;
        await using (var db = await host.DbAsync())
            myId = await db.Users.Where(u => u.Email == AccountSeeder.DemoUserNames[Roles.Administrator]).Select(u => u.Id).SingleAsync();
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            admin.ServiceProvider.GetRequiredService<UserAdminService>().ChangeRoleAsync(myId, Roles.Viewer, null));
        Assert.Contains("administrator role from yourself", refused.Message);
    }
}
