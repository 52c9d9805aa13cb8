using System.Security.Cryptography;
using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Domain.Meetings;

/// <summary>
/// The PDF of one approved version of the minutes, made once at approval (signed when the alliance's certificate is
/// configured) and kept as it was made: every later download of that version serves the same bytes. A correction is a
/// new version, approved and stored in its turn; earlier files stay.
/// </summary>
public class ApprovedMinutesFile
{
    private ApprovedMinutesFile() { } // EF

    public int Id { get; private set; }
    public int MinutesId { get; private set; }
    public int MeetingId { get; private set; }
    public int VersionNumber { get; private set; }
    public DateTimeOffset ApprovedAt { get; private set; }
    /// <summary>The name in the document store (generated, never a user's).</summary>
    public string StoredName { get; private set; } = "";
    /// <summary>SHA-256 of the stored bytes, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";
    public bool IsSigned { get; private set; }
    /// <summary>The certificate's subject, when signed.</summary>
    public string? SignedBy { get; private set; }

    /// <summary>The file of minutes that have just been approved.</summary>
    public static ApprovedMinutesFile Of(Minutes minutes, string storedName, byte[] content, string? signedBy, DateTimeOffset at)
    {
        if (minutes.Status != MinutesStatus.Approved || minutes.IsSuperseded)
            throw new DomainException(Refusal.OnlyApprovedVersionKept);
        if (string.IsNullOrWhiteSpace(storedName)) throw new DomainException(Refusal.ApprovedMinutesNeedFile);
        return new ApprovedMinutesFile
        {
            MinutesId = minutes.Id,
            MeetingId = minutes.MeetingId,
            VersionNumber = minutes.VersionNumber,
            ApprovedAt = at,
            StoredName = storedName,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            IsSigned = signedBy is not null,
            SignedBy = signedBy,
        };
    }
}
