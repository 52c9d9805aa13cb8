using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Microsoft.Extensions.Configuration;

namespace Anso.Secretariat.Tests.Support;

/// <summary>The app's services wired to a test database, the way the app wires them. The one place that constructs them.</summary>
public static class Services
{
    /// <summary>The signed-in user. Its constructor is about to change with sign-in (issue #3): adapt here only.</summary>
    public static CurrentUser User(TimeProvider clock) => new(clock);

    public static DocumentStore Documents(TestDatabase database) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build(), database.ConnectionString);

    public static ApplicationService Applications(TestDatabase database, TimeProvider? clock = null)
    {
        clock ??= new FakeTime();
        return new ApplicationService(database.Factory, User(clock), clock, Documents(database));
    }
}
