namespace Anso.Secretariat.App;

/// <summary>
/// Why a service, rather than the domain, refused: no such record, an upload, an account, access, a conflicting save.
/// Worded like the domain's <see cref="Domain.Common.Refusal"/>: RefusalsText, one entry "ServiceRefusal_{code}" per code.
/// </summary>
public enum ServiceRefusal
{
}
