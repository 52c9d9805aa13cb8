using System.Data.Common;
using System.Text.RegularExpressions;
using Anso.Secretariat.App.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// Plain SQL on a test database, outside EF, as an independent check of what EF stored, on either engine. Write the SQL
/// as SQLite reads it, with table and column names unquoted (PascalCase) and parameters <c>$0</c>, <c>$1</c>...; on
/// PostgreSQL the names are quoted (they are case-sensitive there) and the parameters renamed.
/// </summary>
public static partial class RawSql
{
    public static DbConnection Open(TestDatabase database)
    {
        DbConnection connection = database.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        connection.Open();
        return connection;
    }

    public static DbCommand Command(this DbConnection connection, string sql, params object[] parameters)
    {
        var command = connection.CreateCommand();
        var postgres = connection is NpgsqlConnection;
        command.CommandText = postgres ? ForPostgreSql(sql) : sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = postgres ? $"p{i}" : $"${i}";
            parameter.Value = parameters[i];
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>PascalCase names quoted, outside string literals; <c>$n</c> becomes <c>@pn</c>.</summary>
    public static string ForPostgreSql(string sql) =>
        string.Concat(Literals().Split(sql).Select((part, i) => i % 2 == 1 ? part
            : Parameters().Replace(Names().Replace(part, "\"$1\""), "@p$1")));

    [GeneratedRegex("('[^']*')")]
    private static partial Regex Literals();

    [GeneratedRegex(@"\b([A-Z][a-z][A-Za-z]*)\b")]
    private static partial Regex Names();

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Parameters();
}
