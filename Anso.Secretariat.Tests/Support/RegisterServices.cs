using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Dashboard;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.App.Features.Search;

namespace Anso.Secretariat.Tests.Support;

/// <summary>The register's, the dashboard's and the CSV services on a test database, for one signed-in role.</summary>
public sealed class RegisterServices(TestDatabase database, string role = Roles.Secretariat, TimeProvider? clock = null)
{
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;
    private CurrentUser User => SignedIn.As(role, database, Clock);

    public ImportService Import => new(database.Factory, User, FakeTime.Secretariat(Clock));
    public ExportService Export => new(database.Factory, User, FakeTime.Secretariat(Clock), new DecisionRegisterService(database.Factory, User));
    public MemberRegisterService Register => new(database.Factory, User);
    public DashboardService Dashboard => new(database.Factory, User);
    public SearchService Search => new(database.Factory, User);
}
