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
    public static string Run(string tool, IReadOnlyList<string> arguments)
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
            if (process.ExitCode != 0)
                throw new InvalidOperationException(
                    $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stderr.Result}\n{stdout.Result}");
            return stdout.Result;
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
