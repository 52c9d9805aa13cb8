namespace Anso.Secretariat.Domain.Common;

/// <summary>
/// The one "today": the date and time where the secretariat works (a setting, Asia/Shanghai by default), read from a
/// <see cref="TimeProvider"/> so tests can set the clock. Received dates, "not in the future", meeting days and the
/// time stamps on screens and documents all ask this, never <c>DateTime.Now</c> or the server's own time zone.
/// </summary>
public sealed class SecretariatTime(TimeProvider clock, TimeZoneInfo zone)
{
    public const string DefaultZoneId = "Asia/Shanghai";

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The moment, for stamping records (stored as an instant; shown in <see cref="Zone"/>).</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Today's date where the secretariat works.</summary>
    public DateOnly Today => DateOf(Now);

    /// <summary>The secretariat's date of a moment: 23:30 UTC on 1 Dec is 2 Dec in Beijing.</summary>
    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(InZone(at).DateTime);

    /// <summary>A moment as the secretariat's wall clock shows it.</summary>
    public DateTimeOffset InZone(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The zone for an id such as "Asia/Shanghai"; a clear message for an unknown one.</summary>
    public static TimeZoneInfo FindZone(string? id)
    {
        var name = string.IsNullOrWhiteSpace(id) ? DefaultZoneId : id.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new InvalidOperationException($"Secretariat:TimeZone is '{name}', which is not a time zone this machine knows. Use an IANA id such as {DefaultZoneId}.");
        }
    }
}
