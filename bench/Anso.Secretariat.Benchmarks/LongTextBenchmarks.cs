using Anso.Secretariat.App.Documents.Layout;
using BenchmarkDotNet.Attributes;

namespace Anso.Secretariat.Benchmarks;

/// <summary>
/// One unbroken 100,000-character string (no space to break at) laid out and rendered to PDF (issue #11: it took
/// 2 minutes while the line breaking was quadratic). The word is cut line by line; every cut measures about a line.
/// dotnet run -c Release --project bench/Anso.Secretariat.Benchmarks -- --filter '*LongText*' --job short
/// </summary>
[MemoryDiagnoser]
public class LongTextBenchmarks
{
    private string text = null!;

    [GlobalSetup]
    public void Setup()
    {
        PdfSetup.EnsureInitialized();
        text = string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)('a' + i % 26)));
    }

    [Benchmark]
    public byte[] UnbrokenString100000Characters()
    {
        var spec = new PdfDocumentSpec { Title = "One unbroken string" };
        spec.Add(new Paragraph(text));
        return PdfRenderer.RenderAnew(spec);
    }
}
