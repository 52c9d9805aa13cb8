using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Anso.Secretariat.App.Features.Exchange;

/// <summary>
/// The wording of the import screens and of what an import says about a file and its rows, in ExchangeText.resx
/// (English) and ExchangeText.zh-Hans.resx: components inject <c>IStringLocalizer&lt;ExchangeText&gt;</c>. The CSV files
/// themselves (columns, values) stay English: other programs read them back (<see cref="CsvValues"/>).
/// </summary>
public sealed class ExchangeText
{
    /// <summary>
    /// The same wording for the import's checks, which no component injects into: a preview's messages are made in the
    /// current UI culture, the language of the user who chose the file.
    /// </summary>
    internal static IStringLocalizer<ExchangeText> Current { get; } = new StringLocalizer<ExchangeText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}

public static class ExchangeWording
{
    /// <summary>"3 organizations", "1 application": what the rows of a file are.</summary>
    public static string Rows(this IStringLocalizer<ExchangeText> text, ImportKind kind, int n) =>
        text[$"{kind}_{(n == 1 ? "One" : "Many")}", n];
}
