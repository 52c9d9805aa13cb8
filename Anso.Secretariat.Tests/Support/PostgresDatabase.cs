namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// A fresh, empty database on the test run's <see cref="PostgresServer"/>, dropped on dispose. Use it as an xunit fixture
/// (<c>IClassFixture&lt;PostgresDatabase&gt;</c>) when a test class needs a PostgreSQL database of its own, e.g. for app
/// instances started with <c>Database:Provider=PostgreSql</c> and <see cref="ConnectionString"/>.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public PostgresDatabase() => ConnectionString = PostgresServer.Shared.CreateDatabase();

    public string ConnectionString { get; }

    public void Dispose() => PostgresServer.Shared.DropDatabase(ConnectionString);
}
