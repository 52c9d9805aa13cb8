namespace Anso.Secretariat.App.Features.Notifications;

public static class CalendarEndpoints
{
    /// <summary>
    /// <c>/meetings/{id}/invite.ics</c> for a signed-in user who may see the meeting, and <c>/calendar/{token}.ics</c>,
    /// the private feed a calendar program reads without signing in: the secret token in the address is the key.
    /// </summary>
    public static void MapCalendars(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings/{id:int}/invite.ics", async (int id, NotificationService notifications) =>
            await notifications.InviteAsync(id) is { } ics
                ? Results.File(ics, MeetingCalendar.ContentType, $"meeting-{id}.ics")
                : Results.NotFound());
        app.MapGet("/calendar/{token}.ics", async (string token, NotificationService notifications, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "private, no-store";
            return await notifications.FeedAsync(token) is { } ics ? Results.File(ics, MeetingCalendar.ContentType) : Results.NotFound();
        }).AllowAnonymous();
    }
}
