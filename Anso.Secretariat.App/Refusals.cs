using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using FluentValidation.Results;

namespace Anso.Secretariat.App;

/// <summary>The resources of <see cref="Refusals"/>: RefusalsText.resx (English) and RefusalsText.zh-Hans.resx.</summary>
public sealed class RefusalsText;

/// <summary>
/// The one place a refusal (<see cref="DomainException"/>: a code and its facts) becomes a sentence, in the reader's
/// language: the current UI culture unless a culture is given. RefusalsText has one entry per code,
/// "<c>{enum type}_{code}</c>", with a placeholder per fact: {0} a meeting's title ({0:dates} its dates, {0:short} its short
/// name), a state in a sentence ("listed for GB"), an action or outcome by its name, a date as the language writes it, and
/// another code by its own entry ("{1}": "<c>{type}_{value}</c>", "{1:it}": "<c>{type}_{value}_it</c>").
/// </summary>
public static class Refusals
{
    private static readonly ResourceManager Resources = new(typeof(RefusalsText));

    /// <summary>Why the change was refused, in the reader's language.</summary>
    public static string Say(DomainException refusal, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var facts = refusal.Arguments.Select(a => (object)new Fact(a, culture)).ToArray();
        return string.Format(FormatCulture(culture), Text(KeyOf(refusal.Code), culture), facts);
    }

    /// <summary>A validator's message in the reader's language: its refusal when it has one (<c>WithRefusal</c>), else its text.</summary>
    public static string Say(ValidationFailure failure) =>
        failure.CustomState is DomainException refusal ? Say(refusal) : failure.ErrorMessage;

    /// <summary>The refusal in English, as logs and <see cref="Exception.Message"/> carry it.</summary>
    public static string InEnglish(DomainException refusal) => Say(refusal, Wording.English);

    /// <summary>The resource key of a code: "Refusal_MeetingAlreadyHeld".</summary>
    public static string KeyOf(Enum code) => $"{code.GetType().Name}_{code}";

    /// <summary>Gives the domain's exceptions their English <see cref="Exception.Message"/>, before any code of the app runs.</summary>
    [ModuleInitializer]
    internal static void SayRefusalsInEnglish() => DomainException.SayInEnglish = InEnglish;

    /// <summary>The wording of one key of RefusalsText, with its placeholders.</summary>
    public static string Text(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new MissingManifestResourceException($"RefusalsText has no '{key}'.");

    // English is written with invariant numbers and month names, whatever the server's culture, as Wording does.
    private static CultureInfo FormatCulture(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName is "en" or "iv" ? CultureInfo.InvariantCulture : culture;

    /// <summary>One fact of a refusal, written as the reader's language writes it.</summary>
    private sealed class Fact(object? value, CultureInfo culture) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? provider) => value switch
        {
            null => "",
            Meeting m when format == "dates" => Wording.Dates(m.StartDate, m.EndDate, culture),
            Meeting m when format == "short" => Wording.MeetingShortName(m.Body, m.Number, culture),
            Meeting m => Wording.MeetingTitle(m.Body, m.Number, culture),
            ApplicationState s when format == "name" => Wording.Of(s, culture),
            ApplicationState s => Wording.InSentence(s, culture),
            ApplicationAction a => Wording.Of(a, culture),
            DecisionOutcome o => Wording.Of(o, culture),
            MeetingBody b => Wording.Of(b, culture),
            DateOnly d => Wording.Dates(d, d, culture),
            DomainException inner => Say(inner, culture),
            IEnumerable<DomainException> several => string.Join(FormatCulture(culture) == CultureInfo.InvariantCulture ? " " : "",
                several.Select(r => Say(r, culture))),
            Enum e => Text(string.IsNullOrEmpty(format) ? KeyOf(e) : $"{KeyOf(e)}_{format}", culture),
            IFormattable f => f.ToString(format, FormatCulture(culture)),
            _ => value.ToString() ?? "",
        };

        public override string ToString() => ToString(null, null);
    }
}
