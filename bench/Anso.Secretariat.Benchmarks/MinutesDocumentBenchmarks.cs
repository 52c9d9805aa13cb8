using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using BenchmarkDotNet.Attributes;

namespace Anso.Secretariat.Benchmarks;

/// <summary>
/// The minutes of a meeting with 40 agenda items and 200 decided applications (about 15 pages), built from data and
/// rendered to PDF bytes, warm. Target (issue #5, on the project's 2-core machine): median ≤ 60 ms.
/// </summary>
[MemoryDiagnoser]
public class MinutesDocumentBenchmarks
{
    private Meeting meeting = null!;
    private Minutes minutes = null!;
    private Dictionary<string, IReadOnlyList<string>> attendance = null!;
    private List<DecidedApplication> decided = null!;

    [GlobalSetup]
    public void Setup()
    {
        PdfSetup.EnsureInitialized();
        var at = new DateTimeOffset(2026, 12, 9, 18, 0, 0, TimeSpan.FromHours(8));
        var day = new DateOnly(2026, 12, 9);
        meeting = new Meeting(MeetingBody.GoverningBoard, 10, day, day, new Venue("CAS Headquarters", "Beijing", "CN"), MeetingMode.Hybrid);
        meeting.AppointChairs("Prof. Sukit Limpijumnong, ANSO President and President of NSTDA", ["Prof. HE Hongping, ANSO Vice President and Vice President of CAS"]);
        var agenda = Enumerable.Range(1, 40).Select(i => new AgendaHeading($"{i}", i == 4 ? "List of ANSO Membership Applications" : $"Report and proposal on the work of the Alliance in area {i}", i == 4));
        minutes = Minutes.Start(meeting, agenda, "ANSO Secretariat", at);
        foreach (var item in minutes.Items)
        {
            minutes.Summarize(item, "The Secretariat presented the paper. GB members welcomed the progress, asked for closer cooperation with the regional " +
                "centers and for a report to the next meeting; Prof. Nebojša Lalić and Annamária Szabó spoke in the discussion.", "ANSO Secretariat", at);
            if (!item.IsMembershipApplications)
                minutes.RecordDecision(meeting, item, $"The Board endorsed the proposal of item {item.Number}.", DecisionOutcome.Endorsed, day, "ANSO Secretariat", at);
        }
        attendance = new()
        {
            ["Present on site"] = Enumerable.Range(1, 20).Select(i => $"Member Representative {i}, Türkiye Bilimsel ve Teknolojik Araştırma Kurumu (TÜBİTAK)").ToList(),
            ["Present online"] = Enumerable.Range(1, 10).Select(i => $"Online Representative {i}, Hungarian Academy of Sciences").ToList(),
        };
        decided = Enumerable.Range(1, 200)
            .Select(i => new DecidedApplication($"Institute {i:000} of Applied Sciences and Technology", "TR", MeetingDocumentBenchmarks.Categories[(i - 1) * 4 / 200], (i - 1) * 4 / 200,
                i % 10 == 0 ? DecisionOutcome.Deferred : DecisionOutcome.Endorsed))
            .ToList();
        Console.WriteLine($"// The minutes have {PdfRenderer.RenderWithLayout(MinutesDocument.Build(meeting, minutes, attendance, decided)).PageCount} pages.");
    }

    [Benchmark]
    public byte[] Minutes40Items200Applications() => PdfRenderer.Render(MinutesDocument.Build(meeting, minutes, attendance, decided));
}
