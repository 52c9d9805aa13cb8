using System.Globalization;
using System.Resources;

namespace Anso.Secretariat.App.Documents;

/// <summary>
/// The documents' wording, in DocumentsText.resx (English) and DocumentsText.zh-Hans.resx, in the language of the
/// document being built (<see cref="DocumentLanguage.Current"/>). The documents are static builders, not components, so
/// they read the resources here rather than through an injected <c>IStringLocalizer</c>; the resources are the same.
/// Dates are written as each language writes them: "1 Dec 2026", "2026年12月1日".
/// </summary>
public sealed class DocumentsText
{
    private static readonly ResourceManager Resources = new(typeof(DocumentsText));
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private DocumentsText() { }

    /// <summary>The wording of <paramref name="key"/>, its placeholders filled in.</summary>
    public static string Say(string key, params object?[] values)
    {
        var text = Resources.GetString(key, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"DocumentsText has no wording '{key}'.");
        return values.Length == 0 ? text : string.Format(Invariant, text, values);
    }

    /// <summary>"1 application", "3 applications", "3 份申请": <paramref name="key"/>One and <paramref name="key"/>Many.</summary>
    public static string Count(int n, string key) => Say(n == 1 ? key + "One" : key + "Many", n);

    /// <summary>Items of a list: "a, b, c" or "a、b、c".</summary>
    public static string List(IEnumerable<string> items) => string.Join(Say("ListSeparator"), items);

    /// <summary>"National Academies (5)", "国家科学院（5）"; "Full (founding, GB)".</summary>
    public static string WithCount(string label, object count) => Say("WithCount", label, count);

    private static bool InChinese => DocumentLanguage.Current == DocumentLanguage.Chinese;

    /// <summary>"6 Nov 2019", "2019年11月6日".</summary>
    public static string Date(DateOnly date) => InChinese ? date.ToString("yyyy年M月d日", Invariant) : Display.Date(date);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>"1 December 2026", "2026年12月1日".</summary>
    public static string LongDate(DateOnly date) => InChinese ? Date(date) : date.ToString("d MMMM yyyy", Invariant);

    /// <summary>"6 Nov 2019", "13-14 May 2019", "30 Apr - 2 May 2020"; "2019年5月13-14日", "2020年4月30日至5月2日".</summary>
    public static string Dates(DateOnly start, DateOnly end)
    {
        if (!InChinese) return Domain.Meetings.Meeting.FormatDates(start, end);
        if (start == end) return Date(start);
        if (start.Year == end.Year && start.Month == end.Month) return $"{start.Year}年{start.Month}月{start.Day}-{end.Day}日";
        if (start.Year == end.Year) return $"{Date(start)}至{end.Month}月{end.Day}日";
        return $"{Date(start)}至{Date(end)}";
    }

    /// <summary>The meeting's dates, with its daily hours when known: "11 Dec 2024, 14:00-17:00 (local time)".</summary>
    public static string DatesAndHours(Domain.Meetings.Meeting meeting)
    {
        var dates = Dates(meeting.StartDate, meeting.EndDate);
        if (meeting.StartsAt is not { } from || meeting.EndsAt is not { } to) return dates;
        var hours = $"{from.ToString("HH:mm", Invariant)}-{to.ToString("HH:mm", Invariant)}";
        return Say(meeting.Days > 1 ? "DatesAndHoursEachDay" : "DatesAndHours", dates, hours);
    }

    /// <summary>"1 h 45 min", "30 min", "1 小时 45 分钟".</summary>
    public static string Duration(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => Say("DurationMinutes", m),
        (var h, 0) => Say("DurationHours", h),
        (var h, var m) => Say("DurationHoursMinutes", h, m),
    };
}
