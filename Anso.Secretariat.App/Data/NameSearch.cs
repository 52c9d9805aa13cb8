using System.Text;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// Finding organizations by part of a name: the English name, the name in its own script ("科学院" finds 中国科学院) or
/// the acronym, through an index of three-character pieces (trigrams) on each engine, as its own SQL (below) sets it up:
/// <list type="bullet">
/// <item>SQLite: an FTS5 table with the trigram tokenizer over the normalized names and the acronym, one row per
/// organization (rowid = its id), kept current by triggers on <c>Organizations</c>. A migration that rebuilds that table
/// (SQLite's way to alter a column) drops the triggers with it, and must run <see cref="SqliteTriggers"/> again; a test
/// (NameSearchTests) fails when they are missing.</item>
/// <item>PostgreSQL: pg_trgm's GIN indexes on the same columns, which serve <c>LIKE '%…%'</c>.</item>
/// </list>
/// A trigram index needs at least three characters: a shorter query ("中国" is two) is matched with LIKE, which reads
/// every name, as it did before the index.
/// </summary>
public static class NameSearch
{
    /// <summary>The FTS5 table on SQLite.</summary>
    public const string SqliteTable = "OrganizationNameSearch";

    /// <summary>The shortest query a trigram index can answer.</summary>
    public const int ShortestIndexedQuery = 3;

    private const string Columns = "\"NameKey\", \"NativeNameKey\", \"Acronym\"";

    /// <summary>The triggers that keep <see cref="SqliteTable"/> in step with <c>Organizations</c> (an organization's id never changes).</summary>
    public static readonly string[] SqliteTriggers =
    [
        $"""
        CREATE TRIGGER "Organizations_NameSearch_Insert" AFTER INSERT ON "Organizations" BEGIN
            INSERT INTO "{SqliteTable}" (rowid, {Columns}) VALUES (new."Id", new."NameKey", new."NativeNameKey", new."Acronym");
        END;
        """,
        $"""
        CREATE TRIGGER "Organizations_NameSearch_Update" AFTER UPDATE OF {Columns} ON "Organizations" BEGIN
            UPDATE "{SqliteTable}" SET "NameKey" = new."NameKey", "NativeNameKey" = new."NativeNameKey", "Acronym" = new."Acronym"
            WHERE rowid = new."Id";
        END;
        """,
        $"""
        CREATE TRIGGER "Organizations_NameSearch_Delete" AFTER DELETE ON "Organizations" BEGIN
            DELETE FROM "{SqliteTable}" WHERE rowid = old."Id";
        END;
        """,
    ];

    /// <summary>SQLite: the table, filled from the organizations already there, and its triggers.</summary>
    public static IEnumerable<string> SqliteUp =>
    [
        $"""CREATE VIRTUAL TABLE "{SqliteTable}" USING fts5({Columns}, tokenize = 'trigram');""",
        $"""INSERT INTO "{SqliteTable}" (rowid, {Columns}) SELECT "Id", {Columns} FROM "Organizations";""",
        .. SqliteTriggers,
    ];

    public static IEnumerable<string> SqliteDown =>
    [
        """DROP TRIGGER IF EXISTS "Organizations_NameSearch_Insert";""",
        """DROP TRIGGER IF EXISTS "Organizations_NameSearch_Update";""",
        """DROP TRIGGER IF EXISTS "Organizations_NameSearch_Delete";""",
        $"""DROP TABLE IF EXISTS "{SqliteTable}";""",
    ];

    /// <summary>PostgreSQL: the pg_trgm extension (shipped with PostgreSQL) and one GIN index per searched column.</summary>
    public static IEnumerable<string> PostgreSqlUp =>
    [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm;",
        """CREATE INDEX "IX_Organizations_NameKey_Trigrams" ON "Organizations" USING gin ("NameKey" gin_trgm_ops);""",
        """CREATE INDEX "IX_Organizations_NativeNameKey_Trigrams" ON "Organizations" USING gin ("NativeNameKey" gin_trgm_ops);""",
        """CREATE INDEX "IX_Organizations_Acronym_Trigrams" ON "Organizations" USING gin (lower("Acronym") gin_trgm_ops);""",
    ];

    public static IEnumerable<string> PostgreSqlDown =>
    [
        """DROP INDEX IF EXISTS "IX_Organizations_NameKey_Trigrams";""",
        """DROP INDEX IF EXISTS "IX_Organizations_NativeNameKey_Trigrams";""",
        """DROP INDEX IF EXISTS "IX_Organizations_Acronym_Trigrams";""",
    ];

    /// <summary>
    /// The ids of the organizations whose normalized English name or name in its own script contains the query's
    /// normalized form, or whose acronym contains it (without case): a subquery, for <c>ids.Contains(o.Id)</c>.
    /// </summary>
    public static IQueryable<int> OrganizationIdsNamed(this SecretariatDbContext db, string query)
    {
        var (key, nameKey) = Keys(query);
        if (FullTextMatch(db, key, nameKey) is { } match)
            return db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "OrganizationNameSearch" WHERE "OrganizationNameSearch" MATCH {match}""");
        var (namePattern, acronymPattern) = (Containing(nameKey), Containing(key));
        return db.Organizations
            .Where(o => EF.Functions.Like(o.NameKey, namePattern, Escape)
                || (o.NativeNameKey != null && EF.Functions.Like(o.NativeNameKey, namePattern, Escape))
                || (o.Acronym != null && EF.Functions.Like(o.Acronym.ToLower(), acronymPattern, Escape)))
            .Select(o => o.Id);
    }

    /// <summary>
    /// How many found organizations a search still puts in order by sorting them. With more, SQLite reads its list in the
    /// list's own order (an index) and keeps the rows found, and stops at the first page: a common word ("academy" names a
    /// fifth of 50,000) would otherwise sort thousands of names, each compared in C# (<see cref="NameRules.Collation"/>).
    /// </summary>
    public const int SortedMatches = 500;

    /// <summary>
    /// Whether more than <see cref="SortedMatches"/> organizations are named so, counted in the index and no further.
    /// Only SQLite's full-text index says so cheaply; a short query, and PostgreSQL, whose planner weighs it itself, say no.
    /// </summary>
    public static async Task<bool> ManyOrganizationsNamedAsync(this SecretariatDbContext db, string query)
    {
        var (key, nameKey) = Keys(query);
        if (FullTextMatch(db, key, nameKey) is not { } match) return false;
        var found = await db.Database.SqlQuery<int>($"""
            SELECT COUNT(*) AS "Value" FROM (
                SELECT rowid FROM "OrganizationNameSearch" WHERE "OrganizationNameSearch" MATCH {match} LIMIT {SortedMatches + 1})
            """).SingleAsync();
        return found > SortedMatches;
    }

    /// <summary>The query as names and acronyms are compared: the match key, and the name key (as names are stored: no punctuation, no leading "The").</summary>
    private static (string Key, string NameKey) Keys(string query)
    {
        var key = TextMatching.MatchKey(query);
        return (key, OrganizationNames.Key(query) is { Length: > 0 } k ? k : key);
    }

    /// <summary>The FTS5 query on SQLite, when both keys are long enough for the trigram index; otherwise null.</summary>
    private static string? FullTextMatch(SecretariatDbContext db, string key, string nameKey) =>
        db.Database.IsSqlite() && Length(nameKey) >= ShortestIndexedQuery && Length(key) >= ShortestIndexedQuery
            ? $"{{NameKey NativeNameKey}} : {Phrase(nameKey)} OR Acronym : {Phrase(key)}"
            : null;

    private const string Escape = "\\";

    /// <summary>A LIKE pattern for text that contains <paramref name="text"/>, its wildcards taken literally.</summary>
    private static string Containing(string text) =>
        "%" + text.Replace(Escape, Escape + Escape).Replace("%", Escape + "%").Replace("_", Escape + "_") + "%";

    /// <summary>An FTS5 phrase: the text in double quotes (doubled inside), matched as a substring by the trigram tokenizer.</summary>
    private static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    /// <summary>Characters as the trigram tokenizer counts them (code points, so a surrogate pair is one).</summary>
    private static int Length(string text) => text.EnumerateRunes().Count();
}
