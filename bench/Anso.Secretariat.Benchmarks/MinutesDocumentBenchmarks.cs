using System.Globalization;
using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using BenchmarkDotNet.Attributes;

namespace Anso.Secretariat.Benchmarks;

/// <summary>
/// The minutes of a meeting with 40 agenda items and 200 decided applications (about 15 pages), built from data and
/// rendered to PDF bytes, warm. Target (issue #5, on the project's 2-core machine): median ≤ 60 ms. In Chinese (issue 15)
/// the wording is Chinese and so are the summaries and the organizations' names, so that most glyphs come from the
/// Chinese font: target, within twice the English time.
/// </summary>
[MemoryDiagnoser]
public class MinutesDocumentBenchmarks
{
    [Params("en", "zh-Hans")]
    public string Language { get; set; } = "en";

    private CultureInfo culture = CultureInfo.InvariantCulture;

    private Meeting meeting = null!;
    private Minutes minutes = null!;
    private Dictionary<string, IReadOnlyList<string>> attendance = null!;
    private List<DecidedApplication> decided = null!;

    [GlobalSetup]
    public void Setup()
    {
        PdfSetup.EnsureInitialized();
        culture = CultureInfo.GetCultureInfo(Language);
        var chinese = Language != "en";
        InLanguage();
        var at = new DateTimeOffset(2026, 12, 9, 18, 0, 0, TimeSpan.FromHours(8));
        var day = new DateOnly(2026, 12, 9);
        meeting = new Meeting(MeetingBody.GoverningBoard, 10, day, day, new Venue("CAS Headquarters", "Beijing", "CN"), MeetingMode.Hybrid);
        meeting.AppointChairs("Prof. Sukit Limpijumnong, ANSO President and President of NSTDA", ["Prof. HE Hongping, ANSO Vice President and Vice President of CAS"]);
        var agenda = Enumerable.Range(1, 40).Select(i => new AgendaHeading($"{i}", i == 4 ? "List of ANSO Membership Applications" : $"Report and proposal on the work of the Alliance in area {i}", i == 4));
        minutes = Minutes.Start(meeting, agenda, "ANSO Secretariat", at);
        foreach (var item in minutes.Items)
        {
            minutes.Summarize(item, chinese
                ? "秘书处介绍了该文件。理事会成员对所取得的进展表示欢迎，希望与各区域中心加强合作，并请秘书处向下次会议报告；Nebojša Lalić 教授和 Annamária Szabó 女士在讨论中发言。"
                : "The Secretariat presented the paper. GB members welcomed the progress, asked for closer cooperation with the regional " +
                  "centers and for a report to the next meeting; Prof. Nebojša Lalić and Annamária Szabó spoke in the discussion.", "ANSO Secretariat", at);
            if (!item.IsMembershipApplications)
                minutes.RecordDecision(meeting, item, chinese ? $"理事会认可了第{item.Number}项议题的提案。" : $"The Board endorsed the proposal of item {item.Number}.",
                    DecisionOutcome.Endorsed, day, "ANSO Secretariat", at);
        }
        attendance = new()
        {
            ["Present on site"] = Enumerable.Range(1, 20).Select(i => $"Member Representative {i}, Türkiye Bilimsel ve Teknolojik Araştırma Kurumu (TÜBİTAK)").ToList(),
            ["Present online"] = Enumerable.Range(1, 10).Select(i => $"Online Representative {i}, Hungarian Academy of Sciences").ToList(),
        };
        decided = Enumerable.Range(1, 200)
            .Select(i => new DecidedApplication(chinese ? $"中国科学院第{i:000}应用科学与技术研究所 Institute {i:000}" : $"Institute {i:000} of Applied Sciences and Technology", "TR", MeetingDocumentBenchmarks.Categories[(i - 1) * 4 / 200], (i - 1) * 4 / 200,
                i % 10 == 0 ? DecisionOutcome.Deferred : DecisionOutcome.Endorsed))
            .ToList();
        var sample = PdfRenderer.RenderWithLayout(MinutesDocument.Build(meeting, minutes, attendance, decided));
        Console.WriteLine($"// The minutes ({Language}) have {sample.PageCount} pages, {sample.Pdf.Length / 1024} KB.");
    }

    [Benchmark]
    public byte[] Minutes40Items200Applications()
    {
        InLanguage(); // the documents speak the current UI culture; set on the thread that renders
        return PdfRenderer.RenderAnew(Spec());
    }

    internal PdfDocumentSpec Spec() => MinutesDocument.Build(meeting, minutes, attendance, decided);

    private void InLanguage() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
}
