using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Anso.Secretariat.App.Features.Backup;

/// <summary>
/// The wording of the backup panel and download, in BackupText.resx (English) and BackupText.zh-Hans.resx: inject
/// <c>IStringLocalizer&lt;BackupText&gt;</c>. The operator's commands (<see cref="BackupCommands"/>) answer in English.
/// </summary>
public sealed class BackupText
{
    /// <summary>The same wording for the download endpoint, in the request's UI culture.</summary>
    internal static IStringLocalizer<BackupText> Current { get; } = new StringLocalizer<BackupText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
