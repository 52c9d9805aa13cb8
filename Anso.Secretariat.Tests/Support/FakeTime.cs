using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Tests.Support;

/// <summary>A clock that stands still until a test moves it, in a time zone the test chooses (UTC unless told).</summary>
public sealed class FakeTime(DateTimeOffset now, TimeZoneInfo? localTimeZone = null) : TimeProvider
{
    /// <summary>The app's default zone, Asia/Shanghai (Beijing time, UTC+8), as the machine knows it.</summary>
    public static readonly TimeZoneInfo Shanghai = SecretariatTime.FindZone(SecretariatTime.DefaultZoneId);

    /// <summary>"Today" as the app reads it from <paramref name="clock"/>: in Asia/Shanghai unless told.</summary>
    public static SecretariatTime Secretariat(TimeProvider? clock = null, TimeZoneInfo? zone = null) =>
        new(clock ?? System, zone ?? Shanghai);

    private DateTimeOffset _now = now;

    /// <summary>10:00 UTC on 1 December 2025: after the 4th GA, before the 10th GB.</summary>
    public FakeTime() : this(new DateTimeOffset(2025, 12, 1, 10, 0, 0, TimeSpan.Zero)) { }

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => localTimeZone ?? TimeZoneInfo.Utc;

    public DateOnly TodayUtc => DateOnly.FromDateTime(GetUtcNow().UtcDateTime);

    public void Advance(TimeSpan by) => _now += by;
}
