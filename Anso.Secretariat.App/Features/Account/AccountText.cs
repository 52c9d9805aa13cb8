namespace Anso.Secretariat.App.Features.Account;

/// <summary>The wording of signing in, first-run setup, passwords and refusals: AccountText.resx and AccountText.zh-Hans.resx.</summary>
public sealed class AccountText;
