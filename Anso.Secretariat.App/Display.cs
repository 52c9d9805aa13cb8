using System.Globalization;
using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.App;

/// <summary>The resources of <see cref="Display"/>: DisplayText.resx (English) and DisplayText.zh-Hans.resx.</summary>
public sealed class DisplayText;

/// <summary>
/// How dates, moments, numbers and files read on every screen and document, in the reader's language (the current UI culture,
/// unless a culture is given) and whatever the server's own culture: "1 Dec 2026" in English, "2026年12月1日" in Chinese.
/// A moment (when something was recorded) is stored with the offset it was recorded in, UTC for live work; it is always
/// shown in the secretariat's time zone (<see cref="SecretariatTime"/>, a setting), and says which. A meeting's hours are the
/// venue's local time and are shown as they were entered.
/// </summary>
public static class Display
{
    /// <summary>How an English date is written and typed: "6 Nov 2019". <see cref="DatePattern"/> is the reader's.</summary>
    public const string DateFormat = "d MMM yyyy";

    private const string ChineseDateFormat = "yyyy年M月d日";

    // English is written with the invariant culture's month names ("Nov"), as Wording writes meetings' dates.
    private static readonly CultureInfo EnglishCulture = PickerCulture(CultureInfo.InvariantCulture, DateFormat);
    private static readonly CultureInfo ChineseCulture = PickerCulture(CultureInfo.GetCultureInfo("zh-Hans"), ChineseDateFormat);

    /// <summary>How the reader writes and types a date: "d MMM yyyy", "yyyy年M月d日".</summary>
    public static string DatePattern => IsChinese(null) ? ChineseDateFormat : DateFormat;

    /// <summary>The date pickers' culture for the reader: month and day names in their language, weeks from Monday.</summary>
    public static CultureInfo Culture => CultureFor(null);

    /// <summary>"6 Nov 2019", "2019年11月6日".</summary>
    public static string Date(DateOnly date) => Date(date, null);

    public static string Date(DateOnly date, CultureInfo? culture) => date.ToString(
        IsChinese(culture) ? ChineseDateFormat : DateFormat, CultureFor(culture));

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>The day, where the secretariat works, on which something was recorded: "6 Nov 2019".</summary>
    public static string Date(DateTimeOffset at, SecretariatTime time) => Date(time.DateOf(at));

    /// <summary>The moment something was recorded, where the secretariat works: "6 Nov 2019, 15:00 Beijing time", "2019年11月6日 15:00（北京时间）".</summary>
    public static string DateAndTime(DateTimeOffset at, SecretariatTime time) => DateAndTime(at, time, null);

    public static string DateAndTime(DateTimeOffset at, SecretariatTime time, CultureInfo? culture)
    {
        var local = time.InZone(at);
        return Text.Format("DateAndTime", culture, Date(DateOnly.FromDateTime(local.DateTime), culture),
            local.ToString("HH:mm", CultureInfo.InvariantCulture), ZoneName(time.Zone, culture));
    }

    /// <summary>
    /// What the secretariat's clock is called: "Beijing time" (北京时间) for Asia/Shanghai (China's one time zone), else the
    /// place in the zone's id ("Europe/Paris": "Paris time"), or the id itself ("UTC").
    /// </summary>
    public static string ZoneName(TimeZoneInfo zone) => ZoneName(zone, null);

    public static string ZoneName(TimeZoneInfo zone, CultureInfo? culture)
    {
        var id = zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? zone.Id : iana;
        if (id is "Asia/Shanghai" or "Asia/Chongqing" or "Asia/Harbin" or "PRC") return Text.Get("Zone_Beijing", culture);
        var slash = id.LastIndexOf('/');
        return slash < 0 ? id : Text.Format("Zone_Place", culture, id[(slash + 1)..].Replace('_', ' '));
    }

    /// <summary>An uploaded file's kind and size: "PDF, 1.2 MB", "JPEG image, 80 KB"; "JPEG图片，80 KB".</summary>
    public static string FileKindAndSize(string? contentType, long? bytes, CultureInfo? culture = null)
    {
        var kind = Text.Get(contentType switch
        {
            "application/pdf" => "FileKind_Pdf",
            "image/png" => "FileKind_Png",
            "image/jpeg" => "FileKind_Jpeg",
            _ => "FileKind_Other",
        }, culture);
        return bytes is { } b ? Text.Format("KindAndSize", culture, kind, FileSize(b)) : kind;
    }

    /// <summary>"80 KB", "1.2 MB": the same in both languages.</summary>
    public static string FileSize(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} KB"
        : $"{(bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB";

    /// <summary>A whole number with its thousands grouped, as both languages write it: "12,345".</summary>
    public static string Number(long n, CultureInfo? culture = null) => n.ToString("#,0", CultureFor(culture));

    /// <summary>"1 application", "3 applications"; <paramref name="plural"/> when adding an s will not do. English only: translated
    /// screens use a pair of resources instead ("Applications_One", "Applications_Many").</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        $"{n} {(n == 1 ? singular : plural ?? singular + "s")}";

    private static bool IsChinese(CultureInfo? culture) =>
        (culture ?? CultureInfo.CurrentUICulture).Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static CultureInfo CultureFor(CultureInfo? culture) => IsChinese(culture) ? ChineseCulture : EnglishCulture;

    private static CultureInfo PickerCulture(CultureInfo from, string datePattern)
    {
        var culture = (CultureInfo)from.Clone();
        culture.DateTimeFormat.FirstDayOfWeek = DayOfWeek.Monday;
        culture.DateTimeFormat.ShortDatePattern = datePattern;
        return CultureInfo.ReadOnly(culture);
    }

    private static class Text
    {
        public static string Get(string key, CultureInfo? culture) => StaticText<DisplayText>.Get(key, culture);
        public static string Format(string key, CultureInfo? culture, params object[] args) =>
            string.Format(CultureFor(culture), Get(key, culture), args);
    }
}
