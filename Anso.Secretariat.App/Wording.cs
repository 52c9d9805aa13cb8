using System.Globalization;
using System.Resources;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App;

/// <summary>The resources of <see cref="Wording"/>: WordingText.resx (English) and WordingText.zh-Hans.resx.</summary>
public sealed class WordingText;

/// <summary>
/// The words for the domain's codes (states, steps, outcomes, meeting titles and dates), in the reader's language: the
/// current UI culture, which the request or the circuit sets, unless a culture is given. The domain keeps the codes; the
/// screens and documents say them through here. CSV files, which other programs read back, always use <see cref="English"/>.
/// </summary>
public static class Wording
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly ResourceManager Resources = new(typeof(WordingText));

    public static string Of(ApplicationState state, CultureInfo? culture = null) => Text($"ApplicationState_{state}", culture);
    public static string Of(ApplicationAction action, CultureInfo? culture = null) => Text($"ApplicationAction_{action}", culture);
    public static string Of(DecisionOutcome outcome, CultureInfo? culture = null) => Text($"DecisionOutcome_{outcome}", culture);
    public static string Of(AgendaItemKind kind, CultureInfo? culture = null) => Text($"AgendaItemKind_{kind}", culture);
    public static string Of(AgendaPurpose purpose, CultureInfo? culture = null) => Text($"AgendaPurpose_{purpose}", culture);
    public static string Of(ParticipantRole role, CultureInfo? culture = null) => Text($"ParticipantRole_{role}", culture);
    public static string Of(Attendance attendance, CultureInfo? culture = null) => Text($"Attendance_{attendance}", culture);
    public static string Of(MeetingBody body, CultureInfo? culture = null) => Text($"MeetingBody_{body}", culture);
    public static string Of(MeetingMode mode, CultureInfo? culture = null) => Text($"MeetingMode_{mode}", culture);
    public static string Of(MeetingStatus status, CultureInfo? culture = null) => Text($"MeetingStatus_{status}", culture);

    /// <summary>The state inside a sentence: "listed for GB" in English, where a sentence does not start with it.</summary>
    public static string InSentence(ApplicationState state, CultureInfo? culture = null)
    {
        var text = Of(state, culture);
        return IsEnglish(culture) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>"12th ANSO Governing Board (GB) Meeting", "ANSO第12次理事会会议".</summary>
    public static string MeetingTitle(MeetingBody body, int number, CultureInfo? culture = null) =>
        Format($"MeetingTitle_{body}", culture, Ordinal.Of(number), number);

    /// <summary>"12th GB", "第12次理事会".</summary>
    public static string MeetingShortName(MeetingBody body, int number, CultureInfo? culture = null) =>
        Format($"MeetingShortName_{body}", culture, Ordinal.Of(number), number);

    /// <summary>"GB", "GA", "WG": the body as a list or a file name abbreviates it.</summary>
    public static string Abbreviation(MeetingBody body, CultureInfo? culture = null) => Text($"BodyAbbreviation_{body}", culture);

    /// <summary>"6 Nov 2019", "13-14 May 2019", "30 Apr - 2 May 2020"; "2019年11月6日", "2019年5月13日至14日".</summary>
    public static string Dates(DateOnly start, DateOnly end, CultureInfo? culture = null)
    {
        var key = start == end ? "Dates_OneDay"
            : start.Year == end.Year && start.Month == end.Month ? "Dates_SameMonth"
            : start.Year == end.Year ? "Dates_SameYear"
            : "Dates_Apart";
        return Format(key, culture, start, end);
    }

    /// <summary>"11 Dec 2024, 14:00-17:00 (local time)": a meeting's dates, and its hours when they are known.</summary>
    public static string DatesAndHours(Meeting meeting, CultureInfo? culture = null)
    {
        var dates = Dates(meeting.StartDate, meeting.EndDate, culture);
        if (meeting.StartsAt is not { } from || meeting.EndsAt is not { } to) return dates;
        return Format(meeting.Days > 1 ? "DatesAndHours_EachDay" : "DatesAndHours_OneDay", culture, dates, from, to);
    }

    /// <summary>"1 h 45 min", "30 min", "3 h".</summary>
    public static string Duration(int minutes, CultureInfo? culture = null) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => Format("Duration_Minutes", culture, 0, m),
        (var h, 0) => Format("Duration_Hours", culture, h, 0),
        (var h, var m) => Format("Duration_HoursAndMinutes", culture, h, m),
    };

    /// <summary>Where a meeting is held: "Railway Hotel, Beijing, 中国" — place and city as typed, the country in the reader's language.</summary>
    public static string Where(Venue venue, CultureInfo? culture = null) =>
        string.Join(", ", new[] { venue.Place, venue.City, venue.CountryCode is null ? null : CountryNames.Of(venue.CountryCode, culture) }
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    extension(Meeting meeting)
    {
        /// <summary>"12th ANSO Governing Board (GB) Meeting", in the reader's language.</summary>
        public string Title => MeetingTitle(meeting.Body, meeting.Number);
        /// <summary>"12th GB", in the reader's language.</summary>
        public string ShortName => MeetingShortName(meeting.Body, meeting.Number);
        /// <summary>"13-14 May 2019", in the reader's language.</summary>
        public string Dates => Dates(meeting.StartDate, meeting.EndDate);
        /// <summary>"11 Dec 2024, 14:00-17:00 (local time)", or the dates alone.</summary>
        public string DatesAndHours => DatesAndHours(meeting);
    }

    private static bool IsEnglish(CultureInfo? culture) => (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en"
        || (culture ?? CultureInfo.CurrentUICulture).Equals(CultureInfo.InvariantCulture);

    private static string Text(string key, CultureInfo? culture) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"WordingText has no '{key}'.");

    // English dates are written with invariant month names ("Nov"), whatever the server's culture; Chinese ones need only digits.
    private static string Format(string key, CultureInfo? culture, params object[] args) =>
        string.Format(IsEnglish(culture) ? CultureInfo.InvariantCulture : culture ?? CultureInfo.CurrentUICulture, Text(key, culture), args);
}
