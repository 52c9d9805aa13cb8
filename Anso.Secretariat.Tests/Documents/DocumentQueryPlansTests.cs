using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Review;
using Anso.Secretariat.Tests.Data;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>The documents' queries read what the document lists through indexes, not the whole register (issue 13).</summary>
public sealed class DocumentQueryPlansTests(TenThousandApplications data) : IClassFixture<TenThousandApplications>
{
    [Fact]
    public async Task A_meetings_list_of_applications_reads_the_applications_listed_or_decided_there_through_their_indexes()
    {
        var user = SignedIn.As(Roles.Secretariat, data.Database);
        var notifier = Services.Notifier();
        var meetings = new MeetingService(data.Plans, user, FakeTime.Secretariat(), data.Database.Documents(),
            new ReviewService(data.Plans, user, TimeProvider.System, notifier), notifier);
        IReadOnlyList<ListedApplication> listed = [];

        var plans = await data.Plans.ExplainAsync(async () => listed = await meetings.ApplicationsAsync(data.MeetingId));

        Assert.Equal(TenThousandApplications.Count / 10 / 10, listed.Count);
        var (sql, plan) = plans.Single(p => p.Sql.Contains("\"ListedAtMeetingId\" = ", StringComparison.Ordinal));
        var shown = $"{sql.ReplaceLineEndings(" ")}{Environment.NewLine}plan: {string.Join(" | ", plan)}";
        // Before: every category, every organization by category and each of its applications, each history searched.
        Assert.True(plan.Any(l => l.Contains("USING INDEX IX_Applications_ListedAtMeetingId", StringComparison.Ordinal)), shown);
        Assert.False(plan.Any(l => l.StartsWith("SCAN", StringComparison.Ordinal) || l.Contains("IX_Applications_OrganizationId", StringComparison.Ordinal)), shown);
    }
}
