using AngleSharp.Dom;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Admin;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Admin;

public class UsersPageTests : ComponentTest
{
    private const string AdministratorId = "administrator-test"; // SignedIn's test administrator

    public UsersPageTests() => SignInAs(Roles.Administrator);

    [Fact]
    public async Task The_list_shows_each_account_with_its_role_organization_and_state_and_no_button_on_your_own()
    {
        var (organizationId, organizationName) = await FirstBoardOrganizationAsync();
        await CreateAccountAsync("gb.member@anso.example", "Nebojša Lalić", Roles.BoardMember, organizationId);
        await CreateAccountAsync("former@anso.example", "Former Officer", Roles.Secretariat, disabled: true);
        // The signed-in administrator's account already holds its role (SignedIn): the services read it from the database.

        var page = Render<UsersPage>();

        var member = Row(page, "gb.member@anso.example");
        Assert.Contains("Nebojša Lalić", member.TextContent);
        Assert.Contains("GB member", member.TextContent);
        Assert.Contains(organizationName, member.TextContent);
        Assert.Contains("Active", member.TextContent);
        Assert.Equal(["Change role", "Disable"], Buttons(member));

        var former = Row(page, "former@anso.example");
        Assert.Contains("Disabled", former.TextContent);
        Assert.Equal(["Change role", "Enable"], Buttons(former));

        var mine = Row(page, "administrator-test@anso.example");
        Assert.Contains("your account", mine.TextContent);
        Assert.Empty(Buttons(mine));
    }

    [Fact]
    public void A_refused_account_shows_each_servers_message_under_its_field()
    {
        var page = Render<UsersPage>();
        Field(page, "Email").QuerySelector("input")!.Change("not-an-email");
        Field(page, "Initial password").QuerySelector("input")!.Change("short");

        page.FindAll("button").Single(b => b.TextContent.Trim() == "Create account").Click();

        page.WaitForAssertion(() => Assert.Contains("The account was not created", page.Find("[role=alert]").TextContent));
        Assert.Equal("Enter the person's name.", ErrorUnder(page, "Name"));
        Assert.Equal("Enter a valid email address, like name@example.org.", ErrorUnder(page, "Email"));
        Assert.Equal("A password needs at least 10 characters.", ErrorUnder(page, "Initial password"));
        Assert.Equal("not-an-email", Field(page, "Email").QuerySelector("input")!.GetAttribute("value")); // what was typed stays
    }

    [Fact]
    public async Task A_GB_member_without_an_organization_is_refused_next_to_the_organization_field()
    {
        await AccountSeeder.SeedAsync(Services, new ConfigurationBuilder().Build()); // the four roles
        var page = Render<UsersPage>();
        Assert.Empty(Fields(page, "GB member organization")); // only a GB member represents one

        Field(page, "Name").QuerySelector("input")!.Change("Nebojša Lalić");
        Field(page, "Email").QuerySelector("input")!.Change("nebojsa@anso.example");
        Field(page, "Initial password").QuerySelector("input")!.Change("Positions-2026-GB");
        await ChooseAsync(page, "Role", "GB member");
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Create account").Click();

        page.WaitForAssertion(() =>
            Assert.Equal("A GB member represents a GB member organization: choose it.", ErrorUnder(page, "GB member organization")));
        Assert.Null(ErrorUnder(page, "Email"));
        await WithDatabaseAsync(async db => Assert.False(await db.Users.AnyAsync(u => u.Email == "nebojsa@anso.example")));
    }

    [Fact]
    public async Task A_created_GB_member_appears_in_the_list_with_the_organization_chosen()
    {
        await AccountSeeder.SeedAsync(Services, new ConfigurationBuilder().Build());
        var (_, organizationName) = await FirstBoardOrganizationAsync();
        var page = Render<UsersPage>();

        Field(page, "Name").QuerySelector("input")!.Change("Nebojša Lalić");
        Field(page, "Email").QuerySelector("input")!.Change("nebojsa@anso.example");
        Field(page, "Initial password").QuerySelector("input")!.Change("Positions-2026-GB");
        await ChooseAsync(page, "Role", "GB member");
        await ChooseAsync(page, "GB member organization", organizationName);
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Create account").Click();

        page.WaitForAssertion(() => Assert.Contains(organizationName, Row(page, "nebojsa@anso.example").TextContent));
        Providers.WaitForAssertion(() => Assert.Contains("Account created for nebojsa@anso.example.", Providers.Markup));
        Assert.Equal("", Field(page, "Email").QuerySelector("input")!.GetAttribute("value") ?? ""); // the form is ready for the next one
    }

    [Fact]
    public async Task Disabling_asks_first_and_cancel_changes_nothing()
    {
        await CreateAccountAsync("leaving@anso.example", "Leaving Officer", Roles.Secretariat);
        _ = Providers;
        var page = Render<UsersPage>();

        Buttons(page, Row(page, "leaving@anso.example"), "Disable").Click();
        Providers.WaitForAssertion(() => Assert.Contains("They are signed out and cannot sign in until enabled again.", Providers.Markup));
        Providers.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        await WithDatabaseAsync(async db => Assert.False((await db.Users.SingleAsync(u => u.Email == "leaving@anso.example")).IsDisabled));

        Buttons(page, Row(page, "leaving@anso.example"), "Disable").Click();
        Providers.WaitForAssertion(() => Providers.FindAll("button").Single(b => b.TextContent.Trim() == "Disable").Click());

        page.WaitForAssertion(() => Assert.Contains("Disabled", Row(page, "leaving@anso.example").TextContent));
        Providers.WaitForAssertion(() => Assert.Contains("leaving@anso.example is disabled.", Providers.Markup));
        await WithDatabaseAsync(async db => Assert.True((await db.Users.SingleAsync(u => u.Email == "leaving@anso.example")).IsDisabled));
    }

    [Fact]
    public async Task Change_role_in_a_dialog_refuses_a_GB_member_without_organization_then_saves_the_new_role()
    {
        await AccountSeeder.SeedAsync(Services, new ConfigurationBuilder().Build());
        await CreateAccountAsync("officer@anso.example", "Officer", Roles.Secretariat);
        _ = Providers;
        var page = Render<UsersPage>();

        Buttons(page, Row(page, "officer@anso.example"), "Change role").Click();
        Providers.WaitForAssertion(() => Assert.Contains("Change the role of Officer", Providers.Markup));
        await ChooseAsync(Providers, "New role", "GB member");
        Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Change role").Click();
        Providers.WaitForAssertion(() =>
            Assert.Equal("A GB member represents a GB member organization: choose it.", ErrorUnder(Providers, "GB member organization")));

        await ChooseAsync(Providers, "New role", "Viewer");
        Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Change role").Click();

        page.WaitForAssertion(() => Assert.Contains("Viewer", Row(page, "officer@anso.example").TextContent));
        Providers.WaitForAssertion(() => Assert.Contains("officer@anso.example has a new role.", Providers.Markup));
        Assert.Empty(Providers.FindAll(".mud-dialog"));
    }

    [Fact]
    public async Task Change_role_starts_from_the_GB_members_own_organization()
    {
        var (organizationId, organizationName) = await FirstBoardOrganizationAsync();
        await CreateAccountAsync("gb.member@anso.example", "Nebojša Lalić", Roles.BoardMember, organizationId);
        _ = Providers;
        var page = Render<UsersPage>();

        Buttons(page, Row(page, "gb.member@anso.example"), "Change role").Click();

        Providers.WaitForAssertion(() => Assert.Contains("is now GB member", Providers.Find(".mud-dialog").TextContent));
        Assert.Equal(organizationName, Field(Providers, "GB member organization").QuerySelector("input")!.GetAttribute("value"));
    }

    private async Task<(int Id, string Name)> FirstBoardOrganizationAsync()
    {
        (int, string) first = default;
        await WithDatabaseAsync(async db => first = await db.Organizations.Where(o => o.IsBoardMember).OrderBy(o => o.Name)
            .Select(o => new ValueTuple<int, string>(o.Id, o.Name)).FirstAsync());
        return first;
    }

    private async Task CreateAccountAsync(string email, string name, string role, int? organizationId = null, bool disabled = false)
    {
        await AccountSeeder.SeedAsync(Services, new ConfigurationBuilder().Build());
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = name, OrganizationId = organizationId, IsDisabled = disabled };
        Assert.True((await users.CreateAsync(user, "Password-2026-x")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }


    private static IElement Row(IRenderedComponent<IComponent> page, string email) =>
        page.FindAll("tbody tr").Single(r => r.TextContent.Contains(email));

    private static string[] Buttons(IElement row) => [.. row.QuerySelectorAll("button").Select(b => b.TextContent.Trim())];

    private static IElement Buttons(IRenderedComponent<UsersPage> page, IElement row, string text) =>
        row.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>The MudBlazor input control whose label reads <paramref name="label"/>: its input, and the message under it.</summary>
    internal static IElement Field(IRenderedComponent<IComponent> view, string label) => Fields(view, label).Single();

    internal static IReadOnlyList<IElement> Fields(IRenderedComponent<IComponent> view, string label) =>
        [.. view.FindAll(".mud-input-control").Where(c => c.QuerySelector("label")?.TextContent.Trim() == label)];

    /// <summary>The server's message under the field, or null.</summary>
    internal static string? ErrorUnder(IRenderedComponent<IComponent> view, string label) =>
        Field(view, label).QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();

    /// <summary>Opens a MudSelect and picks an option, as a person does: the options appear in the popover provider.</summary>
    private async Task ChooseAsync(IRenderedComponent<IComponent> view, string label, string option)
    {
        Field(view, label).QuerySelector(".mud-select-input, .mud-input")!.MouseDown();
        Providers.WaitForAssertion(() => Assert.Contains(Providers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == option));
        await Providers.InvokeAsync(() => Providers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == option).Click());
    }
}
