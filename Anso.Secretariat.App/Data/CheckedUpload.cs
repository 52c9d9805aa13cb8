using Anso.Secretariat.Domain.Applications;
using FluentValidation;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// Reads an uploaded file into memory, refusing it by name and declared size before a byte is read, then by what its
/// content really is (PDF, PNG or JPEG up to 20 MB, the type its name says, see <see cref="UploadContent"/>). The name
/// is kept without control or bidi characters and cut to its column's limit with its extension. Used for applications' documents and agenda papers alike.
/// </summary>
public static class CheckedUpload
{
    /// <returns>The content, positioned at its start, and the upload as checked (bare file name, real size, detected type).</returns>
    public static async Task<(MemoryStream Content, SupportingDocumentUpload Upload)> ReadAsync(
        string fileName, long declaredSize, Func<Stream> openContent, CancellationToken ct = default)
    {
        var validator = new SupportingDocumentUploadValidator();
        fileName = SupportingDocumentUpload.CleanName(Path.GetFileName(fileName ?? ""));
        await validator.ValidateAndThrowAsync(new SupportingDocumentUpload(fileName, declaredSize), ct);
        var buffer = new MemoryStream();
        await using (var content = openContent()) await content.CopyToAsync(buffer, ct);
        var upload = new SupportingDocumentUpload(fileName, buffer.Length, buffer.GetBuffer()[..(int)Math.Min(8, buffer.Length)]);
        await validator.ValidateAndThrowAsync(upload, ct);
        UploadContent.Check(upload.FileName, upload.DetectedContentType!, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        buffer.Position = 0;
        return (buffer, upload);
    }
}
