using FluentValidation;

namespace Anso.Secretariat.Domain.Applications;

/// <summary>A file someone wants to attach, described by its name, size and first bytes.</summary>
/// FirstBytes is null when only the name and declared size are known, before anything is read.
public sealed record SupportingDocumentUpload(string FileName, long SizeBytes, byte[]? FirstBytes = null)
{
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>PDF and common images; the content type comes from the bytes, not from what the browser claims.</summary>
    public string? DetectedContentType => FirstBytes switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "application/pdf",              // %PDF
        [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        _ => null,
    };
}

public sealed class SupportingDocumentUploadValidator : AbstractValidator<SupportingDocumentUpload>
{
    private static readonly string[] AllowedExtensions = [".pdf", ".png", ".jpg", ".jpeg"];

    public SupportingDocumentUploadValidator()
    {
        RuleFor(u => u.FileName).NotEmpty().WithMessage("The file has no name.");
        RuleFor(u => u.SizeBytes).GreaterThan(0).WithMessage("The file is empty.")
            .LessThanOrEqualTo(SupportingDocumentUpload.MaxBytes)
            .WithMessage(u => $"{u.FileName} is {u.SizeBytes / 1024.0 / 1024.0:0.#} MB; files may be at most 20 MB.");
        RuleFor(u => u.FileName).Must(n => AllowedExtensions.Contains(Path.GetExtension(n).ToLowerInvariant()))
            .WithMessage(u => $"{u.FileName} is not a PDF or an image (PNG, JPEG); only those can be attached.")
            .When(u => !string.IsNullOrEmpty(u.FileName));
        RuleFor(u => u.DetectedContentType).NotNull()
            .WithMessage(u => $"{u.FileName} does not contain a PDF or an image, whatever its name says.")
            .When(u => u.FirstBytes is not null && u.SizeBytes > 0 && AllowedExtensions.Contains(Path.GetExtension(u.FileName).ToLowerInvariant()));
    }
}
