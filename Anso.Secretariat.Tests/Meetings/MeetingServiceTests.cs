using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using static Anso.Secretariat.Tests.Support.MeetingTestData;

namespace Anso.Secretariat.Tests.Meetings;

/// <summary>The meeting service on a real SQLite database with the demo data: create, change, concurrency, roles.</summary>
public class MeetingServiceTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.WithDemoData();
    private readonly MeetingService secretariat;

    public MeetingServiceTests() => secretariat = MeetingServices.For(database, Roles.Secretariat);

    public void Dispose() => database.Dispose();

    private static MeetingDetails Planned(int number) => new()
    {
        Body = MeetingBody.GoverningBoard, Number = number, StartDate = new(2031, 3, 4), EndDate = new(2031, 3, 4),
        StartsAt = new(9, 0), EndsAt = new(12, 0), City = "Bangkok", CountryCode = "TH", Mode = MeetingMode.Hybrid,
        Chair = "Prof. Sukit Limpijumnong", CoChairs = "Prof. HE Hongping\nProf. Helena Bonciani Nader",
    };

    [Fact]
    public async Task The_next_number_is_proposed_and_a_new_meeting_is_saved_with_its_chairs()
    {
        Assert.Equal(11, await secretariat.ProposeNumberAsync(MeetingBody.GoverningBoard));
        Assert.Equal(6, await secretariat.ProposeNumberAsync(MeetingBody.GeneralAssembly));

        var id = await secretariat.CreateAsync(Planned(11));

        var meeting = (await secretariat.FindAsync(id))!;
        Assert.Equal("11th ANSO Governing Board (GB) Meeting", meeting.Title);
        Assert.Equal(["Prof. HE Hongping", "Prof. Helena Bonciani Nader"], meeting.CoChairs);
        Assert.Equal(180, meeting.ScheduledMinutes);
        Assert.Equal(12, await secretariat.ProposeNumberAsync(MeetingBody.GoverningBoard));
    }

    [Fact]
    public async Task A_number_the_body_already_has_is_refused()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => secretariat.CreateAsync(Planned(9)));

        Assert.Contains(refused.Errors, e => e.PropertyName == "Number" && e.ErrorMessage.Contains("There is already a 9th ANSO Governing Board (GB) Meeting (11 Dec 2024)"));
    }

    [Fact]
    public async Task Agenda_order_survives_the_database_and_a_stale_version_is_refused()
    {
        var id = await secretariat.CreateAsync(Planned(11));
        var version = (await secretariat.FindAsync(id))!.Version;
        foreach (var title in new[] { "A", "B", "C" })
        {
            await secretariat.AddItemAsync(id, version, Item(title));
            version = (await secretariat.FindAsync(id))!.Version;
        }
        var c = (await secretariat.FindAsync(id))!.Agenda.Single(i => i.Title == "C");

        await secretariat.MoveItemAsync(id, version, c.Id, 0);

        var reloaded = (await secretariat.FindAsync(id))!;
        Assert.Equal(["C", "A", "B"], reloaded.Titles());
        Assert.Equal([1, 2, 3], reloaded.Numbers());
        // Someone who still sees the old version cannot move anything.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => secretariat.MoveItemAsync(id, version, c.Id, 2));
        Assert.Equal(["C", "A", "B"], (await secretariat.FindAsync(id))!.Titles());
    }

    [Fact]
    public async Task Editing_the_overview_with_a_stale_version_is_refused_and_changes_nothing()
    {
        var id = await secretariat.CreateAsync(Planned(11));
        var seen = (await secretariat.FindAsync(id))!;
        var first = MeetingDetails.From(seen);
        first.City = "Chiang Mai";
        await secretariat.UpdateDetailsAsync(id, seen.Version, first);

        var second = MeetingDetails.From(seen);
        second.City = "Phuket";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => secretariat.UpdateDetailsAsync(id, seen.Version, second));

        Assert.Equal("Chiang Mai", (await secretariat.FindAsync(id))!.Venue.City);
    }

    [Fact]
    public async Task Publishing_and_later_changes_are_stored_as_revisions()
    {
        var id = await secretariat.CreateAsync(Planned(11));
        var m = (await secretariat.FindAsync(id))!;
        await secretariat.AddItemAsync(id, m.Version, Item("Opening"));
        m = (await secretariat.FindAsync(id))!;
        await secretariat.PublishAgendaAsync(id, m.Version);
        m = (await secretariat.FindAsync(id))!;
        await secretariat.AddItemAsync(id, m.Version, Item("Closing"));

        var stored = (await secretariat.FindAsync(id))!;
        Assert.Equal(MeetingStatus.AgendaPublished, stored.Status);
        Assert.Equal(2, stored.CurrentRevision!.Number);
        Assert.Equal(["Opening"], stored.AgendaRevisions.Single(r => r.Number == 1).Items.Select(i => i.Title));
        Assert.Equal(["Opening", "Closing"], stored.CurrentRevision.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task Representatives_of_the_GB_member_organizations_are_suggested_until_they_are_added()
    {
        var gb10 = await IdAsync(MeetingBody.GoverningBoard, 10);

        var suggested = await secretariat.SuggestedParticipantsAsync(gb10);
        Assert.Contains(suggested, s => s.Name == "Nebojša Lalić" && s.Acronym == "SASA");
        Assert.All(suggested, s => Assert.True(s.IsBoardMember));
        Assert.DoesNotContain(suggested, s => s.Name == "Annamária Szabó"); // MTA is no longer on the GB

        var lalic = suggested.First(s => s.Name == "Nebojša Lalić");
        var version = (await secretariat.FindAsync(gb10))!.Version;
        await secretariat.AddParticipantsAsync(gb10, version,
            [new NewParticipant(lalic.Name, lalic.OrganizationId, null, lalic.Position, ParticipantRole.MemberRepresentative, Attendance.Online)]);

        Assert.DoesNotContain(await secretariat.SuggestedParticipantsAsync(gb10), s => s.Name == "Nebojša Lalić");
        Assert.Equal("Nebojša Lalić", Assert.Single((await secretariat.FindAsync(gb10))!.Participants).Name);
        Assert.NotEmpty(await secretariat.RepresentativesAsync());
    }

    [Fact]
    public async Task Only_the_secretariat_changes_meetings_and_a_GB_member_reads_only_GB_meetings()
    {
        var gb9 = await IdAsync(MeetingBody.GoverningBoard, 9);
        var ga4 = await IdAsync(MeetingBody.GeneralAssembly, 4);
        var viewer = MeetingServices.For(database, Roles.Viewer);
        var member = MeetingServices.For(database, Roles.BoardMember);

        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.CreateAsync(Planned(11)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => member.PublishAgendaAsync(gb9, 0));
        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.AddItemAsync(gb9, 0, Item("X")));
        Assert.NotNull(await viewer.FindAsync(ga4));
        Assert.Null(await member.FindAsync(ga4));
        Assert.NotNull(await member.FindAsync(gb9));
        Assert.All(await member.ListAsync(), r => Assert.Equal(MeetingBody.GoverningBoard, r.Body));
    }

    [Fact]
    public async Task The_list_puts_upcoming_meetings_first_soonest_first_then_past_ones_latest_first()
    {
        var rows = await secretariat.ListAsync();

        var upcoming = rows.TakeWhile(r => r.IsUpcoming).ToList();
        Assert.Equal(["10th ANSO Governing Board (GB) Meeting", "5th ANSO General Assembly (GA)"], upcoming.Select(r => r.Title));
        var past = rows.Skip(upcoming.Count).ToList();
        Assert.All(past, r => Assert.False(r.IsUpcoming));
        Assert.Equal(past.OrderByDescending(r => r.StartDate).Select(r => r.Id), past.Select(r => r.Id));
        Assert.Equal(["2nd ANSO Governing Board (GB) Meeting"], (await secretariat.ListAsync(MeetingBody.GoverningBoard, 2019)).Select(r => r.Title));
    }

    [Fact]
    public async Task The_9th_GB_lists_the_eleven_applications_it_decided_with_their_decisions()
    {
        var applications = await secretariat.ApplicationsAsync(await IdAsync(MeetingBody.GoverningBoard, 9));

        Assert.Equal(11, applications.Count);
        Assert.Equal(9, applications.Count(a => a.Decision == "Endorsed"));
        Assert.All(applications, a => Assert.NotNull(a.Tally));
    }

    [Fact]
    public async Task A_paper_is_a_checked_PDF_or_image_or_a_title_whose_file_is_to_follow()
    {
        var id = await secretariat.CreateAsync(Planned(11));
        await secretariat.AddItemAsync(id, (await secretariat.FindAsync(id))!.Version, Item("Progress report"));
        var itemId = (await secretariat.FindAsync(id))!.Agenda[0].Id;
        var pdf = SampleFiles.Pdf;

        await secretariat.AttachPaperAsync(id, itemId, "ANSO Progress Report 2031", "progress-report.pdf", pdf.Length, () => new MemoryStream(pdf));
        await secretariat.AttachPaperAsync(id, itemId, "Budget 2032", null, 0, null);
        var notAPdf = await Assert.ThrowsAsync<ValidationException>(() =>
            secretariat.AttachPaperAsync(id, itemId, null, "fake.pdf", 10, () => new MemoryStream("MZ-program"u8.ToArray())));
        Assert.Contains("does not contain a PDF or an image", notAPdf.Message);
        await Assert.ThrowsAsync<ValidationException>(() =>
            secretariat.AttachPaperAsync(id, itemId, null, "tool.exe", 10, () => new MemoryStream(new byte[10])));

        var papers = (await secretariat.FindAsync(id))!.Agenda[0].Papers;
        Assert.Equal(["ANSO Progress Report 2031", "Budget 2032"], papers.Select(p => p.Title));
        Assert.Equal(("progress-report.pdf", "application/pdf", true), (papers[0].FileName, papers[0].ContentType, papers[0].HasFile));
        Assert.False(papers[1].HasFile);
        var (_, content) = (await secretariat.OpenPaperAsync(id, papers[0].Id))!.Value;
        using (content)
        using (var copy = new MemoryStream())
        {
            await content.CopyToAsync(copy);
            Assert.Equal(pdf, copy.ToArray());
        }
        Assert.Null(await secretariat.OpenPaperAsync(id, papers[1].Id));
    }

    private async Task<int> IdAsync(MeetingBody body, int number)
    {
        await using var db = database.CreateContext();
        return await db.Meetings.Where(m => m.Body == body && m.Number == number).Select(m => m.Id).SingleAsync();
    }
}
