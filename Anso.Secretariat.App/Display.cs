using System.Globalization;
using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.App;

/// <summary>
/// How dates, moments and counts read on every screen and document, whatever the server's culture.
/// A moment (when something was recorded) is stored with the offset it was recorded in, UTC for live work; it is always
/// shown in the secretariat's time zone (<see cref="SecretariatTime"/>, a setting), and says which. A meeting's hours are the venue's local time and are
/// shown as they were entered.
/// </summary>
public static class Display
{
    /// <summary>How a date is written and typed: "6 Nov 2019".</summary>
    public const string DateFormat = "d MMM yyyy";

    /// <summary>The date pickers' culture: English month names as <see cref="Date(DateOnly)"/> writes them, weeks from Monday.</summary>
    public static readonly CultureInfo Culture = CreateCulture();

    /// <summary>"6 Nov 2019".</summary>
    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>The day, where the secretariat works, on which something was recorded: "6 Nov 2019".</summary>
    public static string Date(DateTimeOffset at, SecretariatTime time) => Date(time.DateOf(at));

    /// <summary>The moment something was recorded, where the secretariat works: "6 Nov 2019, 15:00 Beijing time".</summary>
    public static string DateAndTime(DateTimeOffset at, SecretariatTime time) =>
        $"{time.InZone(at).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} {ZoneName(time.Zone)}";

    /// <summary>
    /// What the secretariat's clock is called: "Beijing time" for Asia/Shanghai (China's one time zone), else the place in
    /// the zone's id ("Europe/Paris": "Paris time"), or the id itself ("UTC").
    /// </summary>
    public static string ZoneName(TimeZoneInfo zone)
    {
        var id = zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? zone.Id : iana;
        if (id is "Asia/Shanghai" or "Asia/Chongqing" or "Asia/Harbin" or "PRC") return "Beijing time";
        var slash = id.LastIndexOf('/');
        return slash < 0 ? id : $"{id[(slash + 1)..].Replace('_', ' ')} time";
    }

    /// <summary>An uploaded file's kind and size: "PDF, 1.2 MB", "JPEG image, 80 KB".</summary>
    public static string FileKindAndSize(string? contentType, long? bytes)
    {
        var kind = contentType switch { "application/pdf" => "PDF", "image/png" => "PNG image", "image/jpeg" => "JPEG image", _ => "File" };
        return bytes is { } b ? $"{kind}, {FileSize(b)}" : kind;
    }

    /// <summary>"80 KB", "1.2 MB".</summary>
    public static string FileSize(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} KB"
        : $"{(bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB";

    /// <summary>"1 application", "3 applications"; <paramref name="plural"/> when adding an s will not do.</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        $"{n} {(n == 1 ? singular : plural ?? singular + "s")}";

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.FirstDayOfWeek = DayOfWeek.Monday;
        culture.DateTimeFormat.ShortDatePattern = DateFormat;
        return CultureInfo.ReadOnly(culture);
    }
}
