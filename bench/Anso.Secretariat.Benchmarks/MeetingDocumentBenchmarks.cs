using Anso.Secretariat.App.Documents;
using Anso.Secretariat.App.Documents.Layout;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using BenchmarkDotNet.Attributes;

namespace Anso.Secretariat.Benchmarks;

/// <summary>
/// The two meeting documents, built from data and rendered to PDF bytes, warm. Targets (issue #4, on the project's
/// 2-core machine): the agenda of a 30-item meeting ≤ 15 ms, the applications list of 300 applications ≤ 60 ms.
/// </summary>
[MemoryDiagnoser]
public class MeetingDocumentBenchmarks
{
    /// <summary>The newsletters' categories, shared by the document benchmarks.</summary>
    internal static readonly string[] Categories =
        ["National Academies", "International Organizations", "National Research Institutes and Agencies", "Universities"];

    private Meeting meeting = null!;
    private List<ListedApplication> applications = null!;

    internal Meeting Meeting => meeting;
    internal List<ListedApplication> Applications => applications;

    [GlobalSetup]
    public void Setup()
    {
        PdfSetup.EnsureInitialized();
        var by = new Actor("ANSO Secretariat", new DateTimeOffset(2026, 11, 9, 10, 0, 0, TimeSpan.FromHours(8)));
        var day = new DateOnly(2026, 12, 9);
        meeting = new Meeting(MeetingBody.GoverningBoard, 10, day, day, new Venue("CAS Headquarters", "Beijing", "CN"), MeetingMode.Hybrid);
        meeting.SetHours(new TimeOnly(9, 0), new TimeOnly(17, 30));
        meeting.AppointChairs("Prof. Sukit Limpijumnong, ANSO President and President of NSTDA", ["Prof. HE Hongping, ANSO Vice President and Vice President of CAS"]);
        for (var i = 1; i <= 30; i++)
        {
            var item = meeting.AddAgendaItem(new AgendaItemDetails
            {
                Title = $"Agenda item {i}: report and proposal on the work of the Alliance in area {i}",
                Kind = i == 4 ? AgendaItemKind.MembershipApplications : AgendaItemKind.Proposal,
                Purpose = AgendaPurpose.ForEndorsement,
                Presenter = "Prof. Nebojša Lalić, Secretary General of SASA",
                DurationMinutes = 15,
                Notes = "The Governing Board is invited to endorse the proposal, which will be refined further and submitted to the next General Assembly.",
            }, by);
            meeting.AttachPaper(item, $"Paper {i} for the Governing Board", null, by);
        }
        meeting.PublishAgenda(by);

        applications = Enumerable.Range(1, 300)
            .Select(i => new ListedApplication(i, $"Institute {i:000} of Applied Sciences and Technology", i % 3 == 0 ? "IAST" : null, "TR",
                Categories[(i - 1) * 4 / 300], new DateOnly(2026, 1, 1).AddDays(i),
                "Eligible under the ANSO Statutes; the Secretariat recommends endorsement.", new PositionTally(5, 1, 1)))
            .ToList();
    }

    [Benchmark]
    public byte[] Agenda30Items() => PdfRenderer.RenderAnew(AgendaDocument.Build(meeting, applications.Take(11).ToList(),
        new Anso.Secretariat.Domain.Common.SecretariatTime(TimeProvider.System, Anso.Secretariat.Domain.Common.SecretariatTime.FindZone(null))));

    [Benchmark]
    public byte[] ApplicationsList300() => PdfRenderer.RenderAnew(ApplicationsListDocument.Build(meeting, applications));
}
