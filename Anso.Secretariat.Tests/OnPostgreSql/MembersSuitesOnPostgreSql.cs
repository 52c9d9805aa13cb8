using Anso.Secretariat.App.Data;
using Anso.Secretariat.Tests.Support;
using Anso.Secretariat.Tests.Members;
using static Anso.Secretariat.App.Data.DatabaseProvider;

// The same suites on PostgreSQL (issue 12): each class below runs every test of the suite it derives from on a fresh
// database of the test run's PostgreSQL server (Support/PostgresServer). The field initializer runs before the suite's own
// constructor and field initializers, so every TestDatabase the suite makes is a PostgreSQL one (Support/TestEngine).
// Run them with --filter "FullyQualifiedName~OnPostgreSql".

namespace Anso.Secretariat.Tests.OnPostgreSql;

public sealed class DashboardFiguresOnPostgreSql : DashboardFiguresTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class EditingTheRegisterOnPostgreSql : EditingTheRegisterTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}
