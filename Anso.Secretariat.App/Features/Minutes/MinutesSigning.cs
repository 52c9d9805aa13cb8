using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App.Features.Minutes;

/// <summary>
/// The alliance's signing certificate for approved minutes: a PKCS#12 file and its password, from
/// <c>Signing:CertificatePath</c> and <c>Signing:CertificatePassword</c>. Without them the minutes are approved unsigned.
/// The file is read at each approval, so a renewed certificate needs no restart. The screen's note while none is
/// configured is MinutesText's NotSignedNote.
/// </summary>
public sealed class MinutesSigning(IConfiguration configuration)
{
    private string? Path => configuration["Signing:CertificatePath"] is { Length: > 0 } path ? path : null;

    public bool IsConfigured => Path is not null;

    /// <summary>The signer for the minutes of <paramref name="meeting"/>, or null when no certificate is configured.</summary>
    public PdfSigner? SignerFor(Meeting meeting)
    {
        if (Path is not { } path) return null;
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["Signing:CertificatePassword"],
                X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new DomainException(ServiceRefusal.SigningCertificateUnreadable, System.IO.Path.GetFileName(path), e.Message.TrimEnd('.'));
        }
        if (!certificate.HasPrivateKey)
            throw new DomainException(ServiceRefusal.SigningCertificateWithoutKey);
        return new PdfSigner(certificate, $"Approved minutes of the {meeting.Title}", MeetingDocument.Alliance, "");
    }
}
