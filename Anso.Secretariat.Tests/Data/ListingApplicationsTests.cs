using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Data;

/// <summary>Seven applications in various states, countries, categories and meetings; read-only for the tests that share it.</summary>
public class SevenApplications : IDisposable
{
    public const string Belgrade = "Université de Belgrade";
    public const string NoviSad = "University of Novi Sad";
    public const string Sasa = "Serbian Academy of Sciences and Arts";
    public const string Pakistan = "Pakistan Academy of Sciences";
    public const string Chulalongkorn = "Chulalongkorn University";
    public const string Twas = "The World Academy of Sciences";
    public const string Chile = "Universidad de Chile";

    public SevenApplications()
    {
        Database = new TestDatabase();
        Universities = Database.CategoryId("Universities");
        Academies = Database.CategoryId("National Academies");
        International = Database.CategoryId("International Organizations");
        Gb9 = A.Meeting.GoverningBoard(9).Planned();
        Gb10 = A.Meeting.GoverningBoard(10).Planned();
        Ga4 = A.Meeting.GeneralAssembly(4).Planned();

        MembershipApplication Make(string name, string? acronym, string country, int category, ApplicationState state, int receivedDay, Meeting? board = null, Meeting? assembly = null) =>
            An.Application
                .From(An.Organization.Named(name, acronym).In(country).InCategory(category).Build())
                .InState(state).AtBoard(board ?? Gb9).AtAssembly(assembly ?? Ga4)
                .ReceivedOn(new DateOnly(2025, 3, receivedDay))
                .Build();

        Database.Store(
            Make(Belgrade, "UB", "RS", Universities, ApplicationState.ListedForBoard, 1),
            Make(NoviSad, "UNS", "RS", Universities, ApplicationState.Received, 2),
            Make(Sasa, "SASA", "RS", Academies, ApplicationState.Endorsed, 3),
            Make(Pakistan, "PAS", "PK", Academies, ApplicationState.UnderReview, 4),
            Make(Chulalongkorn, null, "TH", Universities, ApplicationState.ListedForAssembly, 5),
            Make(Twas, "TWAS", "IT", International, ApplicationState.Withdrawn, 6),
            Make(Chile, "UCHILE", "CL", Universities, ApplicationState.ListedForBoard, 7, board: Gb10));
        Service = Services.Applications(Database);
    }

    public TestDatabase Database { get; }
    public ApplicationService Service { get; }
    public int Universities { get; }
    public int Academies { get; }
    public int International { get; }
    public Meeting Gb9 { get; }
    public Meeting Gb10 { get; }
    public Meeting Ga4 { get; }

    public static readonly string[] All = [Belgrade, NoviSad, Sasa, Pakistan, Chulalongkorn, Twas, Chile];

    public void Dispose() => Database.Dispose();
}

public class ListingApplicationsTests(SevenApplications seven) : IClassFixture<SevenApplications>
{
    private async Task<string[]> Names(ApplicationFilter filter)
    {
        var (rows, total) = await seven.Service.ListAsync(filter, take: 100);
        Assert.Equal(rows.Count, total);
        return rows.Select(r => r.OrganizationName).Order(StringComparer.Ordinal).ToArray();
    }

    private static string[] Sorted(params string[] names) => names.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Without_a_filter_every_application_is_listed_newest_first()
    {
        var (rows, total) = await seven.Service.ListAsync(new ApplicationFilter());

        Assert.Equal(7, total);
        Assert.Equal(Enumerable.Reverse(SevenApplications.All), rows.Select(r => r.OrganizationName));
    }

    [Fact]
    public async Task Filtering_by_state_lists_only_that_state()
    {
        Assert.Equal(Sorted(SevenApplications.Belgrade, SevenApplications.Chile), await Names(new ApplicationFilter(State: ApplicationState.ListedForBoard)));
        Assert.Equal([SevenApplications.Twas], await Names(new ApplicationFilter(State: ApplicationState.Withdrawn)));
        Assert.Empty(await Names(new ApplicationFilter(State: ApplicationState.Admitted)));
    }

    [Fact]
    public async Task Filtering_by_category_lists_only_that_category()
    {
        Assert.Equal(
            Sorted(SevenApplications.Belgrade, SevenApplications.NoviSad, SevenApplications.Chulalongkorn, SevenApplications.Chile),
            await Names(new ApplicationFilter(CategoryId: seven.Universities)));
        Assert.Equal(Sorted(SevenApplications.Sasa, SevenApplications.Pakistan), await Names(new ApplicationFilter(CategoryId: seven.Academies)));
    }

    [Fact]
    public async Task Filtering_by_country_lists_only_that_country()
    {
        Assert.Equal(
            Sorted(SevenApplications.Belgrade, SevenApplications.NoviSad, SevenApplications.Sasa),
            await Names(new ApplicationFilter(CountryCode: "RS")));
        Assert.Equal([SevenApplications.Chile], await Names(new ApplicationFilter(CountryCode: "CL")));
    }

    [Fact]
    public async Task Filtering_by_meeting_lists_what_is_on_its_list_and_what_it_has_dealt_with()
    {
        Assert.Equal(
            Sorted(SevenApplications.Belgrade, SevenApplications.Sasa, SevenApplications.Chulalongkorn),
            await Names(new ApplicationFilter(MeetingId: seven.Gb9.Id)));
        Assert.Equal([SevenApplications.Chile], await Names(new ApplicationFilter(MeetingId: seven.Gb10.Id)));
        Assert.Equal([SevenApplications.Chulalongkorn], await Names(new ApplicationFilter(MeetingId: seven.Ga4.Id)));
    }

    [Theory]
    [InlineData("universite", new[] { SevenApplications.Belgrade })]
    [InlineData("UNIVERSITÉ", new[] { SevenApplications.Belgrade })]
    [InlineData("  de   belgrade ", new[] { SevenApplications.Belgrade })]
    [InlineData("univers", new[] { SevenApplications.Belgrade, SevenApplications.NoviSad, SevenApplications.Chulalongkorn, SevenApplications.Chile })]
    [InlineData("sasa", new[] { SevenApplications.Sasa })]
    [InlineData("Academy of Sciences", new[] { SevenApplications.Pakistan, SevenApplications.Sasa, SevenApplications.Twas })]
    [InlineData("Sorbonne", new string[0])]
    public async Task Search_ignores_case_accents_and_spacing_and_finds_acronyms(string search, string[] expected)
    {
        Assert.Equal(Sorted(expected), await Names(new ApplicationFilter(Search: search)));
    }

    [Fact]
    public async Task Filters_combine()
    {
        Assert.Equal(
            Sorted(SevenApplications.Belgrade, SevenApplications.NoviSad),
            await Names(new ApplicationFilter(CountryCode: "RS", CategoryId: seven.Universities)));
        Assert.Equal(
            [SevenApplications.NoviSad],
            await Names(new ApplicationFilter(CountryCode: "RS", CategoryId: seven.Universities, Search: "novi")));
        Assert.Equal(
            [SevenApplications.Chile],
            await Names(new ApplicationFilter(State: ApplicationState.ListedForBoard, MeetingId: seven.Gb10.Id)));
    }

    [Fact]
    public async Task Pages_together_hold_every_application_once_and_each_knows_the_total()
    {
        var pages = new List<IReadOnlyList<ApplicationRow>>();
        for (var skip = 0; skip < 9; skip += 3)
        {
            var (rows, total) = await seven.Service.ListAsync(new ApplicationFilter(), ApplicationSort.Organization, descending: false, skip: skip, take: 3);
            Assert.Equal(7, total);
            pages.Add(rows);
        }

        Assert.Equal([3, 3, 1], pages.Select(p => p.Count));
        Assert.Equal(SevenApplications.All.Order(TextMatching.ReadingOrder), pages.SelectMany(p => p).Select(r => r.OrganizationName));
    }

    [Fact]
    public async Task A_filtered_page_counts_the_filtered_total()
    {
        var (rows, total) = await seven.Service.ListAsync(new ApplicationFilter(CategoryId: seven.Universities), ApplicationSort.Organization, descending: false, skip: 3, take: 1);

        Assert.Equal(4, total);
        // In reading order "Université" comes before "University" (by bytes it would come after).
        Assert.Equal([SevenApplications.NoviSad], rows.Select(r => r.OrganizationName));
    }

    [Fact]
    public async Task A_row_shows_the_category_country_and_the_meeting_it_is_listed_for()
    {
        var (rows, _) = await seven.Service.ListAsync(new ApplicationFilter(CountryCode: "RS"), ApplicationSort.Organization, descending: false);

        Assert.Equal(
            [
                (SevenApplications.Sasa, "SASA", "Serbia", "National Academies", ApplicationState.Endorsed, null),
                (SevenApplications.Belgrade, "UB", "Serbia", "Universities", ApplicationState.ListedForBoard, (string?)"9th GB"),
                (SevenApplications.NoviSad, "UNS", "Serbia", "Universities", ApplicationState.Received, null),
            ],
            rows.Select(r => (r.OrganizationName, r.Acronym, r.CountryName, r.Category, r.State, r.ListedAt)));
    }
}

public class CountingApplicationsByStateTests(SevenApplications seven) : IClassFixture<SevenApplications>
{
    [Fact]
    public async Task Each_state_is_counted()
    {
        var counts = await seven.Service.CountByStateAsync();

        Assert.Equal(
            new Dictionary<ApplicationState, int>
            {
                [ApplicationState.Received] = 1,
                [ApplicationState.UnderReview] = 1,
                [ApplicationState.ListedForBoard] = 2,
                [ApplicationState.Endorsed] = 1,
                [ApplicationState.ListedForAssembly] = 1,
                [ApplicationState.Withdrawn] = 1,
            },
            counts);
    }

    [Fact]
    public async Task The_counts_agree_with_the_list_filtered_by_state()
    {
        var counts = await seven.Service.CountByStateAsync();

        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            var (_, total) = await seven.Service.ListAsync(new ApplicationFilter(State: state));
            Assert.Equal(total, counts.GetValueOrDefault(state));
        }
    }
}
