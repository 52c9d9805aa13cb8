using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>
/// One concurrency path: the versioning interceptor bumps an aggregate when only a child changed, and one helper
/// (StaleSaves) turns a stale save into the conflict message that names who changed the record and asks for Reload.
/// </summary>
public class OneConcurrencyPathTests : DemoDataTest
{
    [Fact]
    public async Task A_change_to_an_agenda_item_alone_bumps_its_meetings_version_and_refuses_a_stale_save_of_the_meeting()
    {
        int meetingId, version;
        await using (var db = Database.CreateContext())
        {
            var meeting = await db.Meetings.Include(m => m.Agenda).Include(m => m.Participants)
                .FirstAsync(m => m.Agenda.Count > 0 && m.Status == MeetingStatus.Planned);
            (meetingId, version) = (meeting.Id, meeting.Version);
            db.Entry(meeting.Agenda[0]).Property(nameof(AgendaItem.Title)).CurrentValue = "Opening, changed alone";
            await db.SaveChangesAsync();
        }

        await using var stale = Database.CreateContext();
        var copy = await stale.Meetings.Include(m => m.Agenda).FirstAsync(m => m.Id == meetingId);
        Assert.Equal(version + 1, copy.Version);
        stale.ExpectVersion(copy, version);
        stale.Entry(copy.Agenda[^1]).Property(nameof(AgendaItem.Title)).CurrentValue = "Closing, from a stale copy";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
    }

    [Fact]
    public async Task A_change_to_a_minutes_entry_alone_bumps_its_minutes_version()
    {
        int minutesId, version;
        await using (var db = Database.CreateContext())
        {
            var minutes = await db.Minutes.Include(m => m.Items).FirstAsync(m => m.Status == MinutesStatus.Circulated);
            (minutesId, version) = (minutes.Id, minutes.Version);
            db.Entry(minutes.Items[0]).Property(nameof(MinutesItem.Summary)).CurrentValue = "Summary changed alone.";
            await db.SaveChangesAsync();
        }

        await using var check = Database.CreateContext();
        Assert.Equal(version + 1, (await check.Minutes.SingleAsync(m => m.Id == minutesId)).Version);
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_a_message_naming_who_changed_it_and_asking_for_reload()
    {
        var clock = new FakeTime();
        var administrator = new ApplicationService(Database.Factory, SignedIn.As(Roles.Administrator, Database, clock), FakeTime.Secretariat(clock), Support.Services.Documents(Database), Support.Services.Notifier(clock));
        var secretariat = new ApplicationService(Database.Factory, SignedIn.As(Roles.Secretariat, Database, clock), FakeTime.Secretariat(clock), Support.Services.Documents(Database), Support.Services.Notifier(clock));
        var id = (await secretariat.ListAsync(new())).Rows[0].Id;
        var seen = (await secretariat.FindAsync(id))!;

        await administrator.EditDetailsAsync(id, seen.Version, seen.ReceivedOn, "Summary by the administrator.", null);
        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            secretariat.EditDetailsAsync(id, seen.Version, seen.ReceivedOn, "Summary from a stale copy.", null));

        Assert.StartsWith($"{SignedIn.DisplayNameOf(Roles.Administrator)} changed this application after you opened it", refused.Message);
        Assert.Contains("Reload", refused.Message);
    }

    [Fact]
    public async Task A_stale_agenda_change_names_who_changed_another_part_of_the_meeting()
    {
        var administrator = MeetingServices.For(Database, Roles.Administrator);
        var secretariat = MeetingServices.For(Database, Roles.Secretariat);
        var meeting = (await secretariat.ListAsync()).First(m => m.Status == MeetingStatus.Planned && m.Items > 0);
        var seen = (await secretariat.FindAsync(meeting.Id))!;

        await administrator.EditItemAsync(seen.Id, seen.Version, seen.Agenda[0].Id, MeetingTestData.Item("Opening, as the administrator put it"));
        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            secretariat.MoveItemAsync(seen.Id, seen.Version, seen.Agenda[^1].Id, 0));

        Assert.StartsWith($"{SignedIn.DisplayNameOf(Roles.Administrator)} changed this meeting after you opened it", refused.Message);
    }
}
