using System.Globalization;
using System.Text;
using Anso.Secretariat.Domain.Common;
using FluentValidation;

namespace Anso.Secretariat.Domain.Applications;

/// <summary>A file someone wants to attach, described by its name, size and first bytes.</summary>
/// FirstBytes is null when only the name and declared size are known, before anything is read.
public sealed record SupportingDocumentUpload(string FileName, long SizeBytes, byte[]? FirstBytes = null)
{
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>
    /// The name as it is kept: control and format characters (bidi overrides such as U+202E, zero-width marks) removed,
    /// and cut to <see cref="TextLimits.FileName"/> characters with its extension kept ("report…pdf" never loses ".pdf").
    /// </summary>
    public static string CleanName(string? fileName)
    {
        var clean = new StringBuilder();
        foreach (var rune in (fileName ?? "").EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse) continue;
            clean.Append(rune.ToString());
        }
        var name = clean.ToString().Trim();
        if (name.Length <= TextLimits.FileName) return name;
        var extension = Path.GetExtension(name);
        if (extension.Length > 16) extension = "";
        var stem = name[..(TextLimits.FileName - extension.Length)];
        if (char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
        return stem.TrimEnd() + extension;
    }

    /// <summary>The content type the name's extension promises.</summary>
    public string? ClaimedContentType => Path.GetExtension(FileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        _ => null,
    };

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
        RuleFor(u => u.DetectedContentType).Equal(u => u.ClaimedContentType)
            .WithMessage(u => $"{u.FileName} is named as {Kind(u.ClaimedContentType)} but holds {Kind(u.DetectedContentType)}; rename it or attach the right file.")
            .When(u => u.DetectedContentType is not null && u.ClaimedContentType is not null);
    }

    private static string Kind(string? contentType) => contentType switch
    {
        "application/pdf" => "a PDF",
        "image/png" => "a PNG image",
        "image/jpeg" => "a JPEG image",
        _ => "something else",
    };
}
