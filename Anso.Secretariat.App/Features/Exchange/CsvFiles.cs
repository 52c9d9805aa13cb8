using System.Globalization;
using CsvHelper;

namespace Anso.Secretariat.App.Features.Exchange;

/// <summary>
/// The one CSV writer and reader of every export and import. Files are UTF-8 with a byte order mark, so Excel reads
/// "Nebojša" and "TÜBİTAK" right, and text that starts like a formula (=, +, -, @, tab, CR) is written with a leading
/// apostrophe, so a spreadsheet shows it instead of running it. Reading takes that apostrophe off again.
/// </summary>
public static class CsvFiles
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        // Comma, semicolon (Excel in much of Europe), tab or bar: detected from the first lines.
        Separator = null,
        TrimWhitespace = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, WriterOptions, leaveOpen: true))
        {
            csv.WriteHeader(header.ToArray());
            foreach (var row in rows)
            {
                if (row.Count != header.Count) throw new InvalidOperationException($"A row has {row.Count} fields for {header.Count} columns.");
                foreach (var field in row) csv.WriteField(field ?? "");
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Writes the rows to <paramref name="output"/> as they come (a download streamed while the query reads).</summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, WriterOptions, leaveOpen: true);
        csv.WriteHeader(header.ToArray()); // ends its record
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (row.Count != header.Count) throw new InvalidOperationException($"A row has {row.Count} fields for {header.Count} columns.");
            foreach (var field in row) csv.WriteField(field ?? "");
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    /// <summary>A file's header and records, each record with its row number as a spreadsheet shows it (the header is row 1).</summary>
    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<(int Row, string[] Fields)> Records)
    {
        /// <summary>The column's index, matched without case, accents or surrounding spaces; -1 when absent.</summary>
        public int Column(params string[] names)
        {
            foreach (var name in names)
            {
                var key = Domain.Common.TextMatching.MatchKey(name);
                for (var i = 0; i < Header.Count; i++)
                    if (Domain.Common.TextMatching.MatchKey(Header[i]) == key) return i;
            }
            return -1;
        }
    }

    /// <summary>Reads a whole file. Throws <see cref="FormatException"/> with a message for the user, in their language, when it is not CSV.</summary>
    public static Table Read(byte[] content, IProgress<int>? rowsRead = null)
    {
        RequireUtf8(content);
        try
        {
            using var csv = CsvReader.Create(content, ReaderOptions);
            var header = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
            var records = new List<(int, string[])>();
            while (csv.Read())
            {
                var fields = new string[Math.Max(header.Count, csv.FieldCount)];
                for (var i = 0; i < fields.Length; i++) fields[i] = Restore(csv.GetString(i) ?? "");
                records.Add(((int)csv.RowNumber + 1, fields));
                if (records.Count % 500 == 0) rowsRead?.Report(records.Count);
            }
            return new Table(header, records);
        }
        catch (Exception e) when (e is CsvFormatException or InvalidDataException or System.Text.DecoderFallbackException)
        {
            throw new FormatException(ExchangeText.Current["NotCsv", e.Message], e);
        }
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Imports read UTF-8 only. A file in another encoding is refused, never guessed: a Latin-1 "Université" and a
    /// Windows-1251 Cyrillic name are the same bytes to a program, so converting would store wrong names without a word.
    /// </summary>
    public static void RequireUtf8(byte[] content)
    {
        if (content is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            throw new FormatException(ExchangeText.Current["Utf16"]);
        try
        {
            StrictUtf8.GetCharCount(content);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, content.Length);
            var row = 1 + content.AsSpan(0, at).Count((byte)'\n');
            throw new FormatException(ExchangeText.Current["NotUtf8", row], e);
        }
    }

    /// <summary>Takes off the apostrophe that an export put in front of a value that starts like a formula.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;

    /// <summary>"anso-members-2026-11-22.csv": what the file is, and the day it was taken.</summary>
    public static string FileName(string what, DateOnly day, string extension = "csv") =>
        $"anso-{what}-{day:yyyy-MM-dd}.{extension}";
}
