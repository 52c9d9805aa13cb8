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
        RuleFor(u => u.FileName).NotEmpty().WithRefusal(Refusal.FileHasNoName);
        RuleFor(u => u.SizeBytes).GreaterThan(0).WithRefusal(Refusal.FileIsEmpty)
            .LessThanOrEqualTo(SupportingDocumentUpload.MaxBytes)
            .WithRefusal(Refusal.FileTooLarge, u => [u.FileName, u.SizeBytes / 1024.0 / 1024.0]);
        RuleFor(u => u.FileName).Must(n => AllowedExtensions.Contains(Path.GetExtension(n).ToLowerInvariant()))
            .WithRefusal(Refusal.FileNotPdfOrImage, u => [u.FileName])
            .When(u => !string.IsNullOrEmpty(u.FileName));
        RuleFor(u => u.DetectedContentType).NotNull()
            .WithRefusal(Refusal.FileHoldsNoPdfOrImage, u => [u.FileName])
            .When(u => u.FirstBytes is not null && u.SizeBytes > 0 && AllowedExtensions.Contains(Path.GetExtension(u.FileName).ToLowerInvariant()));
        RuleFor(u => u.DetectedContentType).Equal(u => u.ClaimedContentType)
            .WithRefusal(Refusal.FileNamedAsAnotherKind, u => [u.FileName, Kind(u.ClaimedContentType), Kind(u.DetectedContentType)])
            .When(u => u.DetectedContentType is not null && u.ClaimedContentType is not null);
    }

    private static FileKind Kind(string? contentType) => contentType switch
    {
        "application/pdf" => FileKind.Pdf,
        "image/png" => FileKind.Png,
        "image/jpeg" => FileKind.Jpeg,
        _ => FileKind.Other,
    };
}

/// <summary>What a file holds, as an upload's refusal names it.</summary>
public enum FileKind { Pdf, Png, Jpeg, Other }
