using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Microsoft.Extensions.Configuration;

namespace Anso.Secretariat.Tests.Support;

/// <summary>The app's services wired to a test database, the way the app wires them. The one place that constructs them.</summary>
public static class Services
{
    /// <summary>The name history and audit show for the secretariat member the services act as.</summary>
    public static string SecretariatMemberName => SignedIn.DisplayNameOf(Roles.Secretariat);

    public static CurrentUser User(TestDatabase database, TimeProvider clock) => SignedIn.As(Roles.Secretariat, database, clock);

    public static DocumentStore Documents(TestDatabase database) =>
        database.Documents();

    public static ApplicationService Applications(TestDatabase database, TimeProvider? clock = null) =>
        Applications(database, database.Factory, clock);

    /// <summary>On the contexts of <paramref name="factory"/> (one that captures the SQL, <see cref="QueryPlans"/>).</summary>
    public static ApplicationService Applications(TestDatabase database, Microsoft.EntityFrameworkCore.IDbContextFactory<SecretariatDbContext> factory, TimeProvider? clock = null)
    {
        clock ??= new FakeTime();
        return new ApplicationService(factory, User(database, clock), FakeTime.Secretariat(clock), Documents(database), Notifier(clock));
    }

    /// <summary>The outbox writer with no mail server configured (messages are queued, not sent).</summary>
    public static App.Features.Notifications.Notifier Notifier(TimeProvider? clock = null) =>
        new(new App.Features.Notifications.EmailSettings(), FakeTime.Secretariat(clock));
}
