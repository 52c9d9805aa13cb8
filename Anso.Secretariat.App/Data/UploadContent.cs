using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Anso.Secretariat.Domain.Common;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// Checks that an upload really is what its first bytes say: a PDF opens with a PDF parser and carries no script, a PNG
/// or JPEG decodes structurally (chunks and checksums, markers and frame), and nothing else hides in it (markup a
/// browser would sniff, a ZIP archive appended, bytes after the image's end). Refusals are <see cref="DomainException"/>.
/// </summary>
public static class UploadContent
{
    public static void Check(string fileName, string contentType, ReadOnlySpan<byte> content)
    {
        if (HoldsMarkup(content[..Math.Min(1024, content.Length)]) || HoldsZipDirectory(content))
            throw new DomainException(ServiceRefusal.UploadHidesAnotherKind, fileName);
        switch (contentType)
        {
            case "application/pdf": CheckPdf(fileName, content.ToArray()); break;
            case "image/png": CheckPng(fileName, content); break;
            case "image/jpeg": CheckJpeg(fileName, content); break;
            default: throw new DomainException(ServiceRefusal.UploadNotPdfOrImage, fileName);
        }
    }

    private static readonly string[] Markup = ["<html", "<script", "<!doctype", "<body", "<iframe", "<svg", "<?xml", "<head"];
    private static readonly string[] Foreign = [.. Markup, "%pdf-", "pk\u0003\u0004"];

    private static bool HoldsMarkup(ReadOnlySpan<byte> bytes) => Contains(bytes, Markup);

    private static bool Contains(ReadOnlySpan<byte> bytes, string[] needles)
    {
        var text = Encoding.Latin1.GetString(bytes).ToLowerInvariant();
        return needles.Any(n => text.Contains(n, StringComparison.Ordinal));
    }

    /// <summary>A ZIP reader looks for its end-of-central-directory record in the last 64 KB: none may be there.</summary>
    private static bool HoldsZipDirectory(ReadOnlySpan<byte> content)
    {
        var tail = content[Math.Max(0, content.Length - 65_557)..];
        return tail.IndexOf("PK\u0005\u0006"u8) >= 0;
    }

    // PDF --------------------------------------------------------------------------------------------------------

    private static readonly string[] ScriptKeys = ["/JS", "/JavaScript", "/AA", "/Launch"];

    private static void CheckPdf(string fileName, byte[] content)
    {
        PdfDocument document;
        try
        {
            document = PdfReader.Open(new MemoryStream(content, writable: false), PdfDocumentOpenMode.Import);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DomainException(ServiceRefusal.UploadUnreadablePdf, fileName);
        }
        using (document)
        {
            if (document.PageCount == 0)
                throw new DomainException(ServiceRefusal.UploadPdfWithoutPages, fileName);
            // Scripts are looked for in every object the parser found (also those inside compressed object streams),
            // and in the raw bytes for what the parser skipped.
            if (document.Internals.GetAllObjects().Any(HoldsScript) || RawScript(content))
                throw new DomainException(ServiceRefusal.UploadPdfWithScript, fileName);
        }
    }

    private static bool HoldsScript(PdfObject item) => item switch
    {
        PdfDictionary dictionary => dictionary.Elements.Keys.Any(k => ScriptKeys.Contains(k, StringComparer.Ordinal))
            || dictionary.Elements.Values.Any(v => v is PdfName { Value: "/JavaScript" or "/Launch" } || v is PdfDictionary or PdfArray && HoldsScript((PdfObject)v)),
        PdfArray array => array.Elements.Any(v => v is PdfDictionary or PdfArray && HoldsScript((PdfObject)v)),
        _ => false,
    };

    private static bool RawScript(byte[] content)
    {
        var text = Encoding.Latin1.GetString(content);
        foreach (var key in ScriptKeys)
            for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.Ordinal))
            {
                // A name ends where a delimiter or white space starts: "/JSON" is not "/JS".
                var end = at + key.Length;
                if (end >= text.Length || " \t\r\n\f\0/<>[]()%".Contains(text[end])) return true;
            }
        return false;
    }

    // PNG --------------------------------------------------------------------------------------------------------

    private static void CheckPng(string fileName, ReadOnlySpan<byte> content)
    {
        var refused = new DomainException(ServiceRefusal.UploadUnreadablePng, fileName);
        if (!content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) throw refused;
        var at = 8;
        int width = 0, height = 0, bitDepth = 0, colourType = 0, interlace = 0;
        var image = new MemoryStream();
        var ended = false;
        while (!ended)
        {
            if (at + 12 > content.Length) throw refused;
            var length = BinaryPrimitives.ReadUInt32BigEndian(content[at..]);
            if (length > int.MaxValue || at + 12 + (long)length > content.Length) throw refused;
            var typeAndData = content.Slice(at + 4, 4 + (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(content[(at + 8 + (int)length)..]);
            if (Crc32(typeAndData) != crc) throw refused;
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            var data = typeAndData[4..];
            if (at == 8 && type != "IHDR") throw refused;
            switch (type)
            {
                case "IHDR":
                    if (length != 13) throw refused;
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    (bitDepth, colourType, interlace) = (data[8], data[9], data[12]);
                    if (width <= 0 || height <= 0 || interlace > 1 || !ValidDepth(colourType, bitDepth)) throw refused;
                    break;
                case "IDAT": image.Write(data); break;
                case "IEND": ended = true; break;
            }
            at += 12 + (int)length;
        }
        if (image.Length == 0 || Contains(content[at..], Foreign)) throw refused;
        // Decode: the compressed image must inflate to exactly the rows the header promises (each with its filter byte).
        var channels = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        long expected = interlace == 0 ? RowBytes(width, height, channels, bitDepth)
            : Adam7.Sum(p => RowBytes((width - p.X + p.Dx - 1) / p.Dx, (height - p.Y + p.Dy - 1) / p.Dy, channels, bitDepth));
        image.Position = 0;
        try
        {
            using var inflate = new ZLibStream(image, CompressionMode.Decompress);
            var buffer = new byte[81920];
            long total = 0;
            for (int read; (read = inflate.Read(buffer)) > 0 && total <= expected;) total += read;
            if (total != expected) throw refused;
        }
        catch (InvalidDataException) { throw refused; }
    }

    private static readonly (int X, int Y, int Dx, int Dy)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    private static long RowBytes(int width, int height, int channels, int bitDepth) =>
        width <= 0 || height <= 0 ? 0 : height * (1 + ((long)width * channels * bitDepth + 7) / 8);

    private static bool ValidDepth(int colourType, int bitDepth) => colourType switch
    {
        0 => bitDepth is 1 or 2 or 4 or 8 or 16,
        3 => bitDepth is 1 or 2 or 4 or 8,
        2 or 4 or 6 => bitDepth is 8 or 16,
        _ => false,
    };

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }

    // JPEG -------------------------------------------------------------------------------------------------------

    private static void CheckJpeg(string fileName, ReadOnlySpan<byte> content)
    {
        var refused = new DomainException(ServiceRefusal.UploadUnreadableJpeg, fileName);
        if (content.Length < 4 || content[0] != 0xFF || content[1] != 0xD8) throw refused;
        var at = 2;
        var frame = false;
        while (true)
        {
            if (at + 4 > content.Length || content[at] != 0xFF) throw refused;
            var marker = content[at + 1];
            if (marker == 0xFF) { at++; continue; } // fill byte
            if (marker == 0xD9) throw refused;      // an end before any scan
            var length = BinaryPrimitives.ReadUInt16BigEndian(content[(at + 2)..]);
            if (length < 2 || at + 2 + length > content.Length) throw refused;
            var segment = content.Slice(at + 4, length - 2);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                // Start of frame: precision, height, width, components, and three bytes per component.
                if (segment.Length < 6) throw refused;
                var (lines, samples, components) = (BinaryPrimitives.ReadUInt16BigEndian(segment[1..]), BinaryPrimitives.ReadUInt16BigEndian(segment[3..]), segment[5]);
                if (samples == 0 || components is 0 or > 4 || segment.Length != 6 + 3 * components) throw refused;
                _ = lines; // 0 is allowed: the height can come later (DNL)
                frame = true;
            }
            at += 2 + length;
            if (marker == 0xDA) break; // start of scan: the entropy-coded data follows
        }
        if (!frame) throw refused;
        // The entropy-coded data runs to the end-of-image marker; 0xFF is followed by 0x00, a restart marker, or
        // another segment (progressive JPEGs have several scans).
        var end = -1;
        for (var i = at; i + 1 < content.Length; i++)
        {
            if (content[i] != 0xFF) continue;
            var next = content[i + 1];
            if (next == 0xD9) { end = i + 2; break; }
        }
        if (end < 0 || Contains(content[end..], Foreign)) throw refused;
    }
}
