using Anso.Secretariat.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anso.Secretariat.Tests.Data;

/// <summary>The NormalizedNames migration on a database made by the first release, with duplicates the old check let through.</summary>
public class NormalizedNamesMigrationTests
{
    [Fact]
    public void Existing_names_get_their_normalized_form_and_later_copies_keep_their_records()
    {
        using var database = new TestDatabase(migrate: false);
        using (var db = database.CreateContext())
        {
            db.GetService<IMigrator>().Migrate("20261122000000_Initial");
            db.Database.ExecuteSqlRaw("""
                INSERT INTO Categories (Id, Name, SortOrder) VALUES (1, 'Universities', 1);
                INSERT INTO Organizations (Id, Name, NameKey, CountryCode, CategoryId, Status, IsFoundingMember, IsBoardMember, Version) VALUES
                  (1, 'The African Academy of Sciences (AAS)', 'the african academy of sciences (aas)', 'KE', 1, 'Applicant', 0, 0, 0),
                  (2, 'Université d''Abomey-Calavi', 'universite d''abomey-calavi', 'BJ', 1, 'Applicant', 0, 0, 0),
                  (3, 'Universite d Abomey Calavi', 'universite d abomey calavi', 'BJ', 1, 'Applicant', 0, 0, 0),
                  (4, 'University of Belgrade', 'university of belgrade', 'RS', 1, 'Applicant', 0, 0, 0),
                  (5, 'University of Belgrade', 'university of belgrade', 'RS', 1, 'Applicant', 0, 0, 0);
                """);
            db.Database.Migrate();
        }

        Assert.Equal(
        [
            (1L, "african academy of sciences"), (2L, "universite d abomey calavi"), (3L, "universite d abomey calavi #3"),
            (4L, "university of belgrade"), (5L, "university of belgrade #5"),
        ], Keys(database));
        using var check = database.CreateContext();
        check.Database.OpenConnection();
        var ex = Assert.Throws<SqliteException>(() => check.Database.ExecuteSqlRaw(
            "UPDATE Organizations SET NameKey = 'university of belgrade' WHERE Id = 5"));
        Assert.Contains("UNIQUE", ex.Message);
    }

    private static List<(long, string)> Keys(TestDatabase database)
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, NameKey FROM Organizations ORDER BY Id";
        using var reader = command.ExecuteReader();
        var keys = new List<(long, string)>();
        while (reader.Read()) keys.Add((reader.GetInt64(0), reader.GetString(1)));
        return keys;
    }
}
