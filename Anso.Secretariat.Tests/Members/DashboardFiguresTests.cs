using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Dashboard;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Members;

/// <summary>The dashboard's numbers against counts taken straight from the Database with SQL, on the demo data.</summary>
public class DashboardFiguresTests : DemoDataTest
{
    private DashboardFigures figures = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        figures = await Services.Dashboard.LoadAsync();
    }

    private int Sql(string query, params object[] parameters)
    {
        using var connection = RawSql.Open(Database);
        using var command = connection.Command(query, parameters);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    [Fact]
    public void Applications_by_state_equal_the_counts_in_the_database()
    {
        Assert.Equal(Enum.GetValues<ApplicationState>().Length, figures.ApplicationsByState.Count);
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            var figure = Assert.Single(figures.ApplicationsByState, f => f.Href == $"/applications?state={state}");
            Assert.Equal(Sql("SELECT COUNT(*) FROM Applications WHERE State = $0", state.ToString()), figure.Count);
        }
        Assert.Equal(Sql("SELECT COUNT(*) FROM Applications WHERE State NOT IN ('Admitted','NotEndorsed','Rejected','Withdrawn','Closed')"),
            figures.OpenApplications.Count);
        Assert.True(figures.ApplicationsByState.Sum(f => f.Count) > 30, "the demo data has applications in every state");
    }

    [Fact]
    public void Members_by_category_equal_the_counts_in_the_database()
    {
        Assert.Equal(Sql("SELECT COUNT(*) FROM Organizations WHERE Status = 'Member'"), figures.Members.Count);
        Assert.Equal(Sql("SELECT COUNT(*) FROM Categories"), figures.MembersByCategory.Count);
        foreach (var figure in figures.MembersByCategory)
        {
            var categoryId = Sql("SELECT Id FROM Categories WHERE Name = $0", figure.Label);
            Assert.Equal(Sql("SELECT COUNT(*) FROM Organizations WHERE Status = 'Member' AND CategoryId = $0", categoryId), figure.Count);
            Assert.Equal($"/organizations?status=Member&category={categoryId}", figure.Href);
        }
        Assert.Equal(figures.Members.Count, figures.MembersByCategory.Sum(f => f.Count));
    }

    [Fact]
    public void Members_by_country_and_region_equal_the_counts_in_the_database()
    {
        Assert.Equal(Sql("SELECT COUNT(DISTINCT CountryCode) FROM Organizations WHERE Status = 'Member'"), figures.Countries.Count);
        var countries = figures.MembersByRegion.SelectMany(r => r.Countries).ToList();
        Assert.Equal(figures.Countries.Count, countries.Count);
        foreach (var country in countries)
        {
            var code = country.Href[^2..];
            Assert.Equal(Countries.NameOf(code), country.Label);
            Assert.Equal(Sql("SELECT COUNT(*) FROM Organizations WHERE Status = 'Member' AND CountryCode = $0", code), country.Count);
        }
        foreach (var region in figures.MembersByRegion)
        {
            var codes = string.Join(",", Regions.CountriesIn(region.Region).Select(c => $"'{c}'"));
            Assert.Equal(Sql($"SELECT COUNT(*) FROM Organizations WHERE Status = 'Member' AND CountryCode IN ({codes})"), region.Count);
            Assert.Equal(region.Count, region.Countries.Sum(c => c.Count));
        }
        Assert.Equal(Sql("SELECT COUNT(*) FROM Organizations WHERE Status = 'Member' AND CountryCode IN ('CN','KZ','PK','NP','TR','MN','TH','BD','LA','VN','MY','JP')"),
            figures.MembersByRegion.Single(r => r.Region == Regions.Asia).Count);
    }

    [Fact]
    public void Members_over_time_equal_the_counts_by_year_of_admission_in_the_database()
    {
        Assert.Equal(2018, figures.MembersOverTime[0].Year);
        foreach (var year in figures.MembersOverTime)
        {
            Assert.Equal(Sql("SELECT COUNT(*) FROM Organizations WHERE Status = 'Member' AND substr(CAST(MemberSince AS TEXT), 1, 4) = $0", year.Year.ToString()), year.Admitted.Count);
            Assert.Equal(Sql("SELECT COUNT(*) FROM Organizations WHERE Status = 'Member' AND substr(CAST(MemberSince AS TEXT), 1, 4) <= $0", year.Year.ToString()), year.Total.Count);
        }
        Assert.Equal(figures.Members.Count, figures.MembersOverTime[^1].Total.Count);
    }

    [Fact]
    public void Upcoming_meetings_say_what_they_still_need()
    {
        // Demo: the 10th GB and the 5th GA are planned; the 9th GB and the 4th GA were held and their minutes not approved.
        Assert.Equal(["10th ANSO Governing Board (GB) Meeting", "5th ANSO General Assembly (GA)"], figures.UpcomingMeetings.Select(m => m.Title));
        var gb10 = figures.UpcomingMeetings[0];
        var ga5 = figures.UpcomingMeetings[1];
        Assert.Contains(gb10.Needs, n => n.Kind == MeetingNeedKind.AgendaNotPublished);
        Assert.Contains(gb10.Needs, n => n.Kind == MeetingNeedKind.PreviousMinutesNotApproved && n.Meeting == "9th GB");
        Assert.Contains(ga5.Needs, n => n.Kind == MeetingNeedKind.PreviousMinutesNotApproved && n.Meeting == "4th GA");
        var endorsed = Sql("SELECT COUNT(*) FROM Applications WHERE State = 'Endorsed'");
        Assert.Contains(ga5.Needs, n => n.Kind == MeetingNeedKind.EndorsedNotListed && n.Count == endorsed
            && n.Href == "/applications?state=Endorsed");
        Assert.Equal(Sql("SELECT COUNT(*) FROM Applications WHERE ListedAtMeetingId = $0", gb10.Id), gb10.Listed!.Count);
        Assert.Equal(Sql("SELECT COUNT(*) FROM Applications WHERE ListedAtMeetingId = $0", ga5.Id), ga5.Listed!.Count);
        Assert.Equal($"/applications?meeting={gb10.Id}", gb10.Listed.Href);
    }

    [Fact]
    public async Task A_GB_member_sees_only_the_applications_that_went_to_a_GB_meeting()
    {
        var boardMember = await new RegisterServices(Database, Roles.BoardMember).Dashboard.LoadAsync();

        Assert.Equal(0, boardMember.ApplicationsByState.Single(f => f.Href.EndsWith("=Received")).Count);
        Assert.Equal(0, boardMember.ApplicationsByState.Single(f => f.Href.EndsWith("=UnderReview")).Count);
        Assert.Equal(Sql("SELECT COUNT(*) FROM Applications WHERE State = 'Admitted'"),
            boardMember.ApplicationsByState.Single(f => f.Href.EndsWith("=Admitted")).Count);
        Assert.Equal(figures.Members.Count, boardMember.Members.Count);
    }

    [Fact]
    public void Every_number_links_to_the_list_behind_it()
    {
        var links = figures.ApplicationsByState.Concat(figures.MembersByCategory)
            .Concat(figures.MembersByRegion.SelectMany(r => r.Countries.Append(new Figure(r.Region, r.Count, r.Href))))
            .Concat(figures.MembersOverTime.SelectMany(y => new[] { y.Admitted, y.Total }))
            .Concat([figures.Members, figures.Countries, figures.OpenApplications])
            .Select(f => f.Href).ToList();
        Assert.All(links, href => Assert.Matches(@"^/(applications|organizations)(\?[a-zA-Z]+=[A-Za-z0-9]+(&[a-zA-Z]+=[A-Za-z0-9]+)*)?$", href));
    }
}
