using Anso.Secretariat.App.Components.Layout;
using Anso.Secretariat.App.Features.Account;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Layout;

/// <summary>
/// The layout stays on screen for the whole circuit, so each component in it is memory held per user (README, "Memory per
/// circuit"): its navigation and app bar are plain markup with MudBlazor's classes, and keep their names and roles.
/// </summary>
public class LayoutComponentsTests : ComponentTest
{
    // The app's own policies answer which sections a role is offered, not bunit's stand-in (which knows no policy).
    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddAuthorizationCore(AccessRules.AddOperationPolicies);
        services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
    }

    private IRenderedComponent<MainLayout> RenderAt(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "The page"))));
    }

    [Fact]
    public void The_navigation_marks_the_current_section_and_offers_what_the_role_may_use()
    {
        SignInAs(Roles.Secretariat);
        var layout = RenderAt("/applications?state=Admitted");

        // The sections a role may use are known once the policies have answered.
        layout.WaitForAssertion(() => Assert.Equal(
            [("Dashboard", "/"), ("Applications", "/applications"), ("Meetings", "/meetings"), ("Organizations", "/organizations"),
                ("Decisions", "/decisions"), ("Import", "/import")],
            layout.FindAll("nav[aria-label=Main] a.mud-nav-link").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")))));
        var nav = layout.Find("nav[aria-label=Main]");
        var current = Assert.Single(nav.QuerySelectorAll("a.active"));
        Assert.Equal("/applications", current.GetAttribute("href"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.All(nav.QuerySelectorAll("a.mud-nav-link svg"), icon => Assert.Equal("true", icon.GetAttribute("aria-hidden")));
    }

    [Fact]
    public void The_dashboard_link_is_current_only_on_the_dashboard_and_an_administrator_sees_the_administration()
    {
        SignInAs(Roles.Administrator);
        var layout = RenderAt("/");

        layout.WaitForAssertion(() => Assert.Contains(layout.FindAll("nav a.mud-nav-link"), a => a.TextContent.Trim() == "Users"));
        var nav = layout.Find("nav[aria-label=Main]");
        Assert.Equal("/", Assert.Single(nav.QuerySelectorAll("a.active")).GetAttribute("href"));
        var names = nav.QuerySelectorAll("a.mud-nav-link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Outbox", names);
        Assert.DoesNotContain("GB review", names);
    }

    [Fact]
    public void The_app_bar_and_navigation_hold_no_MudBlazor_component_for_what_is_only_markup()
    {
        SignInAs(Roles.Secretariat);
        var layout = RenderAt("/applications");

        Assert.Equal("Menu", layout.Find("header button.menu-button").GetAttribute("aria-label"));
        Assert.Equal(["Notifications", "Password"], layout.FindAll("header .user-menu a.mud-button").Select(a => a.TextContent.Trim()));
        Assert.Equal("Sign out", layout.Find("header .user-menu form button[type=submit]").TextContent.Trim());
        Assert.Empty(layout.FindComponents<MudBlazor.MudNavLink>());
        Assert.Empty(layout.FindComponents<MudBlazor.MudNavMenu>());
        Assert.Empty(layout.FindComponents<MudBlazor.MudAppBar>());
        Assert.Empty(layout.FindComponents<MudBlazor.MudButton>());
        Assert.Single(layout.FindComponents<Microsoft.AspNetCore.Components.Authorization.AuthorizeView>()); // the app bar's; the navigation asks the policies itself
        var components = layout.FindComponents<IComponent>().Count;
        Assert.True(components < 40, $"The layout holds {components} components.");
    }

    [Fact]
    public void The_menu_button_opens_and_closes_the_drawer()
    {
        SignInAs(Roles.Viewer);
        var layout = RenderAt("/");
        bool Open() => layout.Find("aside.mud-drawer").ClassList.Contains("mud-drawer--open");
        var wasOpen = Open();

        layout.Find("header button.menu-button").Click();
        layout.WaitForAssertion(() => Assert.Equal(!wasOpen, Open()));

        layout.Find("header button.menu-button").Click();
        layout.WaitForAssertion(() => Assert.Equal(wasOpen, Open()));
    }
}
