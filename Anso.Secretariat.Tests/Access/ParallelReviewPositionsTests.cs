using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Admin;
using Anso.Secretariat.App.Features.Review;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Access;

/// <summary>
/// GB members saving positions at the same moment never see a database error: each save succeeds or is refused with a
/// message, and each member keeps exactly one position per application.
/// </summary>
public class ParallelReviewPositionsTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Twenty_parallel_position_saves_by_two_GB_members_each_succeed_or_give_a_message_never_a_unique_constraint_error()
    {
        int meetingId, applicationId, boardOrganization;
        await using (var db = await host.DbAsync())
        {
            var listed = await db.Applications.Where(a => a.State == ApplicationState.ListedForBoard && a.ListedAtMeeting != null
                    && (a.ListedAtMeeting.Status == MeetingStatus.Planned || a.ListedAtMeeting.Status == MeetingStatus.AgendaPublished))
                .Select(a => new { a.Id, Meeting = a.ListedAtMeetingId!.Value }).FirstAsync();
            (meetingId, applicationId) = (listed.Meeting, listed.Id);
            boardOrganization = await db.Organizations.Where(o => o.IsBoardMember).Select(o => o.Id).FirstAsync();
        }
        string first, second;
        await using (var admin = await host.AsAsync(Roles.Administrator))
        {
            var accounts = admin.ServiceProvider.GetRequiredService<UserAdminService>();
            NewUser Member(string name) => new()
            {
                Email = $"gb-{Guid.NewGuid():N}@anso.example", DisplayName = name, Password = "A-long-enough-1", Role = Roles.BoardMember, OrganizationId = boardOrganization,
            };
            first = await accounts.CreateAsync(Member("Aigerim Sadykova"));
            second = await accounts.CreateAsync(Member("Tomás Ferreira"));
        }

        var positions = new[] { Position.Support, Position.Object, Position.Abstain };
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saves = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await using var scope = await host.AsAccountAsync(i % 2 == 0 ? first : second, Roles.BoardMember);
            var reviews = scope.ServiceProvider.GetRequiredService<ReviewService>();
            await start.Task;
            try
            {
                await reviews.RecordPositionAsync(meetingId, applicationId, positions[i % 3], $"Save {i}");
                return (Exception?)null;
            }
            catch (Exception ex) { return ex; }
        })).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(saves);

        Assert.All(outcomes, e => Assert.True(e is null or DomainException, $"A save failed with {e?.GetType().Name}: {e?.Message}"));
        Assert.All(outcomes.OfType<DomainException>(), e => Assert.DoesNotContain("UNIQUE", e.Message, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(outcomes, e => e is null);
        await using var check = await host.DbAsync();
        var stored = await check.ReviewPositions.Where(p => p.MeetingId == meetingId && p.ApplicationId == applicationId
            && (p.ReviewerId == first || p.ReviewerId == second)).ToListAsync();
        Assert.Equal(2, stored.Count);
    }
}
