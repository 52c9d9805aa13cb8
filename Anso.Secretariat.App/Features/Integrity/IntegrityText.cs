using System.Globalization;
using System.Resources;
using Anso.Secretariat.App.Data.Integrity;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App.Features.Integrity;

/// <summary>
/// The wording of the record's verification, in IntegrityText.resx (English) and IntegrityText.zh-Hans.resx: the panel
/// injects <c>IStringLocalizer&lt;IntegrityText&gt;</c>; reports are said through <see cref="IntegrityWording"/>.
/// </summary>
public sealed class IntegrityText;

/// <summary>
/// A verification's report in the reader's language (the current UI culture unless one is given): the panel's, in the
/// administrator's language; the <c>verify</c> command's, in English.
/// </summary>
public static class IntegrityWording
{
    private static readonly ResourceManager Resources = new(typeof(IntegrityText));

    /// <summary>"Verified 12 chains, 140 entries: every entry matches."</summary>
    public static string Describe(IntegrityReport report, CultureInfo? culture = null)
    {
        var (chains, entries) = (Count("Chains", report.Chains, culture), Count("Entries", report.Entries, culture));
        return report.IsIntact ? Format("Intact", culture, chains, entries)
            : Format(report.Breaks.Count == 1 ? "Broken_One" : "Broken_Many", culture, chains, entries, report.Breaks.Count);
    }

    /// <summary>"ApplicationHistory, application 3 (University of Belgrade): entry #2 (row 7, 6 Nov 2019) does not match its hash: …".</summary>
    public static string Describe(ChainBreak found, CultureInfo? culture = null)
    {
        var chain = found.OwnerName is { } name
            ? Format($"Chain_{found.Owner}", culture, found.OwnerId, name)
            : Format($"Chain_{found.Owner}_Gone", culture, found.OwnerId);
        var entry = found.Position is { } p ? Format("Entry", culture, p) : Text("EntryWithoutPlace", culture);
        var row = found.Date is { } d ? Format("RowOfDate", culture, found.RowId, Wording.Dates(d, d, culture)) : Format("Row", culture, found.RowId);
        var facts = found.Facts.Select(f => Say(f, culture)).ToArray<object>();
        return Format("Break", culture, Text($"Table_{found.Table}", culture), chain, entry, row, Format($"Problem_{found.Problem}", culture, facts));
    }

    private static string Say(object fact, CultureInfo? culture) => fact switch
    {
        ApplicationState state => Wording.Of(state, culture),
        MinutesStatus status => Text($"MinutesStatus_{status}", culture),
        _ => Convert.ToString(fact, culture ?? CultureInfo.CurrentUICulture) ?? "",
    };

    private static string Count(string what, int n, CultureInfo? culture) => Format(n == 1 ? $"{what}_One" : $"{what}_Many", culture, n);

    private static string Text(string key, CultureInfo? culture) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"IntegrityText has no '{key}'.");

    private static string Format(string key, CultureInfo? culture, params object[] args) =>
        string.Format(culture ?? CultureInfo.CurrentUICulture, Text(key, culture), args);
}
