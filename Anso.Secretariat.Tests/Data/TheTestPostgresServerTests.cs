using Anso.Secretariat.Tests.Support;
using Npgsql;

namespace Anso.Secretariat.Tests.Data;

public class TheTestPostgresServerTests : IClassFixture<PostgresDatabase>
{
    private readonly PostgresDatabase database;

    public TheTestPostgresServerTests(PostgresDatabase database) => this.database = database;

    [Fact]
    public void Listens_on_loopback_and_gives_each_fixture_its_own_database()
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT current_database(), inet_server_addr()::text, current_setting('server_version_num')::int", connection);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.StartsWith("test_", reader.GetString(0));
        Assert.StartsWith("127.0.0.1", reader.GetString(1));
        Assert.True(reader.GetInt32(2) >= 150000);
    }

    [Fact]
    public void A_dropped_database_is_gone_and_another_is_empty()
    {
        var other = PostgresServer.Shared.CreateDatabase();
        using (var connection = new NpgsqlConnection(other))
        {
            connection.Open();
            using var create = new NpgsqlCommand("CREATE TABLE t (x int); INSERT INTO t VALUES (1);", connection);
            create.ExecuteNonQuery();
        }
        PostgresServer.Shared.DropDatabase(other);

        using var check = new NpgsqlConnection(other);
        var error = Assert.Throws<PostgresException>(() => check.Open());
        Assert.Equal(PostgresErrorCodes.InvalidCatalogName, error.SqlState);
    }
}
