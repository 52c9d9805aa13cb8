using System.Text;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.App.Features.Search;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Access;

/// <summary>
/// The one visibility rule (Features/Account/Visibility), surface by surface: a GB member does not see an application,
/// or an applicant organization, that was never on a GB meeting's list, nor GA meetings, their minutes and decisions;
/// the secretariat sees them all. Each test fails when its surface stops applying the rule.
/// </summary>
public class WhatAGbMemberSeesTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string S = Roles.Secretariat, B = Roles.BoardMember;

    /// <summary>A new applicant, never listed for a GB meeting, with a representative: what a GB member must not see.</summary>
    private async Task<(string Name, int OrganizationId, int ApplicationId, string Representative)> UnlistedApplicantAsync()
    {
        var name = $"Unlisted Institute {Guid.NewGuid():N}"[..32];
        var representative = $"Dr Hidden {Guid.NewGuid():N}"[..20];
        await using var scope = await host.AsAsync(S);
        var applications = scope.ServiceProvider.GetRequiredService<ApplicationService>();
        var id = await applications.CreateAsync(new NewApplication
        {
            OrganizationName = name, CountryCode = "KE", CategoryId = (await applications.CategoriesAsync())[0].Id, ReceivedOn = new DateOnly(2026, 1, 5),
        });
        var organizationId = (await applications.FindAsync(id))!.OrganizationId;
        await scope.ServiceProvider.GetRequiredService<MemberRegisterService>().AddRepresentativeAsync(organizationId, representative, "Director", null);
        return (name, organizationId, id, representative);
    }

    private async Task<T> AsAsync<T>(string role, Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = await host.AsAsync(role);
        return await read(scope.ServiceProvider);
    }

    private static string Text(CsvDownload file) => Encoding.UTF8.GetString(file.Content);

    [Fact]
    public async Task The_applications_list_shows_a_GB_member_only_applications_that_went_to_a_GB_meeting()
    {
        var hidden = await UnlistedApplicantAsync();
        Task<int> Found(string role) => AsAsync(role, async sp => (await sp.GetRequiredService<ApplicationService>().ListAsync(new(Search: hidden.Name))).Total);
        Assert.Equal(1, await Found(S));
        Assert.Equal(0, await Found(B));
    }

    [Fact]
    public async Task An_application_never_listed_for_a_GB_meeting_is_not_found_by_a_GB_member()
    {
        var hidden = await UnlistedApplicantAsync();
        Task<MembershipApplication?> Open(string role) => AsAsync(role, sp => sp.GetRequiredService<ApplicationService>().FindAsync(hidden.ApplicationId));
        Assert.NotNull(await Open(S));
        Assert.Null(await Open(B));
    }

    [Fact]
    public async Task The_applications_export_leaves_out_for_a_GB_member_what_the_list_leaves_out()
    {
        var hidden = await UnlistedApplicantAsync();
        Task<string> Export(string role) => AsAsync(role, async sp => Text(await sp.GetRequiredService<ExportService>().ApplicationsAsync(new(Search: hidden.Name))));
        Assert.Contains(hidden.Name, await Export(S));
        Assert.DoesNotContain(hidden.Name, await Export(B));
    }

    [Fact]
    public async Task The_register_shows_a_GB_member_no_applicant_that_never_went_to_a_GB_meeting()
    {
        var hidden = await UnlistedApplicantAsync();
        Task<int> Paged(string role) => AsAsync(role, async sp => (await sp.GetRequiredService<MemberRegisterService>().PageAsync(new(Search: hidden.Name))).Total);
        Task<int> Listed(string role) => AsAsync(role, async sp => (await sp.GetRequiredService<MemberRegisterService>().ListAsync(new(Search: hidden.Name))).Count);
        Assert.Equal(1, await Paged(S));
        Assert.Equal(0, await Paged(B));
        Assert.Equal(1, await Listed(S));
        Assert.Equal(0, await Listed(B));
    }

    [Fact]
    public async Task The_register_still_shows_a_GB_member_the_members_and_the_applicants_on_a_GB_list()
    {
        await using var db = await host.DbAsync();
        var listedApplicant = await db.Applications.Where(a => a.State == ApplicationState.ListedForBoard).Select(a => a.Organization.Name).FirstAsync();
        var page = await AsAsync(B, sp => sp.GetRequiredService<MemberRegisterService>().PageAsync(new(), take: 10_000));
        Assert.Contains(page.Rows, r => r.Name == listedApplicant);
        Assert.Equal(await db.Organizations.CountAsync(o => o.Status == Anso.Secretariat.Domain.Organizations.OrganizationStatus.Member), page.Members);
    }

    [Fact]
    public async Task An_applicant_organization_never_on_a_GB_list_is_not_found_by_a_GB_member()
    {
        var hidden = await UnlistedApplicantAsync();
        Task<OrganizationProfile?> Open(string role) => AsAsync(role, sp => sp.GetRequiredService<MemberRegisterService>().FindAsync(hidden.OrganizationId));
        Assert.NotNull(await Open(S));
        Assert.Null(await Open(B));
    }

    [Fact]
    public async Task The_register_export_leaves_out_for_a_GB_member_what_the_register_leaves_out()
    {
        var hidden = await UnlistedApplicantAsync();
        Task<string> Export(string role) => AsAsync(role, async sp => Text(await sp.GetRequiredService<ExportService>().RegisterAsync(new(Search: hidden.Name))));
        Assert.Contains(hidden.Name, await Export(S));
        Assert.DoesNotContain(hidden.Name, await Export(B));
    }

    [Fact]
    public async Task Search_finds_for_a_GB_member_neither_the_organization_nor_the_application_never_on_a_GB_list()
    {
        var hidden = await UnlistedApplicantAsync();
        Task<SearchResults> Search(string role) => AsAsync(role, sp => sp.GetRequiredService<SearchService>().SearchAsync(hidden.Name));
        var secretariat = await Search(S);
        Assert.Single(secretariat.Organizations);
        Assert.Single(secretariat.Applications);
        var member = await Search(B);
        Assert.Empty(member.Organizations);
        Assert.Empty(member.Applications);
    }

    [Fact]
    public async Task Search_finds_no_GA_meeting_for_a_GB_member()
    {
        Task<SearchResults> Search(string role) => AsAsync(role, sp => sp.GetRequiredService<SearchService>().SearchAsync("general assembly"));
        Assert.NotEmpty((await Search(S)).Meetings);
        Assert.Empty((await Search(B)).Meetings);
    }

    [Fact]
    public async Task The_representatives_of_an_applicant_never_on_a_GB_list_are_not_offered_to_a_GB_member()
    {
        var hidden = await UnlistedApplicantAsync();
        Task<IReadOnlyList<RepresentativeChoice>> Representatives(string role) => AsAsync(role, sp => sp.GetRequiredService<MeetingService>().RepresentativesAsync());
        Assert.Contains(await Representatives(S), r => r.Name == hidden.Representative);
        var member = await Representatives(B);
        Assert.NotEmpty(member);
        Assert.DoesNotContain(member, r => r.Name == hidden.Representative);
    }

    [Fact]
    public async Task Meetings_show_a_GB_member_only_GB_meetings()
    {
        Task<IReadOnlyList<MeetingRow>> List(string role) => AsAsync(role, sp => sp.GetRequiredService<MeetingService>().ListAsync());
        Assert.Contains(await List(S), m => m.Body == MeetingBody.GeneralAssembly);
        var member = await List(B);
        Assert.NotEmpty(member);
        Assert.All(member, m => Assert.Equal(MeetingBody.GoverningBoard, m.Body));
    }

    [Fact]
    public async Task Minutes_in_draft_or_of_a_GA_are_not_shown_to_a_GB_member()
    {
        int assembly;
        await using (var db = await host.DbAsync())
            assembly = await db.Meetings.Where(m => m.Body == MeetingBody.GeneralAssembly && !db.Minutes.Any(x => x.MeetingId == m.Id))
                .OrderByDescending(m => m.StartDate).Select(m => m.Id).FirstAsync();
        await AsAsync(S, sp => sp.GetRequiredService<MinutesService>().StartAsync(assembly));
        Task<IReadOnlyList<Anso.Secretariat.Domain.Meetings.Minutes>> Versions(string role) => AsAsync(role, sp => sp.GetRequiredService<MinutesService>().VersionsAsync(assembly));
        Assert.NotEmpty(await Versions(S));
        Assert.Empty(await Versions(B));
    }

    [Fact]
    public async Task The_decision_register_and_its_export_show_a_GB_member_no_GA_decision()
    {
        Task<IReadOnlyList<DecisionRow>> List(string role) => AsAsync(role, sp => sp.GetRequiredService<DecisionRegisterService>().ListAsync(new()));
        Assert.Contains(await List(S), d => d.Body == MeetingBody.GeneralAssembly);
        var member = await List(B);
        Assert.NotEmpty(member);
        Assert.All(member, d => Assert.Equal(MeetingBody.GoverningBoard, d.Body));

        Task<string> Export(string role) => AsAsync(role, async sp => Text(await sp.GetRequiredService<ExportService>().DecisionsAsync(new())));
        Assert.Contains("ANSO General Assembly (GA)", await Export(S));
        Assert.DoesNotContain("ANSO General Assembly (GA)", await Export(B));
    }
}
