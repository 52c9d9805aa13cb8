using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Members;

/// <summary>The organization page's service: profile, membership history, editing with validation and concurrency.</summary>
public class EditingTheRegisterTests : DemoDataTest
{
    private async Task<Organization> OrganizationAsync(string acronym)
    {
        await using var db = Database.CreateContext();
        return await db.Organizations.AsNoTracking().SingleAsync(o => o.Acronym == acronym);
    }

    [Fact]
    public async Task The_profile_has_the_representatives_and_every_application_with_its_history()
    {
        var sasa = await OrganizationAsync("SASA");

        var profile = await Services.Register.FindAsync(sasa.Id);

        Assert.NotNull(profile);
        Assert.Equal("Nebojša Lalić", Assert.Single(profile.Organization.Representatives).Name);
        var application = Assert.Single(profile.Applications);
        Assert.Contains(application.History, h => h.Action == ApplicationAction.Endorse && h.Meeting!.ShortName == "2nd GB");
        Assert.Contains(application.History, h => h.Action == ApplicationAction.AdmitAsFullMember && h.Meeting!.ShortName == "2nd GA");
        Assert.Null(await Services.Register.FindAsync(987654));
    }

    [Fact]
    public async Task Invalid_details_are_refused_with_a_message_for_each_field()
    {
        var ub = await OrganizationAsync("UDG");
        var details = OrganizationDetails.Of(ub);
        details.ContactEmail = "not-an-address";
        details.Name = "University of BELGRADE"; // another organization's name, once moved to the same country
        details.CountryCode = "RS";

        var e = await Assert.ThrowsAsync<ValidationException>(() => Services.Register.EditAsync(ub.Id, ub.Version, details));

        var byField = e.Errors.ToDictionary(x => x.PropertyName, x => x.ErrorMessage);
        Assert.Equal("Enter a valid email address, like name@example.org.", byField["ContactEmail"]);
        Assert.Matches(@"^University of Belgrade \(Serbia\) is already in the register as organization no\. \d+\.$", byField["Name"]);
        Assert.Equal("University of Donja Gorica", (await OrganizationAsync("UDG")).Name);
    }

    [Fact]
    public async Task Valid_details_are_saved_and_a_stale_copy_is_refused()
    {
        var nuol = await OrganizationAsync("NUOL");
        var details = OrganizationDetails.Of(nuol);
        details.Website = "https://www.nuol.edu.la";
        details.Address = "Dongdok Campus, Vientiane";

        await Services.Register.EditAsync(nuol.Id, nuol.Version, details);

        var saved = await OrganizationAsync("NUOL");
        Assert.Equal(("https://www.nuol.edu.la", "Dongdok Campus, Vientiane"), (saved.Website, saved.Address));
        details.Address = "Somewhere else";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Services.Register.EditAsync(nuol.Id, nuol.Version, details));
        Assert.Contains("changed this organization after you opened it", conflict.Message);
        Assert.Equal("Dongdok Campus, Vientiane", (await OrganizationAsync("NUOL")).Address);
    }

    [Fact]
    public async Task Only_the_secretariat_edits_the_register()
    {
        var nuol = await OrganizationAsync("NUOL");
        var viewer = new RegisterServices(Database, Roles.Viewer);

        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.Register.EditAsync(nuol.Id, nuol.Version, OrganizationDetails.Of(nuol)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.Register.AddRepresentativeAsync(nuol.Id, "Someone", null, null));
    }

    [Fact]
    public async Task Representatives_are_added_and_removed()
    {
        var nuol = await OrganizationAsync("NUOL");

        await Services.Register.AddRepresentativeAsync(nuol.Id, "Somsy Gnophanxay", "Vice-President", "somsy@nuol.edu.la");
        var added = Assert.Single((await Services.Register.FindAsync(nuol.Id))!.Organization.Representatives);
        await Assert.ThrowsAsync<DomainException>(() => Services.Register.AddRepresentativeAsync(nuol.Id, "X", null, "not-an-address"));
        await Services.Register.RemoveRepresentativeAsync(nuol.Id, added.Id);

        Assert.Empty((await Services.Register.FindAsync(nuol.Id))!.Organization.Representatives);
    }

    [Fact]
    public async Task The_search_finds_organizations_applications_and_meetings_without_accents()
    {
        var results = await Services.Search.SearchAsync("politecnica");
        Assert.Contains(results.Organizations, h => h.Name.StartsWith("Universitat Politècnica de Catalunya"));
        Assert.Contains(results.Applications, h => h.OrganizationName.Contains("Universitat Politècnica de Catalunya"));

        var meetings = await Services.Search.SearchAsync("9th gb");
        Assert.Equal("9th ANSO Governing Board (GB) Meeting", Assert.Single(meetings.Meetings).Title);
        Assert.Contains((await Services.Search.SearchAsync("bangkok")).Meetings, h => h.Title.StartsWith("9th"));
    }
}
