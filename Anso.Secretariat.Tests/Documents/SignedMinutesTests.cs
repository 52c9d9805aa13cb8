using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>
/// Approving the minutes keeps their PDF as approved: signed with the alliance's certificate (a self-signed one made
/// here), stored once and served byte for byte, the decisions attached as CSV. Checked with pdfsig and qpdf.
/// Each test approves the 9th GB's circulated minutes on its own copy of the demo data.
/// </summary>
public sealed class SignedMinutesTests : IAsyncLifetime
{
    private readonly ServiceHost host = new();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "anso-signing", Guid.NewGuid().ToString("N"));
    private string certificatePath = "";
    private const string Password = "Test-signing-1";

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        Directory.CreateDirectory(folder);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ANSO Test Signing, O=Alliance of International Science Organizations", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        certificatePath = Path.Combine(folder, "alliance.p12");
        await File.WriteAllBytesAsync(certificatePath, certificate.Export(X509ContentType.Pkcs12, Password));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The minutes service as the secretariat, with the signing settings given (none: not signed).</summary>
    private async Task<(AsyncServiceScope Scope, MinutesService Minutes)> SecretariatAsync(string? certificate, string? password = Password)
    {
        var scope = await host.AsAsync(Roles.Secretariat);
        var sp = scope.ServiceProvider;
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Signing:CertificatePath"] = certificate,
            ["Signing:CertificatePassword"] = password,
        }).Build();
        var minutes = new MinutesService(sp.GetRequiredService<IDbContextFactory<SecretariatDbContext>>(), sp.GetRequiredService<CurrentUser>(),
            sp.GetRequiredService<SecretariatTime>(), sp.GetRequiredService<DocumentStore>(), new MinutesSigning(settings), sp.GetRequiredService<ExportService>(),
            sp.GetRequiredService<App.Features.Notifications.Notifier>());
        return (scope, minutes);
    }

    private async Task<int> NinthGbAsync()
    {
        await using var db = await host.DbAsync();
        return await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == 9).Select(m => m.Id).SingleAsync();
    }

    private static async Task ApproveCurrentAsync(MinutesService minutes, int meetingId)
    {
        var current = (await minutes.VersionsAsync(meetingId)).First();
        if (current.Status == MinutesStatus.Draft)
        {
            await minutes.CirculateAsync(current.Id, current.Version, new DateOnly(2025, 2, 1));
            current = (await minutes.VersionsAsync(meetingId)).First();
        }
        await minutes.ApproveAsync(current.Id, current.Version, new DateOnly(2025, 3, 1), "the Chair", null);
    }

    private static void AssertValidSignatureOverTheWholeFile(byte[] pdf)
    {
        var report = PdfTools.Signatures(pdf);
        Assert.Contains("Signature #1", report);
        Assert.Contains("Signature Validation: Signature is Valid.", report);
        Assert.Contains("Total document signed", report);
        Assert.Contains("ANSO Test Signing", report);
        Assert.DoesNotContain("Signature #2", report);
    }

    [Fact]
    public async Task Approval_signs_the_minutes_once_and_every_download_serves_the_same_signed_bytes()
    {
        var meetingId = await NinthGbAsync();
        var (scope, minutes) = await SecretariatAsync(certificatePath);
        await using var _ = scope;
        await ApproveCurrentAsync(minutes, meetingId);

        var first = (await minutes.MinutesPdfAsync(meetingId))!.Content;
        var second = (await minutes.MinutesPdfAsync(meetingId))!.Content;
        Assert.Equal(first, second);
        AssertValidSignatureOverTheWholeFile(first);

        var file = Assert.Single(await minutes.ApprovedFilesAsync(meetingId));
        Assert.True(file.IsSigned);
        Assert.Equal(1, file.VersionNumber);
        Assert.Contains("ANSO Test Signing", file.SignedBy);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first)), file.Sha256);

        // Still an archival record: PDF/A, tagged, fonts embedded, a sound file.
        Assert.Contains("<pdfaid:part>1</pdfaid:part>", PdfTools.XmpMetadata(first));
        Assert.NotNull(PdfTools.StructureTree(first));
        Assert.All(PdfTools.Fonts(first), f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        PdfTools.Check(first);
    }

    [Fact]
    public async Task Changing_one_byte_of_the_signed_minutes_makes_the_signature_invalid()
    {
        var meetingId = await NinthGbAsync();
        var (scope, minutes) = await SecretariatAsync(certificatePath);
        await using var _ = scope;
        await ApproveCurrentAsync(minutes, meetingId);
        var pdf = (await minutes.MinutesPdfAsync(meetingId))!.Content;

        var tampered = (byte[])pdf.Clone();
        var at = System.Text.Encoding.Latin1.GetString(pdf).IndexOf("Minutes of the", StringComparison.Ordinal); // the /Title of the document information
        Assert.True(at > 0);
        tampered[at] = (byte)'m';
        var report = PdfTools.Signatures(tampered);
        Assert.Contains("Signature #1", report);
        Assert.DoesNotContain("Signature is Valid.", report);
        Assert.True(report.Contains("Signature Validation: Digest Mismatch.") || report.Contains("Signature Validation: Signature is Invalid."), report);
    }

    [Fact]
    public async Task A_correction_is_a_new_version_signed_again_and_the_earlier_version_keeps_its_own_file()
    {
        var meetingId = await NinthGbAsync();
        var (scope, minutes) = await SecretariatAsync(certificatePath);
        await using var _ = scope;
        await ApproveCurrentAsync(minutes, meetingId);
        var version1 = (await minutes.MinutesPdfAsync(meetingId, 1))!.Content;

        var approved = (await minutes.VersionsAsync(meetingId)).First();
        await minutes.CorrectAsync(approved.Id, approved.Version, "An affiliation was missing.");
        await ApproveCurrentAsync(minutes, meetingId);

        var files = await minutes.ApprovedFilesAsync(meetingId);
        Assert.Equal([2, 1], files.Select(f => f.VersionNumber));
        Assert.All(files, f => Assert.True(f.IsSigned));
        Assert.Equal(version1, (await minutes.MinutesPdfAsync(meetingId, 1))!.Content); // unchanged by the correction
        var version2 = (await minutes.MinutesPdfAsync(meetingId))!.Content;
        Assert.Equal(version2, (await minutes.MinutesPdfAsync(meetingId, 2))!.Content);
        Assert.NotEqual(version1, version2);
        AssertValidSignatureOverTheWholeFile(version1);
        AssertValidSignatureOverTheWholeFile(version2);
        Assert.Contains("Correction of version 1: An affiliation was missing.", PdfTools.ReadingText(version2).ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task Without_a_certificate_the_minutes_are_approved_and_stored_unsigned()
    {
        var meetingId = await NinthGbAsync();
        var (scope, minutes) = await SecretariatAsync(certificate: null);
        await using var _ = scope;
        Assert.False(minutes.SignsApprovals);
        await ApproveCurrentAsync(minutes, meetingId);

        Assert.Equal(MinutesStatus.Approved, (await minutes.VersionsAsync(meetingId)).First().Status);
        var file = Assert.Single(await minutes.ApprovedFilesAsync(meetingId));
        Assert.False(file.IsSigned);
        var pdf = (await minutes.MinutesPdfAsync(meetingId))!.Content;
        Assert.Equal(pdf, (await minutes.MinutesPdfAsync(meetingId))!.Content);
        Assert.DoesNotContain("Signature #1", PdfTools.Signatures(pdf));
    }

    [Fact]
    public async Task A_certificate_that_cannot_be_opened_refuses_the_approval_and_leaves_everything_as_it_was()
    {
        var meetingId = await NinthGbAsync();
        var store = host.Services.GetRequiredService<DocumentStore>();
        var filesBefore = Directory.GetFiles(store.Folder).Length;
        var (scope, minutes) = await SecretariatAsync(certificatePath, password: "not-the-password");
        await using var _ = scope;

        var refusal = await Assert.ThrowsAsync<DomainException>(() => ApproveCurrentAsync(minutes, meetingId));
        Assert.Contains("signing certificate", refusal.Message);
        Assert.Equal(MinutesStatus.Circulated, (await minutes.VersionsAsync(meetingId)).First().Status);
        Assert.Empty(await minutes.ApprovedFilesAsync(meetingId));
        Assert.Equal(filesBefore, Directory.GetFiles(store.Folder).Length);
        await using var db = await host.DbAsync();
        Assert.NotEqual(MeetingStatus.MinutesApproved, (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Status);
    }

    [Fact]
    public async Task The_approved_minutes_carry_the_decisions_as_the_decision_register_exports_them()
    {
        var meetingId = await NinthGbAsync();
        var (scope, minutes) = await SecretariatAsync(certificatePath);
        await using var _ = scope;
        await ApproveCurrentAsync(minutes, meetingId);
        var pdf = (await minutes.MinutesPdfAsync(meetingId))!.Content;

        var name = Assert.Single(PdfTools.Attachments(pdf));
        Assert.Equal("9th-GB-2024-decisions.csv", name);
        var attached = PdfTools.Attachment(pdf, name);
        var register = await scope.ServiceProvider.GetRequiredService<ExportService>().DecisionsAsync(new DecisionFilter(MeetingId: meetingId));
        Assert.Equal(register.Content, attached);
        var text = System.Text.Encoding.UTF8.GetString(attached);
        foreach (var column in new[] { "Application no.", "Organization", "Country", "Category", "Outcome", "Meeting" })
            Assert.Contains(column, text.Split('\n')[0]);
        Assert.Contains("9th ANSO Governing Board", text);
        AssertValidSignatureOverTheWholeFile(pdf); // the attachment is inside what is signed
    }
}
