using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Applications;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Shared;

/// <summary>
/// A filter value out of range or of the wrong kind in a list page's address is ignored: the list loads (its data too,
/// which the HTTP test's prerendering does not reach) and shows everything, as without that filter.
/// </summary>
public class AddressesOutOfRangeTests : ComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private IRenderedComponent<TPage> Open<TPage>(string address) where TPage : IComponent
    {
        SignInAs(Roles.Secretariat);
        _ = Providers;
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<TPage>();
    }

    [Theory]
    [InlineData("/applications?state=999&category=abc&meeting=99999999999")]
    [InlineData("/applications?state=-1&category=-5&meeting=0")]
    public void The_applications_list_ignores_them(string address)
    {
        var page = Open<ApplicationsPage>(address);
        page.WaitForAssertion(() => Assert.True(page.FindAll(".applications-grid tbody tr").Count > 1), Wait);
    }

    [Theory]
    [InlineData("/organizations?admitted=-5")]
    [InlineData("/organizations?admitted=99999")]
    [InlineData("/organizations?admittedBy=-5&category=abc&status=999")]
    public void The_register_ignores_them(string address)
    {
        var page = Open<OrganizationsPage>(address);
        page.WaitForAssertion(() => Assert.True(page.FindAll("tbody tr").Count > 1), Wait);
    }

    [Theory]
    [InlineData("/meetings?year=99999")]
    [InlineData("/meetings?year=-1&body=999")]
    [InlineData("/meetings?year=abc")]
    public void The_meetings_list_ignores_them(string address)
    {
        var page = Open<MeetingsPage>(address);
        page.WaitForAssertion(() => Assert.True(page.FindAll("tbody tr").Count > 1), Wait);
    }

    [Theory]
    [InlineData("/decisions?year=99999&meeting=-3&outcome=999&body=Nonsense")]
    public void The_decision_register_opens(string address)
    {
        var page = Open<DecisionsPage>(address);
        page.WaitForAssertion(() => Assert.Contains("No decision matches these filters.", page.Markup), Wait);
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("-5", null)]
    [InlineData("0", null)]
    [InlineData("abc", null)]
    [InlineData("99999999999", null)]
    public void An_id_is_a_positive_whole_number(string value, int? read) => Assert.Equal(read, QueryValues.Id(value));

    [Theory]
    [InlineData("2024", 2024)]
    [InlineData("-5", null)]
    [InlineData("99999", null)]
    [InlineData("0", null)]
    [InlineData("2024.5", null)]
    public void A_year_is_one_a_date_can_have(string value, int? read) => Assert.Equal(read, QueryValues.Year(value));

    [Theory]
    [InlineData("admitted", ApplicationState.Admitted)]
    [InlineData("999", null)]
    [InlineData("0", null)]
    [InlineData("Nonsense", null)]
    public void A_state_is_one_of_its_names(string value, ApplicationState? read) => Assert.Equal(read, QueryValues.Named<ApplicationState>(value));
}
