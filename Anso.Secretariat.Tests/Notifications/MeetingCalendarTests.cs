using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Notifications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Notifications;

/// <summary>The .ics of a meeting and the private feed, parsed back with Ical.Net.</summary>
public sealed class MeetingCalendarTests : IAsyncLifetime
{
    private readonly EmailHost host = new();
    private static readonly TimeZoneInfo Beijing = FakeTime.Shanghai;

    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    private static Calendar Parse(byte[] ics) => Calendar.Load(System.Text.Encoding.UTF8.GetString(ics))!;

    private static EmailSettings Settings => new() { SiteUrl = "https://secretariat.anso.example" };

    [Fact]
    public async Task A_Bangkok_meeting_is_at_its_Bangkok_time_and_an_hour_later_in_Beijing()
    {
        int gb9;
        await using (var db = await host.DbAsync())
            gb9 = await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == 9).Select(m => m.Id).SingleAsync();
        await using var scope = await host.AsAsync(Roles.BoardMember);

        var invite = Assert.Single(Parse((await scope.ServiceProvider.GetRequiredService<NotificationService>().InviteAsync(gb9))!).Events);

        Assert.Equal("Asia/Bangkok", invite.DtStart!.TzId);
        Assert.Equal(new DateTime(2024, 12, 11, 14, 0, 0), invite.DtStart.Value);
        Assert.Equal(new DateTime(2024, 12, 11, 7, 0, 0, DateTimeKind.Utc), invite.DtStart.AsUtc);
        Assert.Equal(new DateTime(2024, 12, 11, 15, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(invite.DtStart.AsUtc, Beijing));
        Assert.Equal(new DateTime(2024, 12, 11, 18, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(invite.DtEnd!.AsUtc, Beijing));
        Assert.Equal("Bangkok, Thailand", invite.Location);
        Assert.Contains($"Agenda: https://secretariat.anso.example/meetings/{gb9}/agenda.pdf", invite.Description);
        Assert.Equal($"https://secretariat.anso.example/meetings/{gb9}", invite.Url!.ToString());
    }

    [Fact]
    public void A_meeting_without_hours_is_an_all_day_event_over_its_days()
    {
        var ga = new Meeting(MeetingBody.GeneralAssembly, 4, new(2025, 10, 30), new(2025, 10, 31), new(null, "Beijing", "CN"), MeetingMode.OnSite);

        var e = Assert.Single(Parse(MeetingCalendar.Invite(ga, Settings, FakeTime.Secretariat(new FakeTime()))).Events);

        Assert.False(e.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2025, 10, 30), DateOnly.FromDateTime(e.DtStart.Value));
        Assert.Equal(new DateOnly(2025, 11, 1), DateOnly.FromDateTime(e.DtEnd!.Value)); // exclusive
    }

    [Fact]
    public void A_hybrid_meeting_of_two_days_repeats_its_hours_each_day_and_carries_its_online_link()
    {
        var wg = new Meeting(MeetingBody.WorkingGroup, 3, new(2026, 5, 13), new(2026, 5, 14), new("Hotel", "Bangkok", "TH"), MeetingMode.Hybrid);
        wg.SetHours(new TimeOnly(9, 0), new TimeOnly(12, 0));
        wg.SetLocalTimeAndLink("Asia/Bangkok", "https://meet.example/anso-wg3");

        var e = Assert.Single(Parse(MeetingCalendar.Invite(wg, Settings, FakeTime.Secretariat(new FakeTime()))).Events);

        var days = e.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(2026, 5, 1, 0, 0, 0, "UTC")).TakeWhile(o => o.Period.StartTime.Value.Year == 2026 && o.Period.StartTime.Value.Month == 5).ToList();
        Assert.Equal([new DateTime(2026, 5, 13, 2, 0, 0, DateTimeKind.Utc), new DateTime(2026, 5, 14, 2, 0, 0, DateTimeKind.Utc)],
            days.Select(o => o.Period.StartTime.AsUtc).ToList());
        Assert.Contains("Join online: https://meet.example/anso-wg3", e.Description);
    }

    [Fact]
    public async Task A_GB_members_feed_lists_only_GB_meetings_and_a_reset_address_replaces_the_old_one()
    {
        string feed;
        await using (var scope = await host.AsAsync(Roles.BoardMember))
            feed = await scope.ServiceProvider.GetRequiredService<NotificationService>().MyCalendarFeedAsync();
        var token = feed.Split('/').Last().Replace(".ics", "");
        var notifications = host.Get<IServiceProvider>().CreateScope().ServiceProvider.GetRequiredService<NotificationService>();

        var events = Parse((await notifications.FeedAsync(token))!).Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains("Governing Board", e.Summary));
        Assert.Contains(events, e => e.Summary == "9th ANSO Governing Board (GB) Meeting");

        await using (var scope = await host.AsAsync(Roles.BoardMember))
            await scope.ServiceProvider.GetRequiredService<NotificationService>().ResetCalendarFeedAsync();
        Assert.Null(await notifications.FeedAsync(token));
    }

    [Fact]
    public async Task The_secretariats_feed_lists_every_meeting()
    {
        string feed;
        await using (var scope = await host.AsAsync(Roles.Secretariat))
            feed = await scope.ServiceProvider.GetRequiredService<NotificationService>().MyCalendarFeedAsync();
        await using var db = await host.DbAsync();

        var events = Parse((await host.Get<IServiceProvider>().CreateScope().ServiceProvider.GetRequiredService<NotificationService>()
            .FeedAsync(feed.Split('/').Last().Replace(".ics", "")))!).Events;

        Assert.Equal(await db.Meetings.CountAsync(), events.Count);
        Assert.Contains(events, e => e.Summary.Contains("General Assembly"));
    }
}
