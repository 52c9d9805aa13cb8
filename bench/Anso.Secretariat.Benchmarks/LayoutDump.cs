using System.Globalization;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;

namespace Anso.Secretariat.Benchmarks;

/// <summary>
/// Writes where every text box of the benchmarks' documents lands (page, kind, rectangle to 0.001 pt, text) to a folder,
/// with the PDFs, so that a change to the engine can be checked against the one before it with diff and pdftoppm:
/// dotnet bench/Anso.Secretariat.Benchmarks/bin/Release/net10.0/Anso.Secretariat.Benchmarks.dll layout /tmp/before
/// </summary>
internal static class LayoutDump
{
    public static void Run(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var language in new[] { "en", "zh-Hans" })
        {
            var culture = CultureInfo.GetCultureInfo(language);
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);

            var meetings = new MeetingDocumentBenchmarks();
            meetings.Setup();
            Write(folder, $"applications-{language}", PdfRenderer.RenderWithLayout(ApplicationsListDocument.Build(meetings.Meeting, meetings.Applications)));
            var minutes = new MinutesDocumentBenchmarks { Language = language };
            minutes.Setup();
            Write(folder, $"minutes-{language}", PdfRenderer.RenderWithLayout(minutes.Spec()));
            Write(folder, $"members-{language}", PdfRenderer.RenderWithLayout(MemberRegisterDocument.Build(MemberRegisterBenchmarks.Generate(3_000), new DateOnly(2026, 12, 3))));
        }
    }

    private static void Write(string folder, string name, LayoutResult result)
    {
        File.WriteAllBytes(Path.Combine(folder, name + ".pdf"), result.Pdf);
        using var text = new StreamWriter(Path.Combine(folder, name + ".boxes"));
        foreach (var page in result.Pages)
            foreach (var box in page.Boxes.Where(b => b.Kind is not (BoxKind.TableCell or BoxKind.TableHeaderCell or BoxKind.TableGroupRow)))
                text.WriteLine(FormattableString.Invariant($"{page.Number} {box.Kind} {box.Rect.X:F3} {box.Rect.Y:F3} {box.Rect.Width:F3} {box.Rect.Height:F3} {box.Text}"));
        foreach (var page in result.Pages)
            foreach (var box in page.Boxes.Where(b => b.Kind is BoxKind.TableCell or BoxKind.TableHeaderCell or BoxKind.TableGroupRow))
                text.WriteLine(FormattableString.Invariant($"{page.Number} {box.Kind} {box.Rect.X:F3} {box.Rect.Y:F3} {box.Rect.Width:F3} {box.Rect.Height:F3}"));
        Console.WriteLine($"{name}: {result.PageCount} pages, {result.Pdf.Length / 1024} KB");
    }
}
