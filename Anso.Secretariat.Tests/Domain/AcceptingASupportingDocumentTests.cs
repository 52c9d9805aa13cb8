using System.Text;
using Anso.Secretariat.Domain.Applications;

namespace Anso.Secretariat.Tests.Domain;

/// <summary>Which files can be attached to an application (SupportingDocumentUploadValidator).</summary>
public class AcceptingASupportingDocumentTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];   // .docx is a zip
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];   // MZ

    private static readonly SupportingDocumentUploadValidator Validator = new();

    public static TheoryData<string, byte[], string> GoodFiles => new()
    {
        { "Statutes of SASA.pdf", Pdf, "application/pdf" },
        { "STATUTES.PDF", Pdf, "application/pdf" },
        { "logo.png", Png, "image/png" },
        { "signed letter.jpg", Jpeg, "image/jpeg" },
        { "signed letter.jpeg", Jpeg, "image/jpeg" },
    };

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void A_PDF_or_an_image_is_accepted_and_its_type_comes_from_its_bytes(string fileName, byte[] firstBytes, string contentType)
    {
        var upload = new SupportingDocumentUpload(fileName, 250_000, firstBytes);

        var result = Validator.Validate(upload);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(contentType, upload.DetectedContentType);
    }

    [Fact]
    public void A_Word_document_is_refused_by_its_name_before_anything_is_read()
    {
        var result = Validator.Validate(new SupportingDocumentUpload("Application form.docx", 48_000));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Application form.docx is not a PDF or an image (PNG, JPEG); only those can be attached.", error.ErrorMessage);
    }

    [Fact]
    public void A_Word_document_is_refused_even_with_its_bytes()
    {
        var result = Validator.Validate(new SupportingDocumentUpload("Application form.docx", 48_000, Zip));

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("is not a PDF or an image"));
    }

    [Theory]
    [InlineData("annual report.pdf")]
    [InlineData("photo.png")]
    public void A_program_renamed_to_look_like_a_document_is_refused(string fileName)
    {
        var upload = new SupportingDocumentUpload(fileName, 120_000, Exe);

        var result = Validator.Validate(upload);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{fileName} does not contain a PDF or an image, whatever its name says.", error.ErrorMessage);
        Assert.Null(upload.DetectedContentType);
    }

    [Fact]
    public void A_file_over_20_MB_is_refused()
    {
        var result = Validator.Validate(new SupportingDocumentUpload("scanned annex.pdf", SupportingDocumentUpload.MaxBytes + 1, Pdf));

        var error = Assert.Single(result.Errors);
        Assert.Contains("at most 20 MB", error.ErrorMessage);
        Assert.StartsWith("scanned annex.pdf is 20", error.ErrorMessage);
    }

    [Fact]
    public void A_file_of_exactly_20_MB_is_accepted()
    {
        var result = Validator.Validate(new SupportingDocumentUpload("scanned annex.pdf", 20L * 1024 * 1024, Pdf));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var result = Validator.Validate(new SupportingDocumentUpload("empty.pdf", 0, []));

        Assert.Equal(["The file is empty."], result.Errors.Select(e => e.ErrorMessage));
    }
}
