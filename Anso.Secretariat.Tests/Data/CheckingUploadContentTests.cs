using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>Uploads are checked by what they hold (issue #11): a PDF parses and has no script, an image decodes, a polyglot is refused, names are cleaned.</summary>
public sealed class CheckingUploadContentTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ApplicationService _service;
    private readonly string _uploads;
    private readonly int _applicationId;

    public CheckingUploadContentTests()
    {
        _service = Services.Applications(_database);
        _uploads = Path.Combine(_database.Folder, "uploads");
        var application = An.Application.From(An.Organization.InCategory(_database.CategoryId("Universities")).Build()).Build();
        _database.Store(application);
        _applicationId = application.Id;
    }

    public void Dispose() => _database.Dispose();

    private Task<SupportingDocument> Attach(string name, byte[] content) =>
        _service.AttachDocumentAsync(_applicationId, name, content.Length, () => new MemoryStream(content));

    [Theory]
    [InlineData("letter.pdf")]
    [InlineData("logo.png")]
    [InlineData("photo.jpg")]
    public async Task A_real_PDF_PNG_or_JPEG_is_accepted(string name)
    {
        var content = Path.GetExtension(name) switch { ".pdf" => SampleFiles.Pdf, ".png" => SampleFiles.Png, _ => SampleFiles.Jpeg };

        var document = await Attach(name, content);

        Assert.Equal(name, document.FileName);
    }

    [Fact]
    public async Task A_PDF_that_does_not_parse_is_refused()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Attach("report.pdf", "%PDF-1.7\nnot a pdf at all\n"u8.ToArray()));

        Assert.Equal("report.pdf cannot be read as a PDF (it is damaged, or protected by a password); it was not attached.", refused.Message);
        await AssertNothingStored();
    }

    [Fact]
    public async Task A_truncated_PDF_is_refused()
    {
        await Assert.ThrowsAsync<DomainException>(() => Attach("report.pdf", SampleFiles.Truncated(SampleFiles.Pdf)));
        await AssertNothingStored();
    }

    [Fact]
    public async Task A_PDF_that_runs_JavaScript_when_opened_is_refused_with_a_message()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Attach("invitation.pdf", SampleFiles.PdfWithJavaScript));

        Assert.StartsWith("invitation.pdf contains JavaScript or automatic actions", refused.Message);
        await AssertNothingStored();
    }

    [Fact]
    public async Task A_PDF_with_additional_actions_is_refused()
    {
        await Assert.ThrowsAsync<DomainException>(() => Attach("invitation.pdf", SampleFiles.PdfWithAdditionalActions));
        await AssertNothingStored();
    }

    [Fact]
    public async Task The_JavaScript_sample_is_otherwise_a_readable_PDF()
    {
        // Without its script the same construction is accepted: the refusal above is for the script, not the layout.
        var clean = System.Text.Encoding.Latin1.GetBytes(System.Text.Encoding.Latin1.GetString(SampleFiles.PdfWithJavaScript)
            .Replace("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>", "/PageMode /UseNone                                   "));
        await Attach("invitation.pdf", clean);
    }

    [Fact]
    public async Task A_web_page_named_pdf_is_refused()
    {
        await Assert.ThrowsAsync<ValidationException>(() => Attach("minutes.pdf", SampleFiles.Html));
        await AssertNothingStored();
    }

    [Fact]
    public async Task A_PDF_header_followed_by_a_web_page_is_refused_as_a_polyglot()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Attach("minutes.pdf", SampleFiles.PdfHeaderThenHtml));

        Assert.Contains("is also another kind of file", refused.Message);
        await AssertNothingStored();
    }

    [Theory]
    [InlineData("letter.pdf")]
    [InlineData("logo.png")]
    [InlineData("photo.jpg")]
    public async Task A_file_with_a_ZIP_archive_appended_is_refused_as_a_polyglot(string name)
    {
        var content = Path.GetExtension(name) switch { ".pdf" => SampleFiles.Pdf, ".png" => SampleFiles.Png, _ => SampleFiles.Jpeg };

        await Assert.ThrowsAsync<DomainException>(() => Attach(name, SampleFiles.Concat(content, SampleFiles.Zip)));
        await AssertNothingStored();
    }

    [Fact]
    public async Task An_image_with_a_web_page_after_its_end_is_refused()
    {
        await Assert.ThrowsAsync<DomainException>(() => Attach("logo.png", SampleFiles.Concat(SampleFiles.Png, "<script>alert(1)</script>"u8.ToArray())));
        await Assert.ThrowsAsync<DomainException>(() => Attach("photo.jpg", SampleFiles.Concat(SampleFiles.Jpeg, "%PDF-1.4\n"u8.ToArray())));
        await AssertNothingStored();
    }

    [Theory]
    [InlineData("letter.pdf", "image/png")]
    [InlineData("logo.png", "application/pdf")]
    [InlineData("photo.jpg", "image/png")]
    public async Task A_file_whose_content_is_another_type_than_its_name_says_is_refused(string name, string holds)
    {
        var content = holds switch { "application/pdf" => SampleFiles.Pdf, "image/png" => SampleFiles.Png, _ => SampleFiles.Jpeg };

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Attach(name, content));

        Assert.Contains(refused.Errors, e => e.ErrorMessage.StartsWith($"{name} is named as"));
        await AssertNothingStored();
    }

    [Fact]
    public async Task A_PNG_whose_checksum_does_not_match_is_refused()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Attach("logo.png", SampleFiles.CorruptPng()));

        Assert.StartsWith("logo.png is not a readable PNG image", refused.Message);
    }

    [Fact]
    public async Task A_PNG_whose_image_data_is_short_of_its_size_is_refused()
    {
        // A valid file of 2×2 pixels whose header says 3×3: the decoded rows do not add up.
        var png = SampleFiles.MakePng(2, 2);
        var lying = SampleFiles.MakePng(3, 3);
        var idatStart = 8 + 25;
        var fake = SampleFiles.Concat(lying[..idatStart], png[idatStart..]);

        await Assert.ThrowsAsync<DomainException>(() => Attach("logo.png", fake));
    }

    [Fact]
    public async Task A_truncated_PNG_or_JPEG_is_refused()
    {
        await Assert.ThrowsAsync<DomainException>(() => Attach("logo.png", SampleFiles.Truncated(SampleFiles.Png)));
        await Assert.ThrowsAsync<DomainException>(() => Attach("photo.jpg", SampleFiles.Jpeg[..^2]));
        await Assert.ThrowsAsync<DomainException>(() => Attach("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]));
        await AssertNothingStored();
    }

    [Fact]
    public async Task Control_and_bidi_characters_are_removed_from_the_file_name()
    {
        // "invoice\u202Efdp.exe" shows as "invoiceexe.pdf" in a right-to-left override.
        var document = await Attach("re\u0000port\u0007 \u202Egnp\u200B\u2066.pdf", SampleFiles.Pdf);

        Assert.Equal("report gnp.pdf", document.FileName);
    }

    [Fact]
    public async Task A_long_file_name_is_cut_to_its_column_with_the_extension_kept()
    {
        var document = await Attach(new string('é', 400) + ".pdf", SampleFiles.Pdf);

        Assert.Equal(TextLimits.FileName, document.FileName.Length);
        Assert.EndsWith("é.pdf", document.FileName);
        using var db = _database.CreateContext();
        Assert.Equal(document.FileName, (await db.SupportingDocuments.SingleAsync()).FileName);
    }

    [Fact]
    public async Task A_long_name_of_emoji_is_never_cut_inside_a_character()
    {
        var document = await Attach(string.Concat(Enumerable.Repeat("😀", 200)) + ".png", SampleFiles.Png);

        Assert.True(document.FileName.Length <= TextLimits.FileName);
        Assert.EndsWith("😀.png", document.FileName);
    }

    private async Task AssertNothingStored()
    {
        Assert.Empty(Directory.Exists(_uploads) ? Directory.GetFiles(_uploads) : []);
        using var db = _database.CreateContext();
        Assert.Equal(0, await db.SupportingDocuments.CountAsync());
    }
}
