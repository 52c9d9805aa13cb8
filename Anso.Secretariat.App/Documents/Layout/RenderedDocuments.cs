using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Anso.Secretariat.App.Documents.Layout;

/// <summary>
/// The documents rendered lately, by what they say: a document asked for again with the same content is the same bytes,
/// so it is served from memory instead of being laid out and written again. The documents are built from the current data
/// on every request (<c>/members.pdf</c>, a meeting's list), and that data changes far less often than it is read: the
/// register of 32,868 members takes about 4 s of CPU to render with PDFsharp (issue 13), the same register again a few
/// milliseconds to recognise. The key is a SHA-256 of everything in the spec, so a changed member, date or language is a
/// new document; the bytes kept are the first render's, creation time included. Bounded: the most recently used
/// documents up to <see cref="MaxBytes"/> and <see cref="MaxDocuments"/>. Thread-safe. The arrays it returns are shared:
/// callers store or send them, never change them.
/// </summary>
internal static class RenderedDocuments
{
    public const long MaxBytes = 64L * 1024 * 1024;
    public const int MaxDocuments = 64;

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, LinkedListNode<(string Key, byte[] Pdf)>> ByKey = new(StringComparer.Ordinal);
    private static readonly LinkedList<(string Key, byte[] Pdf)> ByUse = new(); // most recently used first
    private static long bytes;

    public static byte[] GetOrRender(PdfDocumentSpec spec, Func<PdfDocumentSpec, byte[]> render)
    {
        var key = SpecFingerprint.Of(spec);
        lock (Gate)
        {
            if (ByKey.TryGetValue(key, out var known))
            {
                ByUse.Remove(known);
                ByUse.AddFirst(known);
                return known.Value.Pdf;
            }
        }

        var pdf = render(spec); // outside the lock: two requests for a new document may both render it
        if (pdf.Length > MaxBytes) return pdf;
        lock (Gate)
        {
            if (ByKey.ContainsKey(key)) return pdf;
            ByKey[key] = ByUse.AddFirst((key, pdf));
            bytes += pdf.Length;
            while (bytes > MaxBytes || ByKey.Count > MaxDocuments)
            {
                var oldest = ByUse.Last!;
                ByUse.RemoveLast();
                ByKey.Remove(oldest.Value.Key);
                bytes -= oldest.Value.Pdf.Length;
            }
        }
        return pdf;
    }

    /// <summary>The bytes kept for a document that says what <paramref name="spec"/> says, or null; renders nothing.</summary>
    public static byte[]? Find(PdfDocumentSpec spec)
    {
        var key = SpecFingerprint.Of(spec);
        lock (Gate) return ByKey.TryGetValue(key, out var known) ? known.Value.Pdf : null;
    }

    /// <summary>Forgets every document (tests).</summary>
    public static void Clear()
    {
        lock (Gate)
        {
            ByKey.Clear();
            ByUse.Clear();
            bytes = 0;
        }
    }
}

/// <summary>
/// A SHA-256 of everything a <see cref="PdfDocumentSpec"/> says, each value with its length or kind before it, so that
/// two specs have the same fingerprint only when they would render the same document. Knows every block type, as the
/// layout engine does, and refuses one it does not know.
/// </summary>
internal sealed class SpecFingerprint : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024); // hashed a buffer at a time, not a string at a time
    private int used;

    public static string Of(PdfDocumentSpec spec)
    {
        using var f = new SpecFingerprint();
        f.Add(spec.Title).Add(spec.DisplayTitle).Add(spec.Author).Add(spec.Subject).Add(spec.HeaderText).Add(spec.Watermark)
            .Add(spec.Archival).Add(spec.Language).Add(spec.PageNumbering).Add(spec.TitleBlockLines.Count);
        foreach (var line in spec.TitleBlockLines) f.Add(line);
        f.Add(spec.Blocks.Count);
        foreach (var block in spec.Blocks) f.Add(block);
        return f.Finish();
    }

    private SpecFingerprint Add(Block block)
    {
        switch (block)
        {
            case Heading h: Add(1).Add(h.Text).Add(h.Level); break;
            case Paragraph p: Add(2).Add(p.Text).Add(p.Bold).Add(p.Italic).Add(p.FontSize ?? -1).Add((int)p.Align); break;
            case NumberedItem n:
                Add(3).Add(n.Number).Add(n.Title).Add(n.Level).Add(n.Details.Length);
                foreach (var detail in n.Details) Add(detail);
                break;
            case KeyValueLines kv:
                Add(4).Add(kv.Items.Length);
                foreach (var (key, value) in kv.Items) Add(key).Add(value);
                break;
            case Spacer s: Add(5).Add(s.Height); break;
            case PageBreak: Add(6); break;
            case Table t:
                Add(7).Add(t.Columns.Count);
                foreach (var c in t.Columns) Add(c.Header).Add(c.Width).Add((int)c.Align);
                Add(t.Rows.Count);
                foreach (var row in t.Rows)
                {
                    Add(row.IsGroup).Add(row.Cells.Count);
                    foreach (var cell in row.Cells) Add(cell);
                }
                break;
            default: throw new NotSupportedException($"Unknown block type {block.GetType().Name}.");
        }
        return this;
    }

    private SpecFingerprint Add(string? text)
    {
        Add(text?.Length ?? -1);
        var chars = MemoryMarshal.AsBytes((text ?? "").AsSpan());
        while (chars.Length > 0)
        {
            var part = Math.Min(chars.Length, buffer.Length - used);
            chars[..part].CopyTo(buffer.AsSpan(used));
            used += part;
            chars = chars[part..];
            if (used == buffer.Length) Flush();
        }
        return this;
    }

    private SpecFingerprint Add(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return Add(bytes);
    }

    private SpecFingerprint Add(double value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(double)];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        return Add(bytes);
    }

    private SpecFingerprint Add(bool value) => Add(value ? 1 : 0);

    private SpecFingerprint Add(ReadOnlySpan<byte> value)
    {
        if (used + value.Length > buffer.Length) Flush();
        value.CopyTo(buffer.AsSpan(used));
        used += value.Length;
        return this;
    }

    private void Flush()
    {
        hash.AppendData(buffer, 0, used);
        used = 0;
    }

    private string Finish()
    {
        Flush();
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        hash.Dispose();
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
