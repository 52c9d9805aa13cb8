using Anso.Secretariat.App.Data;
using Anso.Secretariat.Tests.Support;
using Anso.Secretariat.Tests.Data;
using static Anso.Secretariat.App.Data.DatabaseProvider;

// The same suites on PostgreSQL (issue 12): each class below runs every test of the suite it derives from on a fresh
// database of the test run's PostgreSQL server (Support/PostgresServer). The field initializer runs before the suite's own
// constructor and field initializers, so every TestDatabase the suite makes is a PostgreSQL one (Support/TestEngine).
// Run them with --filter "FullyQualifiedName~OnPostgreSql".

namespace Anso.Secretariat.Tests.OnPostgreSql;

public sealed class ConcurrentEditsOnPostgreSql : ConcurrentEditsTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class OneConcurrencyPathOnPostgreSql : OneConcurrencyPathTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class PerformingAStepOnPostgreSql : PerformingAStepTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class RecordingTheSameOrganizationAtOnceOnPostgreSql : RecordingTheSameOrganizationAtOnceTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class RefusingDuplicateApplicationsOnPostgreSql : RefusingDuplicateApplicationsTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class RefusingTooLongTextOnPostgreSql : RefusingTooLongTextTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class SortingNamesAsReadOnPostgreSql : SortingNamesAsReadTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class StoringAnApplicationOnPostgreSql : StoringAnApplicationTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class AttachingDocumentsOnPostgreSql : AttachingDocumentsTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class ListingSeveralApplicationsForAGbMeetingOnPostgreSql : ListingSeveralApplicationsForAGbMeetingTests
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class DecisionRegisterOnPostgreSql(PostgreSqlServiceHost host) : DecisionRegisterTests(host), IClassFixture<PostgreSqlServiceHost>
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class RecordingMeetingDecisionsOnPostgreSql(PostgreSqlServiceHost host) : RecordingMeetingDecisionsTests(host), IClassFixture<PostgreSqlServiceHost>
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class SevenApplicationsOnPostgreSql : SevenApplications
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class ListingApplicationsOnPostgreSql(SevenApplicationsOnPostgreSql seven) : ListingApplicationsTests(seven), IClassFixture<SevenApplicationsOnPostgreSql>
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class CountingApplicationsByStateOnPostgreSql(SevenApplicationsOnPostgreSql seven) : CountingApplicationsByStateTests(seven), IClassFixture<SevenApplicationsOnPostgreSql>
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class SeededDemoDatabaseOnPostgreSql : SeededDemoDatabase
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class DemoDataOnPostgreSql(SeededDemoDatabaseOnPostgreSql seeded) : DemoDataTests(seeded), IClassFixture<SeededDemoDatabaseOnPostgreSql>
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}

public sealed class DecisionTalliesOnPostgreSql(PostgreSqlServiceHost host) : DecisionTalliesTests(host), IClassFixture<PostgreSqlServiceHost>
{
    private readonly IDisposable engine = TestEngine.Use(PostgreSql);
}
