using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Dashboard;
using Anso.Secretariat.App.Features.Search;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>
/// The dashboard counts and the search finds through indexes on 10,000 organizations and applications: no full scan of a
/// large table, no sort of one in a temporary B-tree (a GROUP BY on a worked-out year was one; a search for a common word
/// sorted every name it found).
/// </summary>
public class DashboardAndSearchQueryPlansTests(TenThousandApplications data) : IClassFixture<TenThousandApplications>
{
    private static readonly string[] LargeTables = ["Applications", "Organizations", "ApplicationHistory"];

    private DashboardService Dashboard => new(data.Plans, SignedIn.As(Roles.Secretariat, data.Database));
    private SearchService Search => new(data.Plans, SignedIn.As(Roles.Secretariat, data.Database));

    private Task<IReadOnlyList<string>> ProblemsOf(Func<Task> run, bool sortOfASearchedSubset = false) =>
        data.Plans.ProblemsOfAsync(run, LargeTables, sortOfASearchedSubset);

    [Fact]
    public async Task The_dashboard_counts_from_indexes()
    {
        var problems = await ProblemsOf(async () =>
        {
            var figures = await Dashboard.LoadAsync();
            Assert.Equal(TenThousandApplications.Count, figures.ApplicationsByState.Sum(f => f.Count));
        });
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task A_word_in_every_name_is_found_by_reading_the_lists_in_order_up_to_the_page()
    {
        SearchResults? results = null;
        var problems = await ProblemsOf(async () => results = await Search.SearchAsync("studies"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(Enumerable.Range(0, SearchService.Limit).Select(i => $"Institute of Applied Studies {i:00000}"),
            results!.Organizations.Select(o => o.Name));
        await using var db = data.Database.CreateContext();
        var newest = await db.Applications.OrderByDescending(a => a.ReceivedOn).Take(SearchService.Limit).Select(a => a.ReceivedOn).ToListAsync();
        Assert.Equal(newest, results.Applications.Select(a => a.ReceivedOn));
    }

    [Fact]
    public async Task A_rare_name_is_found_by_id_and_its_few_rows_sorted()
    {
        SearchResults? results = null;
        var problems = await ProblemsOf(async () => results = await Search.SearchAsync("Studies 0004"),
            sortOfASearchedSubset: true); // the ten organizations found are sorted, not the table

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(Enumerable.Range(40, 10).Select(i => $"Institute of Applied Studies {i:00000}"), results!.Organizations.Select(o => o.Name));
        Assert.Equal(10, results.Applications.Count);
    }
}
