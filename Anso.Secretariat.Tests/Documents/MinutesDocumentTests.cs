using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Documents;

/// <summary>minutes.pdf of the demo meetings, read back with pdftotext, pdfinfo, pdffonts and qpdf.</summary>
public class MinutesDocumentTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task The_2nd_GB_minutes_carry_attendance_decisions_and_the_annex_grouped_by_category_and_no_draft_mark()
    {
        var pdf = await MinutesPdfAsync(2);
        var text = PdfTools.Text(pdf);

        Assert.Contains("Minutes of the", text);
        Assert.Contains("2nd ANSO Governing Board (GB) Meeting", text);
        Assert.Contains("Approved on 16 Dec 2019 by the Chair, Prof. Chunli Bai. Version 1.", text);
        // Attendance, names in full, each organization once in its own words (no doubled parentheses).
        Assert.Contains("Annamária Szabó, Hungarian Academy of Sciences", Flat(text));
        Assert.Contains("Mohammad Qasim Jan, Pakistan Academy of Sciences", Flat(text));
        Assert.Contains("Narong Sirilerworakul, National Science and Technology Development Agency", Flat(text));
        Assert.DoesNotContain("))", Flat(text));
        // Decisions, those on applications and the others.
        Assert.Contains("The Board endorsed the ANSO budget for 2020.", Flat(text));
        Assert.Contains("The Board endorsed the establishment of 19 ANSO Associations.", Flat(text));
        Assert.Contains("Endorsed: National University of Laos", Flat(text));
        // The annex, as the December 2019 newsletter counts them.
        Assert.Contains("Annex: Membership applications decided", text);
        Assert.Contains("15 applications endorsed by the 2nd GB", text);
        Assert.Contains("National Academies (5), International Organizations (3), National Research Institutes and Agencies (1), Universities (6)", Flat(text));
        Assert.DoesNotMatch(PdfTools.DraftMark, PdfTools.Text(pdf, raw: true));

        var info = PdfTools.Info(pdf);
        Assert.Equal("Minutes of the 2nd ANSO Governing Board (GB) Meeting", info["Title"]);
        Assert.Equal("A4", info["Page size"].Contains("595") ? "A4" : info["Page size"]);
        Assert.All(PdfTools.Fonts(pdf), f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        PdfTools.Check(pdf);
    }

    [Fact]
    public async Task Circulated_minutes_are_marked_draft_on_every_page()
    {
        var pdf = await MinutesPdfAsync(9);
        var pages = PdfTools.PageTexts(pdf, raw: true);
        Assert.All(pages, page => Assert.Matches(PdfTools.DraftMark, page));
        Assert.Contains("Draft circulated on 15 Jan 2025 for approval.", PdfTools.Text(pdf));
        Assert.Contains("Prof. Nebojša Lalić (SASA)", Flat(PdfTools.Text(pdf)));
    }

    [Fact]
    public async Task A_correction_is_a_new_draft_version_and_the_approved_version_stays_readable()
    {
        await using var secretariat = await host.AsAsync(Roles.Secretariat);
        var minutes = secretariat.ServiceProvider.GetRequiredService<MinutesService>();
        var meetingId = await MeetingIdAsync(2);
        var approved = (await minutes.VersionsAsync(meetingId)).Single();

        var before = PdfTools.Text(await MinutesPdfAsync(2));
        Assert.DoesNotMatch(PdfTools.DraftMark, PdfTools.Text(await MinutesPdfAsync(2), raw: true));
        await minutes.CorrectAsync(approved.Id, approved.Version, "A participant's affiliation was missing.");

        var versions = await minutes.VersionsAsync(meetingId);
        Assert.Equal([2, 1], versions.Select(v => v.VersionNumber));
        Assert.Equal(MinutesStatus.Approved, versions[1].Status);
        Assert.True(versions[1].IsSuperseded);
        Assert.Equal(approved.Items.Select(i => i.Summary), versions[1].Items.Select(i => i.Summary));
        var after = PdfTools.Text(await MinutesPdfAsync(2), raw: true);
        Assert.Matches(PdfTools.DraftMark, after);
        Assert.Contains("Correction of version 1: A participant's affiliation was missing.", Flat(after));

        // Version 1 refuses edits.
        await Assert.ThrowsAnyAsync<Anso.Secretariat.Domain.Common.DomainException>(() =>
            minutes.SummarizeAsync(versions[1].Id, versions[1].Version, versions[1].Items[0].Id, "Rewritten"));
    }

    [Fact]
    public async Task A_GB_member_reads_circulated_GB_minutes_but_no_GA_minutes()
    {
        await using var member = await host.AsAsync(Roles.BoardMember);
        var minutes = member.ServiceProvider.GetRequiredService<MinutesService>();
        Assert.NotNull(await minutes.MinutesPdfAsync(await MeetingIdAsync(9)));

        // Minutes of a GA, even circulated, are not for a GB member.
        int assembly;
        await using (var db = await host.DbAsync())
        {
            var ga = await db.Meetings.SingleAsync(m => m.Body == MeetingBody.GeneralAssembly && m.Number == 4);
            var gaMinutes = Minutes.Start(ga, [], "Li Wei", Actors.SomeMoment);
            gaMinutes.Circulate(new DateOnly(2025, 11, 20), "Li Wei", Actors.SomeMoment);
            db.Minutes.Add(gaMinutes);
            await db.SaveChangesAsync();
            assembly = ga.Id;
        }
        Assert.Empty(await minutes.VersionsAsync(assembly));
        Assert.Null(await minutes.MinutesPdfAsync(assembly));
    }

    private async Task<byte[]> MinutesPdfAsync(int gbNumber)
    {
        await using var viewer = await host.AsAsync(Roles.Viewer);
        var file = await viewer.ServiceProvider.GetRequiredService<MinutesService>().MinutesPdfAsync(await MeetingIdAsync(gbNumber));
        Assert.NotNull(file);
        Assert.Equal($"{(gbNumber == 2 ? "2nd-GB-2019" : "9th-GB-2024")}-minutes.pdf", file.FileName);
        return file.Content;
    }

    private async Task<int> MeetingIdAsync(int gbNumber)
    {
        await using var db = await host.DbAsync();
        return await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == gbNumber).Select(m => m.Id).SingleAsync();
    }

    /// <summary>pdftotext breaks lines where the layout wrapped them; sentences are compared as one line.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
