using Anso.Secretariat.Domain.Applications;

namespace Anso.Secretariat.App.Features.Account;

/// <summary>Who is acting, for history and audit. Services stamp every change with it.</summary>
public sealed class CurrentUser(TimeProvider clock)
{
    // Sign-in arrives with issue #3; until then every change is recorded as the secretariat's.
    public string Name => "ANSO Secretariat";

    public Actor Now() => new(Name, clock.GetUtcNow());
}
