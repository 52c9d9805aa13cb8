using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>
/// Reads PDFs back with independent tools (poppler-utils and qpdf), so that tests check what a reader sees rather
/// than what the writer meant. Each call writes the bytes to a temporary file, runs one tool and deletes the file.
/// A tool that fails (non-zero exit, or qpdf warnings) throws with its stderr.
/// </summary>
public static class PdfTools
{
    /// <summary>The diagonal DRAFT mark, as pdftotext -raw reads it: its letters may come one per line.</summary>
    public static readonly System.Text.RegularExpressions.Regex DraftMark = new(@"D\s*R\s*A\s*F\s*T");

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// <c>pdftotext</c> of the whole document or of pages <paramref name="firstPage"/>..<paramref name="lastPage"/>
    /// (1-based). Layout mode (default) keeps the visual arrangement of lines and columns; raw mode keeps content
    /// stream order, which reads rotated text (a watermark) as consecutive characters.
    /// </summary>
    public static string Text(byte[] pdf, int? firstPage = null, int? lastPage = null, bool raw = false)
    {
        var args = new List<string> { raw ? "-raw" : "-layout", "-enc", "UTF-8" };
        if (firstPage is { } f) args.AddRange(["-f", f.ToString()]);
        if (lastPage is { } l) args.AddRange(["-l", l.ToString()]);
        return WithFile(pdf, path => Run("pdftotext", [.. args, path, "-"]));
    }

    /// <summary>
    /// <c>pdftotext</c> in its default mode (neither -layout nor -raw): text in the reading order poppler works out,
    /// one block after the other, as a screen reader's plain-text view would give it.
    /// </summary>
    public static string ReadingText(byte[] pdf) => WithFile(pdf, path => Run("pdftotext", ["-enc", "UTF-8", path, "-"]));

    /// <summary>The text of one page (1-based).</summary>
    public static string PageText(byte[] pdf, int page, bool raw = false) => Text(pdf, page, page, raw);

    /// <summary>The text of every page, in order, from a single pdftotext run (it ends each page with a form feed).</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf, bool raw = false)
    {
        var pages = Text(pdf, raw: raw).Split('\f');
        // The final form feed leaves an empty tail.
        return pages.Length > 1 && pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
    }

    /// <summary><c>pdfinfo</c> as key/value pairs: "Title", "Author", "Subject", "Creator", "Producer", "Pages", "Page size"...</summary>
    public static IReadOnlyDictionary<string, string> Info(byte[] pdf)
    {
        var output = WithFile(pdf, path => Run("pdfinfo", ["-enc", "UTF-8", path]));
        var info = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in output.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) info[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return info;
    }

    public static int PageCount(byte[] pdf) => int.Parse(Info(pdf)["Pages"]);

    /// <summary>One row of <c>pdffonts</c>.</summary>
    public sealed record FontInfo(string Name, string Type, string Encoding, bool Embedded, bool Subset, bool ToUnicode);

    // poppler's font type names (GfxFont.cc); some contain spaces, and so do font names.
    private static readonly string[] FontTypes =
    [
        "CID TrueType (OT)", "CID TrueType", "CID Type 0C (OT)", "CID Type 0C", "CID Type 0",
        "TrueType (OT)", "TrueType", "Type 1C (OT)", "Type 1C", "Type 1", "Type 3", "unknown",
    ];

    /// <summary>
    /// <c>pdffonts</c>, one row per font. Read from the right (encoding emb sub uni object-id generation have no
    /// spaces), then the known type names; the rest is the font name, which may contain spaces and overflow its column.
    /// </summary>
    public static IReadOnlyList<FontInfo> Fonts(byte[] pdf)
    {
        var lines = WithFile(pdf, path => Run("pdffonts", [path])).Split('\n');
        var rule = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        if (rule < 0) throw new InvalidOperationException("Unexpected pdffonts output:\n" + string.Join('\n', lines));

        return lines.Skip(rule + 1)
            .Where(l => l.Trim().Length > 0)
            .Select(l =>
            {
                var t = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (t.Length < 8) throw new InvalidOperationException($"Unexpected pdffonts row: '{l}'");
                var nameAndType = string.Join(' ', t[..^6]);
                var type = FontTypes.FirstOrDefault(ft => nameAndType.EndsWith(" " + ft, StringComparison.Ordinal))
                    ?? throw new InvalidOperationException($"Unknown font type in pdffonts row: '{l}'");
                var name = nameAndType[..^(type.Length + 1)];
                return new FontInfo(name, type, t[^6], t[^5] == "yes", t[^4] == "yes", t[^3] == "yes");
            })
            .ToList();
    }

    /// <summary><c>qpdf --check</c>; throws on errors and on warnings. Returns its report.</summary>
    public static string Check(byte[] pdf) => WithFile(pdf, path => Run("qpdf", ["--check", path]));

    /// <summary><c>pdfinfo -meta</c>: the XMP metadata packet as the file carries it.</summary>
    public static string XmpMetadata(byte[] pdf) => WithFile(pdf, path => Run("pdfinfo", ["-meta", path]));

    /// <summary><c>qpdf --json</c> (version 2) of the whole file.</summary>
    public static System.Text.Json.JsonDocument Json(byte[] pdf) =>
        System.Text.Json.JsonDocument.Parse(WithFile(pdf, path => Run("qpdf", ["--json", path])));

    /// <summary>A node of the structure tree: its tag ("H1", "P", "Table", "TR", "TH", "TD"...) and its children in order.</summary>
    public sealed record StructureNode(string Tag, IReadOnlyList<StructureNode> Children, JsonElementMap Element)
    {
        public IEnumerable<StructureNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));
    }

    /// <summary>The dictionary of a structure element, keys as qpdf writes them ("/S", "/A", "/K").</summary>
    public sealed record JsonElementMap(System.Text.Json.JsonElement Value);

    /// <summary>The catalog (document root) as qpdf --json reads it, and a way to follow references.</summary>
    public static (System.Text.Json.JsonElement Catalog, Func<System.Text.Json.JsonElement, System.Text.Json.JsonElement> Resolve) Catalog(System.Text.Json.JsonDocument json)
    {
        var objects = json.RootElement.GetProperty("qpdf")[1];
        System.Text.Json.JsonElement Resolve(System.Text.Json.JsonElement e)
        {
            if (e.ValueKind != System.Text.Json.JsonValueKind.String || e.GetString() is not { } s || !s.EndsWith(" R", StringComparison.Ordinal)) return e;
            var o = objects.GetProperty("obj:" + s);
            return o.TryGetProperty("value", out var v) ? v : o.GetProperty("stream").GetProperty("dict");
        }
        var trailer = objects.GetProperty("trailer").GetProperty("value");
        return (Resolve(trailer.GetProperty("/Root")), Resolve);
    }

    /// <summary>
    /// The structure tree from <c>qpdf --json</c>: the children of the root's Document element, in the order of /K,
    /// which is the reading order a screen reader follows. Null when the file is not tagged.
    /// </summary>
    public static StructureNode? StructureTree(byte[] pdf)
    {
        using var json = Json(pdf);
        var (catalog, resolve) = Catalog(json);
        if (!catalog.TryGetProperty("/StructTreeRoot", out var rootRef)) return null;
        StructureNode? Node(System.Text.Json.JsonElement reference)
        {
            var e = resolve(reference);
            if (e.ValueKind != System.Text.Json.JsonValueKind.Object || !e.TryGetProperty("/S", out var tag)) return null;
            var children = new List<StructureNode>();
            if (e.TryGetProperty("/K", out var k))
            {
                var kids = k.ValueKind == System.Text.Json.JsonValueKind.Array ? k.EnumerateArray().ToList() : [k];
                foreach (var kid in kids) if (Node(kid) is { } child) children.Add(child);
            }
            return new StructureNode(tag.GetString()!.TrimStart('/'), children, new JsonElementMap(e.Clone()));
        }
        var root = resolve(rootRef);
        return Node(root.GetProperty("/K"));
    }

    /// <summary><c>qpdf --show-attachment</c>: the bytes of an embedded file.</summary>
    public static byte[] Attachment(byte[] pdf, string name) => WithFile(pdf, path =>
    {
        var output = Path.Combine(Path.GetTempPath(), $"anso-attachment-{Guid.NewGuid():N}");
        try
        {
            RunToFile("qpdf", ["--show-attachment=" + name, path], output);
            return File.ReadAllBytes(output);
        }
        finally { File.Delete(output); }
    });

    /// <summary><c>qpdf --list-attachments</c>: the names of the embedded files.</summary>
    public static IReadOnlyList<string> Attachments(byte[] pdf) =>
        WithFile(pdf, path => Run("qpdf", ["--list-attachments", path]))
            .Split('\n').Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && l.Contains(" -> ")).Select(l => l[..l.IndexOf(" -> ", StringComparison.Ordinal)]).ToList();

    /// <summary>
    /// <c>pdfsig</c>'s report of every signature. pdfsig exits non-zero when a signature does not verify, so the exit
    /// code is not an error here: the report says "Signature Validation: ...".
    /// </summary>
    public static string Signatures(byte[] pdf) => WithFile(pdf, path => Run("pdfsig", ["-nocert", "-no-ocsp", path], allowFailure: true));

    /// <summary>
    /// Renders pages to PNG with <c>pdftoppm</c> for a visual check; returns the files written, in page order.
    /// </summary>
    public static IReadOnlyList<string> ToPng(byte[] pdf, string outputDirectory, int dpi = 60, string prefix = "page")
    {
        Directory.CreateDirectory(outputDirectory);
        var stem = Path.Combine(outputDirectory, prefix);
        WithFile(pdf, path => Run("pdftoppm", ["-png", "-r", dpi.ToString(), path, stem]));
        return Directory.GetFiles(outputDirectory, prefix + "-*.png").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Runs <paramref name="tool"/> and returns its stdout; throws with stderr when it exits non-zero.</summary>
    public static string Run(string tool, IReadOnlyList<string> arguments, bool allowFailure = false)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' is not installed (apt-get install poppler-utils qpdf).", e);
        }

        using (process)
        {
            // Read both streams concurrently so that neither pipe can fill up and block the tool.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} did not finish within {Timeout.TotalSeconds} s.");
            }
            Task.WaitAll(stdout, stderr);
            if (process.ExitCode != 0 && !allowFailure)
                throw new InvalidOperationException(
                    $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stderr.Result}\n{stdout.Result}");
            return allowFailure ? stdout.Result + stderr.Result : stdout.Result;
        }
    }

    /// <summary>Runs <paramref name="tool"/> with its stdout going, byte for byte, to <paramref name="outputPath"/>.</summary>
    private static void RunToFile(string tool, IReadOnlyList<string> arguments, string outputPath)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        using (var file = File.Create(outputPath))
        {
            var copy = process.StandardOutput.BaseStream.CopyToAsync(file);
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout)) { process.Kill(entireProcessTree: true); throw new TimeoutException($"{tool} did not finish."); }
            Task.WaitAll(copy, stderr);
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} exited with {process.ExitCode}:\n{stderr.Result}");
        }
    }

    private static T WithFile<T>(byte[] pdf, Func<string, T> action)
    {
        var path = Path.Combine(Path.GetTempPath(), $"anso-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return action(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
