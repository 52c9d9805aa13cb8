using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Anso.Secretariat.App.Data.Integrity;

/// <summary>
/// The hash chains that make the record show tampering: an application's history entries (one chain per application),
/// and a meeting's decisions and its minutes approvals (one chain each per meeting). Every entry stores the SHA-256 of
/// its canonical content and of the entry before it: <c>Hash = SHA-256(PreviousHash + "\n" + content)</c>.
/// The canonical content is built from the stored facts only (ids, codes, invariant dates in UTC), each field
/// length-prefixed so that no text can imitate a separator. Pure functions: the interceptor, the start-up backfill and
/// <c>verify</c> all build the content here, so there is one definition of what an entry is.
/// </summary>
public static class RecordChains
{
    public const string SequenceProperty = "ChainSequence";
    public const string PreviousHashProperty = "PreviousHash";
    public const string HashProperty = "Hash";
    public const string ApprovalPreviousHashProperty = "ApprovalPreviousHash";
    public const string ApprovalHashProperty = "ApprovalHash";
    public const int HashLength = 64;

    public static string Link(string? previousHash, string content)
    {
        var bytes = Encoding.UTF8.GetBytes((previousHash ?? "") + "\n" + content);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// One history entry. The application's id is not part of it: the chain is the application's own (each entry links to
    /// its predecessor there), and leaving the id out lets a new application's first entries be hashed before the insert
    /// gives the id, so appending stays one insert.
    /// </summary>
    public static string HistoryContent(int sequence, string? fromState, string toState, string? action,
        string by, DateTimeOffset at, int? meetingId, string? note) =>
        Fields("history/1", Id(sequence), fromState, toState, action, by, Utc(at), Id(meetingId), note);

    public static string DecisionContent(int meetingId, int sequence, int minutesVersion, string itemNumber, string text,
        string outcome, int? applicationId) =>
        Fields("decision/1", Id(meetingId), Id(sequence), Id(minutesVersion), itemNumber, text, outcome, Id(applicationId));

    /// <summary>An approval also seals the decisions of its version: <paramref name="lastDecisionHash"/> is the hash of the last of them.</summary>
    public static string ApprovalContent(int meetingId, int minutesVersion, DateOnly approvedOn, string? approvedBy,
        int? approvedAtMeetingId, string? lastDecisionHash) =>
        Fields("approval/1", Id(meetingId), Id(minutesVersion), approvedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            approvedBy, Id(approvedAtMeetingId), lastDecisionHash);

    public static string Utc(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string? Id(int? id) => id?.ToString(CultureInfo.InvariantCulture);

    // A missing value is "-"; a present one is "length:value", so "" and null differ and no value can fake a boundary.
    private static string Fields(params string?[] fields)
    {
        var sb = new StringBuilder();
        foreach (var f in fields)
        {
            if (f is null) sb.Append('-');
            else sb.Append(f.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(f);
            sb.Append('|');
        }
        return sb.ToString();
    }
}
