using System.Text;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Anso.Secretariat.App.Features.Notifications;

/// <summary>
/// Meetings as iCalendar (RFC 5545): the invitation of one meeting and a user's feed. Times are the venue's local
/// times in the venue's time zone (the meeting's, or the secretariat's when it has none), so a calendar anywhere
/// shows them at the right moment. A meeting with daily hours is one event from its start to its end time, repeated
/// each day it lasts; a meeting without hours is an all-day event over its days.
/// </summary>
public static class MeetingCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static byte[] Invite(Meeting meeting, EmailSettings settings, SecretariatTime time) =>
        Serialize(Build([meeting], settings, time, name: null));

    public static byte[] Feed(IEnumerable<Meeting> meetings, EmailSettings settings, SecretariatTime time, string name) =>
        Serialize(Build(meetings, settings, time, name));

    public static string ZoneOf(Meeting meeting, SecretariatTime time) => meeting.TimeZoneId ?? time.Zone.Id;

    private static Calendar Build(IEnumerable<Meeting> meetings, EmailSettings settings, SecretariatTime time, string? name)
    {
        var calendar = new Calendar { ProductId = "-//ANSO Secretariat//Anso.Secretariat//EN", Method = "PUBLISH" };
        if (name is not null) calendar.AddProperty("X-WR-CALNAME", name);
        var host = Uri.TryCreate(settings.SiteUrl, UriKind.Absolute, out var site) ? site.Host : "anso.local";
        foreach (var zone in meetings.Where(m => m.StartsAt is not null).Select(m => ZoneOf(m, time)).Distinct())
            calendar.AddTimeZone(new VTimeZone(zone));
        foreach (var meeting in meetings) calendar.Events.Add(Event(meeting, settings, time, host));
        return calendar;
    }

    private static CalendarEvent Event(Meeting meeting, EmailSettings settings, SecretariatTime time, string host)
    {
        var page = settings.Link($"/meetings/{meeting.Id}");
        var description = new StringBuilder()
            .AppendLine(meeting.Title)
            .AppendLine($"Agenda: {settings.Link($"/meetings/{meeting.Id}/agenda.pdf")}");
        if (meeting.OnlineLink is { } link) description.AppendLine($"Join online: {link}");
        description.AppendLine($"Meeting page: {page}");

        var e = new CalendarEvent
        {
            Uid = $"meeting-{meeting.Id}@{host}",
            Summary = meeting.Title,
            Description = description.ToString().TrimEnd(),
            Location = meeting.Venue.ToString() is { Length: > 0 } venue ? venue : (meeting.Mode == MeetingMode.Online ? "Online" : null),
            Url = new Uri(page),
            Sequence = meeting.CurrentRevision?.Number ?? 0,
            DtStamp = new CalDateTime(time.Now.UtcDateTime, "UTC"),
        };
        if (meeting.StartsAt is { } from && meeting.EndsAt is { } to)
        {
            var zone = ZoneOf(meeting, time);
            e.DtStart = new CalDateTime(meeting.StartDate, from, zone);
            e.DtEnd = new CalDateTime(meeting.StartDate, to, zone);
            if (meeting.Days > 1) e.RecurrenceRule = new RecurrencePattern(FrequencyType.Daily) { Count = meeting.Days };
        }
        else
        {
            e.DtStart = new CalDateTime(meeting.StartDate);
            e.DtEnd = new CalDateTime(meeting.EndDate.AddDays(1)); // all-day: the end is exclusive
        }
        if (meeting.OnlineLink is { } online) e.AddProperty("X-GOOGLE-CONFERENCE", online);
        return e;
    }

    private static byte[] Serialize(Calendar calendar) => Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
}
