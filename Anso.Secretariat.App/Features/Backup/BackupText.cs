namespace Anso.Secretariat.App.Features.Backup;

/// <summary>
/// The wording of the backup panel and download, in BackupText.resx (English) and BackupText.zh-Hans.resx: inject
/// <c>IStringLocalizer&lt;BackupText&gt;</c>. The operator's commands (<see cref="BackupCommands"/>) answer in English.
/// </summary>
public sealed class BackupText;
