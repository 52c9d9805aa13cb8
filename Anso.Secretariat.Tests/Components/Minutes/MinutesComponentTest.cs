using AngleSharp.Dom;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Meetings;
using Bunit;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Anso.Secretariat.Tests.Components.Minutes;

using Minutes = Anso.Secretariat.Domain.Meetings.Minutes;

/// <summary>
/// The minutes tab on the demo data: the 2nd GB (approved minutes), the 9th GB (circulated), the 10th GB (planned, no
/// minutes). The secretariat's today is the 10th GB's first day, so that its minutes and decisions can be recorded
/// (a meeting decides only once it has begun).
/// </summary>
public abstract class MinutesComponentTest : ComponentTest
{
    protected MinutesComponentTest() => DefaultWaitTimeout = UserActions.Patience;

    protected override void ConfigureServices(IServiceCollection services)
    {
        using var db = Database.CreateContext();
        var firstDay = db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == 10).Select(m => m.StartDate).Single();
        var morning = new DateTimeOffset(firstDay.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        services.AddSingleton(new SecretariatTime(new FakeTime(morning), FakeTime.Shanghai));
    }

    protected async Task<Meeting> GoverningBoardAsync(int number)
    {
        Meeting? meeting = null;
        await WithDatabaseAsync(async db => meeting = await db.Meetings.AsNoTracking().Include(m => m.Participants)
            .SingleAsync(m => m.Body == MeetingBody.GoverningBoard && m.Number == number));
        return meeting!;
    }

    protected async Task<int> BoardMemberOrganizationAsync()
    {
        var id = 0;
        await WithDatabaseAsync(async db => id = await db.Organizations.Where(o => o.IsBoardMember).Select(o => o.Id).FirstAsync());
        return id;
    }

    /// <summary>Opens draft minutes from the meeting's agenda, as "Start the minutes" does.</summary>
    protected async Task<int> StartDraftAsync(Meeting meeting)
    {
        var id = 0;
        await WithDatabaseAsync(async db =>
        {
            var agenda = await db.Set<AgendaItem>().Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Number).ToListAsync();
            var minutes = Minutes.Start(meeting, agenda.Select(i => new AgendaHeading(i.Number.ToString(), i.Title, i.Kind == AgendaItemKind.MembershipApplications)),
                "Li Wei", DateTimeOffset.Now);
            db.Minutes.Add(minutes);
            await db.SaveChangesAsync();
            id = minutes.Id;
        });
        return id;
    }

    /// <summary>Someone else changes the minutes in another browser: the copy on screen is now stale.</summary>
    protected Task ChangeElsewhereAsync(int minutesId, Action<Minutes> change) => WithDatabaseAsync(async db =>
    {
        var minutes = await db.Minutes.Include(m => m.Items).ThenInclude(i => i.Decisions).Include(m => m.Items).ThenInclude(i => i.ActionItems)
            .AsSplitQuery().SingleAsync(m => m.Id == minutesId);
        change(minutes);
        await db.SaveChangesAsync();
    });

    protected async Task<Minutes> MinutesAsync(int minutesId)
    {
        Minutes? found = null;
        await WithDatabaseAsync(async db => found = await db.Minutes.AsNoTracking().Include(m => m.Items).ThenInclude(i => i.Decisions)
            .Include(m => m.Items).ThenInclude(i => i.ActionItems).AsSplitQuery().SingleAsync(m => m.Id == minutesId));
        return found!;
    }

    protected IRenderedComponent<MinutesTab> RenderTab(Meeting meeting)
    {
        _ = Providers; // snackbars and confirmations appear there
        var organizations = new Dictionary<int, string>();
        return Render<MinutesTab>(p => p.Add(t => t.Meeting, meeting)
            .Add(t => t.Attendance, AttendanceList.Build(meeting.Participants, organizations)));
    }
}
