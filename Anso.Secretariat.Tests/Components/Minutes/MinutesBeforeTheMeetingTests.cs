using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Minutes.UserActions;

namespace Anso.Secretariat.Tests.Components.Minutes;

using Minutes = Anso.Secretariat.Domain.Meetings.Minutes;

/// <summary>
/// The minutes tab of the 10th GB the day before it starts (in the secretariat's time zone): a meeting decides only once
/// it has begun, so the tab says why nothing can be recorded yet and offers nothing to click.
/// </summary>
public class MinutesBeforeTheMeetingTests : ComponentTest
{
    private DateOnly firstDay;

    protected override void ConfigureServices(IServiceCollection services)
    {
        using var db = Database.CreateContext();
        firstDay = db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == 10).Select(m => m.StartDate).Single();
        // 23:30 in Beijing on the eve: already the first day in no zone east of it, and still the eve for the secretariat.
        var eve = new DateTimeOffset(firstDay.AddDays(-1).ToDateTime(new TimeOnly(23, 30)), TimeSpan.FromHours(8));
        services.AddSingleton(new SecretariatTime(new FakeTime(eve), FakeTime.Shanghai));
    }

    private async Task<Meeting> TenthGbAsync(bool withDraftMinutes)
    {
        Meeting? meeting = null;
        await WithDatabaseAsync(async db =>
        {
            meeting = await db.Meetings.AsNoTracking().Include(m => m.Participants)
                .SingleAsync(m => m.Body == MeetingBody.GoverningBoard && m.Number == 10);
            if (!withDraftMinutes) return;
            var agenda = await db.Set<AgendaItem>().Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Number).ToListAsync();
            db.Minutes.Add(Minutes.Start(meeting, agenda.Select(i => new AgendaHeading(i.Number.ToString(), i.Title,
                i.Kind == AgendaItemKind.MembershipApplications)), "Li Wei", DateTimeOffset.Now));
            await db.SaveChangesAsync();
        });
        return meeting!;
    }

    private IRenderedComponent<MinutesTab> RenderTab(Meeting meeting)
    {
        _ = Providers;
        return Render<MinutesTab>(p => p.Add(t => t.Meeting, meeting));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Before_the_first_day_the_tab_says_when_decisions_can_be_recorded_and_offers_nothing_to_click(bool withDraftMinutes)
    {
        var meeting = await TenthGbAsync(withDraftMinutes);
        SignInAs(Roles.Secretariat);
        var tab = RenderTab(meeting);

        await tab.WaitForAssertionAsync(() => Assert.Contains(
            $"starts on {firstDay.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}", tab.Find("[aria-label='Not yet begun']").TextContent));
        Assert.Contains("can be recorded from that day on", tab.Markup);
        var section = tab.Find("section.minutes");
        // Reading stays possible (the draft as PDF or Word); nothing records or changes anything.
        Assert.All(ButtonTexts(section), text => Assert.StartsWith("Download minutes (", text));
        Assert.Empty(section.QuerySelectorAll("input, textarea, [role=combobox]"));
    }
}
