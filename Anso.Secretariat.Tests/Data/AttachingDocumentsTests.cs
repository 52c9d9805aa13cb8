using System.Text;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>ApplicationService.AttachDocumentAsync and OpenDocumentAsync, with files on disk under the data folder.</summary>
public class AttachingDocumentsTests : IDisposable
{
    private static readonly byte[] Pdf = SampleFiles.Pdf;
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    private readonly TestDatabase _database = new();
    private readonly ApplicationService _service;
    private readonly string _uploads;
    private readonly int _applicationId;

    public AttachingDocumentsTests()
    {
        _service = Services.Applications(_database);
        _uploads = Path.Combine(_database.Folder, "uploads");
        var application = An.Application.From(An.Organization.InCategory(_database.CategoryId("Universities")).Build()).Build();
        _database.Store(application);
        _applicationId = application.Id;
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_PDF_is_stored_under_the_data_folder_and_opens_under_its_original_name()
    {
        var document = await _service.AttachDocumentAsync(_applicationId, "Statutes of the University.pdf", Pdf.Length, () => new MemoryStream(Pdf));

        var onDisk = Path.Combine(_uploads, document.StoredName);
        Assert.True(File.Exists(onDisk), $"{onDisk} should exist");
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(onDisk));
        Assert.NotEqual("Statutes of the University.pdf", document.StoredName);
        Assert.EndsWith(".pdf", document.StoredName);

        var opened = await _service.OpenDocumentAsync(_applicationId, document.Id);
        Assert.NotNull(opened);
        await using (var content = opened.Value.Content)
        {
            var read = new MemoryStream();
            await content.CopyToAsync(read);
            Assert.Equal(Pdf, read.ToArray());
        }
        Assert.Equal("Statutes of the University.pdf", opened.Value.Document.FileName);
        Assert.Equal("application/pdf", opened.Value.Document.ContentType);
        Assert.Equal(Pdf.Length, opened.Value.Document.SizeBytes);
        Assert.Equal(Services.SecretariatMemberName, opened.Value.Document.UploadedBy);
    }

    [Fact]
    public async Task The_document_is_listed_with_the_application()
    {
        await _service.AttachDocumentAsync(_applicationId, "letter.pdf", Pdf.Length, () => new MemoryStream(Pdf));

        var application = await _service.FindAsync(_applicationId);

        Assert.Equal(["letter.pdf"], application!.Documents.Select(d => d.FileName));
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_is_refused_and_leaves_no_file_and_no_row()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            _service.AttachDocumentAsync(_applicationId, "annual report.pdf", Exe.Length, () => new MemoryStream(Exe)));

        Assert.Contains(refused.Errors, e => e.ErrorMessage == "annual report.pdf does not contain a PDF or an image, whatever its name says.");
        await AssertNothingStored();
    }

    [Fact]
    public async Task A_Word_document_is_refused_without_being_read()
    {
        var opened = false;

        await Assert.ThrowsAsync<ValidationException>(() =>
            _service.AttachDocumentAsync(_applicationId, "form.docx", 1000, () => { opened = true; return new MemoryStream(new byte[1000]); }));

        Assert.False(opened);
        await AssertNothingStored();
    }

    [Fact]
    public async Task A_file_larger_than_declared_and_over_20_MB_is_refused_once_read()
    {
        var big = new byte[SupportingDocumentUpload.MaxBytes + 1];
        Pdf.CopyTo(big, 0);

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            _service.AttachDocumentAsync(_applicationId, "scan.pdf", 1000, () => new MemoryStream(big)));

        Assert.Contains(refused.Errors, e => e.ErrorMessage.Contains("at most 20 MB"));
        await AssertNothingStored();
    }

    [Fact]
    public async Task A_document_for_an_unknown_application_is_refused_and_leaves_no_file()
    {
        await Assert.ThrowsAsync<DomainException>(() =>
            _service.AttachDocumentAsync(4711, "letter.pdf", Pdf.Length, () => new MemoryStream(Pdf)));

        await AssertNothingStored();
    }

    [Fact]
    public async Task A_document_is_opened_only_through_its_own_application()
    {
        var document = await _service.AttachDocumentAsync(_applicationId, "letter.pdf", Pdf.Length, () => new MemoryStream(Pdf));

        Assert.Null(await _service.OpenDocumentAsync(_applicationId + 1, document.Id));
        Assert.Null(await _service.OpenDocumentAsync(_applicationId, document.Id + 1));
    }

    private async Task AssertNothingStored()
    {
        Assert.Empty(Directory.Exists(_uploads) ? Directory.GetFiles(_uploads) : []);
        using var db = _database.CreateContext();
        Assert.Equal(0, await db.SupportingDocuments.CountAsync());
    }
}
