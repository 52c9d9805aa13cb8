namespace Anso.Secretariat.Domain.Common;

/// <summary>
/// The continent of each ISO 3166 country, as the UN's M49 standard groups them (so Türkiye and Cyprus are in Asia,
/// the Russian Federation in Europe). Used for the regional breakdown of the membership.
/// </summary>
public static class Regions
{
    public const string Africa = "Africa";
    public const string Americas = "Americas";
    public const string Asia = "Asia";
    public const string Europe = "Europe";
    public const string Oceania = "Oceania";
    /// <summary>Antarctica, and any code the table does not know.</summary>
    public const string Other = "Other";

    public static readonly IReadOnlyList<string> All = [Africa, Americas, Asia, Europe, Oceania, Other];

    // M49 sub-regions, in the standard's order, joined per continent.
    private static readonly (string Region, string Codes)[] Table =
    [
        (Africa, "DZ EG LY MA SD TN EH " +                                              // Northern Africa
                 "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW IO TF " + // Eastern Africa
                 "AO CM CF TD CG CD GQ GA ST " +                                        // Middle Africa
                 "BW SZ LS NA ZA " +                                                    // Southern Africa
                 "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG"),                 // Western Africa
        (Americas, "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI " + // Caribbean
                   "BZ CR SV GT HN MX NI PA " +                                                         // Central America
                   "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE " +                                 // South America
                   "BM CA GL PM US"),                                                                   // Northern America
        (Asia, "KZ KG TJ TM UZ " +                                  // Central Asia
               "CN HK MO KP JP MN KR TW " +                         // Eastern Asia
               "BN KH ID LA MY MM PH SG TH TL VN " +                 // South-eastern Asia
               "AF BD BT IN IR MV NP PK LK " +                      // Southern Asia
               "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"), // Western Asia
        (Europe, "BY BG CZ HU PL MD RO RU SK UA " +                          // Eastern Europe
                 "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB " +        // Northern Europe
                 "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES " +         // Southern Europe
                 "AT BE FR DE LI LU MC NL CH"),                              // Western Europe
        (Oceania, "AU CX CC HM NZ NF FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF"),
    ];

    private static readonly Dictionary<string, string> ByCode = Table
        .SelectMany(t => t.Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(code => (code, t.Region)))
        .ToDictionary(x => x.code, x => x.Region, StringComparer.OrdinalIgnoreCase);

    public static string Of(string? countryCode) =>
        countryCode is not null && ByCode.TryGetValue(countryCode, out var region) ? region : Other;

    /// <summary>The ISO codes of a region's countries, for filtering in the database.</summary>
    public static IReadOnlyList<string> CountriesIn(string region) =>
        Countries.All.Select(c => c.Code).Where(code => string.Equals(Of(code), region, StringComparison.OrdinalIgnoreCase)).ToList();

    public static bool IsKnown(string? region) => region is not null && All.Contains(region, StringComparer.OrdinalIgnoreCase);
}
