using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Anso.Secretariat.Tests.Support;

/// <summary>Small files that really are what they say (a one-page PDF that PDFsharp opens, a 2×2 PNG, a 1×1 JPEG), and hostile variants.</summary>
public static class SampleFiles
{
    public static byte[] Pdf { get; } = PdfWith("");
    public static byte[] Png { get; } = MakePng(2, 2);

    /// <summary>A baseline 1×1 greyscale JPEG: start, frame, scan with one byte of data, end.</summary>
    public static byte[] Jpeg { get; } =
    [
        0xFF, 0xD8,
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00,
        0x00,
        0xFF, 0xD9,
    ];

    /// <summary>A PDF whose catalog runs JavaScript when opened (/OpenAction with /JS).</summary>
    public static byte[] PdfWithJavaScript { get; } = PdfWith("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>");

    /// <summary>A PDF whose catalog has additional actions (/AA).</summary>
    public static byte[] PdfWithAdditionalActions { get; } = PdfWith("/AA << /O << /S /JavaScript /JS (app.alert\\(2\\)) >> >>");

    public static byte[] Html { get; } = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"u8.ToArray();

    /// <summary>Starts as a PDF header, then is a web page: a browser sniffing it would run the script.</summary>
    public static byte[] PdfHeaderThenHtml { get; } = "%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n"u8.ToArray();

    /// <summary>A ZIP archive (an empty one: its end-of-central-directory record only).</summary>
    public static byte[] Zip { get; } = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>The PNG with one byte changed inside its image data: the checksum no longer matches.</summary>
    public static byte[] CorruptPng()
    {
        var png = (byte[])Png.Clone();
        png[^20] ^= 0xFF;
        return png;
    }

    public static byte[] Truncated(byte[] file) => file[..(file.Length / 2)];

    private static byte[] PdfWith(string catalogEntry)
    {
        // Written as a fresh file with its own cross-reference table, so the parser reads it without repairs.
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Obj(string content) { offsets.Add(body.Length); body.Append($"{offsets.Count} 0 obj\n{content}\nendobj\n"); }
        Obj($"<< /Type /Catalog /Pages 2 0 R {catalogEntry} >>");
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        var xref = body.Length;
        body.Append($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) body.Append($"{offset:D10} 00000 n \n");
        body.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(body.ToString());
    }

    public static byte[] MakePng(int width, int height)
    {
        var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; header[9] = 2; // 8-bit RGB
        Chunk(output, "IHDR", header);
        var raw = new byte[height * (1 + width * 3)];
        for (var i = 0; i < raw.Length; i++) raw[i] = i % (1 + width * 3) == 0 ? (byte)0 : (byte)(i * 37);
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);
        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc(typeAndData));
        output.Write(crc);
    }

    private static uint Crc(byte[] bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            c ^= b;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        }
        return ~c;
    }
}
