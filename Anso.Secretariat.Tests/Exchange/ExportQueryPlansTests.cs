using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Tests.Data;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Exchange;

/// <summary>
/// The applications file reads 10,000 applications in the list's index order, and each one's history through the
/// history's index: no sort in a temporary B-tree (of the table, or of an application's steps), no scan without an index.
/// The register file reads 10,000 organizations in the name index's order.
/// </summary>
public class ExportQueryPlansTests(TenThousandApplications data) : IClassFixture<TenThousandApplications>
{
    private static readonly string[] LargeTables = ["Applications", "Organizations", "ApplicationHistory"];

    private ExportService Export(string role)
    {
        var user = SignedIn.As(role, data.Database);
        return new ExportService(data.Plans, user, FakeTime.Secretariat(), new DecisionRegisterService(data.Plans, user));
    }

    private async Task<IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)>> PlansOf(Func<Task> export)
    {
        var (problems, plans) = await data.Plans.AloneAsync(export, () => (data.Plans.Problems(LargeTables), data.Plans.Explain()));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return plans;
    }

    // Not yet: a GB member's file. Its filter (listed for a GB, or a GB step in the history) is an OR that no index serves,
    // and SQLite then drives the query from the categories and sorts the rows in a temporary B-tree (report, issue 13).
    [Theory]
    [InlineData(Roles.Secretariat)]
    public async Task The_applications_file_is_read_in_index_order_with_each_history_through_its_index(string role)
    {
        var plans = await PlansOf(async () => Assert.NotEmpty((await Export(role).ApplicationsAsync(new ApplicationFilter())).Content));

        // The received-date index gives the file's order; each application's steps are read through the history's index.
        var export = Assert.Single(plans, p => p.Sql.Contains("\"ApplicationHistory\"", StringComparison.Ordinal));
        Assert.Contains("SCAN a USING INDEX IX_Applications_ReceivedOn_Id", export.Plan);
        Assert.DoesNotContain(export.Plan, line => line.StartsWith("USE TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_register_file_is_read_in_the_name_index_order()
    {
        var plans = await PlansOf(async () => Assert.NotEmpty((await Export(Roles.Secretariat).RegisterAsync(new OrganizationFilter())).Content));

        var export = Assert.Single(plans, p => p.Sql.Contains("\"Organizations\"", StringComparison.Ordinal));
        Assert.DoesNotContain(export.Plan, line => line.StartsWith("USE TEMP B-TREE", StringComparison.Ordinal));
    }
}
