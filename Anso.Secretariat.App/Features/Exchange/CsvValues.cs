using System.Globalization;
using System.Text.RegularExpressions;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.App.Features.Exchange;

/// <summary>
/// How values are written in the CSV files and read back: what an export writes, an import reads, and an import also
/// reads what people type in spreadsheets ("Serbia" or "RS", "yes" or "true", "2019-11-06" or "6 Nov 2019").
/// Each Parse method returns null and an error message for the user when it cannot read the value.
/// </summary>
public static class CsvValues
{
    public const string DateFormat = "yyyy-MM-dd";
    private static readonly string[] DateFormats = [DateFormat, "d MMM yyyy", "d MMMM yyyy", "yyyy/MM/dd"];

    private static readonly Dictionary<string, string> CountryByKey = BuildCountryIndex();

    public static string Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    public static string YesNo(bool value) => value ? "yes" : "no";

    public static string Status(OrganizationStatus status) => status switch
    {
        OrganizationStatus.FormerMember => "Former member",
        _ => status.ToString(),
    };

    public static string State(ApplicationState state) => Wording.Of(state, Wording.English);

    public static DateOnly? ParseDate(string text, out string? error)
    {
        error = null;
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        error = $"'{text}' is not a date; write dates as {new DateOnly(2019, 11, 6).ToString(DateFormat, CultureInfo.InvariantCulture)}.";
        return null;
    }

    public static bool ParseYesNo(string text, out string? error)
    {
        error = null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "" or "no" or "n" or "false" or "0": return false;
            case "yes" or "y" or "true" or "1": return true;
            default:
                error = $"'{text}' is neither yes nor no.";
                return false;
        }
    }

    /// <summary>An ISO code ("RS"), an English name ("Serbia", accents and case aside) or a common other name ("Turkey").</summary>
    public static string? ParseCountry(string text, out string? error)
    {
        error = null;
        if (Countries.IsKnown(text)) return text.ToUpperInvariant();
        if (CountryByKey.TryGetValue(TextMatching.MatchKey(text), out var code)) return code;
        error = $"'{text}' is not a country; give its English name or its ISO code (for example Serbia or RS).";
        return null;
    }

    public static OrganizationStatus? ParseStatus(string text, out MembershipType? impliedType, out string? error)
    {
        error = null;
        impliedType = null;
        switch (TextMatching.MatchKey(text).Replace(" ", ""))
        {
            case "member": return OrganizationStatus.Member;
            case "fullmember": impliedType = MembershipType.Full; return OrganizationStatus.Member;
            case "provisionalmember": impliedType = MembershipType.Provisional; return OrganizationStatus.Member;
            case "applicant": return OrganizationStatus.Applicant;
            case "formermember": return OrganizationStatus.FormerMember;
            default:
                error = $"'{text}' is not a status; use Member, Applicant or Former member.";
                return null;
        }
    }

    public static MembershipType? ParseMembershipType(string text, out string? error)
    {
        error = null;
        if (text.Length == 0) return null;
        var key = TextMatching.MatchKey(text).Replace(" member", "").Replace(" membership", "");
        if (key == "full") return MembershipType.Full;
        if (key == "provisional") return MembershipType.Provisional;
        error = $"'{text}' is not a membership type; use Full or Provisional.";
        return null;
    }

    /// <summary>"Listed for GB", "ListedForBoard", "listed for gb": the names the list shows, or the state's own name.</summary>
    public static ApplicationState? ParseState(string text, out string? error)
    {
        error = null;
        var key = TextMatching.MatchKey(text).Replace(" ", "");
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            if (TextMatching.MatchKey(state.ToString()) == key) return state;
            if (TextMatching.MatchKey(Wording.Of(state, Wording.English)).Replace(" ", "") == key) return state;
        }
        if (key == "closed") return ApplicationState.Closed;
        error = $"'{text}' is not a state; use one of: {string.Join(", ", Enum.GetValues<ApplicationState>().Select(s => Wording.Of(s, Wording.English)))}.";
        return null;
    }

    /// <summary>A meeting of <paramref name="body"/> by its number: "9th ANSO Governing Board (GB) Meeting", "9th GB", "GB 9" or "9".</summary>
    public static Meeting? ParseMeeting(string text, MeetingBody body, IReadOnlyDictionary<(MeetingBody, int), Meeting> meetings, out string? error)
    {
        error = null;
        if (text.Length == 0) return null;
        var number = Regex.Match(text, @"\d+");
        var abbreviation = Wording.Abbreviation(body, Wording.English);
        if (!number.Success || !int.TryParse(number.Value, out var n))
        {
            error = $"'{text}' does not give the {abbreviation}'s number (for example 9th {abbreviation}).";
            return null;
        }
        if (meetings.TryGetValue((body, n), out var meeting)) return meeting;
        error = $"There is no {Ordinal.Of(n)} {abbreviation} meeting; record the meeting first.";
        return null;
    }

    private static Dictionary<string, string> BuildCountryIndex()
    {
        var index = Countries.All.ToDictionary(c => TextMatching.MatchKey(c.Name), c => c.Code);
        // Names people commonly use that differ from ISO 3166's short names.
        (string Name, string Code)[] others =
        [
            ("Turkey", "TR"), ("Russia", "RU"), ("Czech Republic", "CZ"), ("Viet Nam", "VN"), ("Lao PDR", "LA"),
            ("Lao People's Democratic Republic", "LA"), ("Republic of Korea", "KR"), ("Korea, Republic of", "KR"),
            ("Iran, Islamic Republic of", "IR"), ("Syrian Arab Republic", "SY"), ("USA", "US"), ("United States of America", "US"),
            ("UK", "GB"), ("Great Britain", "GB"), ("Ivory Coast", "CI"), ("Swaziland", "SZ"), ("Macedonia", "MK"),
            ("DR Congo", "CD"), ("Democratic Republic of the Congo", "CD"), ("Republic of the Congo", "CG"),
            ("Palestine", "PS"), ("Vatican", "VA"), ("Brunei", "BN"), ("Cape Verde", "CV"), ("East Timor", "TL"),
            ("Burma", "MM"), ("Moldova, Republic of", "MD"), ("Tanzania, United Republic of", "TZ"), ("Hong Kong SAR", "HK"),
        ];
        foreach (var (name, code) in others) index.TryAdd(TextMatching.MatchKey(name), code);
        return index;
    }
}
