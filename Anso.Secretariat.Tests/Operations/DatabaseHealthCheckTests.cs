using Anso.Secretariat.App.Data;
using Anso.Secretariat.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Anso.Secretariat.Tests.Operations;

/// <summary>/healthz on a sound database in use stays healthy (a damaged one: <see cref="StartingWithABadDatabaseTests"/>).</summary>
public sealed class DatabaseHealthCheckTests
{
    [Fact]
    public async Task A_sound_database_stays_healthy_while_organizations_are_added_between_two_checks()
    {
        using var database = new TestDatabase();
        // Pooled, as the app's own connection string is: a reused connection once saw the name search (FTS5) as damaged
        // after another connection had written to it, and /healthz answered 503 for a sound file.
        var pooled = new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ToString();
        var clock = new FakeTime();
        var health = new DatabaseHealthCheck(pooled, clock);
        try
        {
            Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
            for (var round = 0; round < 5; round++)
            {
                using (var db = database.CreateContext())
                {
                    for (var i = 0; i < 20; i++) db.Organizations.Add(An.Organization.Named($"Academy of Sciences {round}-{i}").Build());
                    await db.SaveChangesAsync();
                }
                clock.Advance(DatabaseHealthCheck.CacheFor + TimeSpan.FromSeconds(1));

                var result = await health.CheckHealthAsync(new HealthCheckContext());

                Assert.True(result.Status == HealthStatus.Healthy, $"after round {round}: {result.Description}");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
