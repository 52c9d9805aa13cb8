using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.App.Features.Notifications;
using Anso.Secretariat.App.Features.Review;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Anso.Secretariat.Tests.Notifications;

/// <summary>Each event's email as a real SMTP server receives it: recipients, subject, body, attachments.</summary>
public sealed class NotificationEventsTests : IAsyncLifetime
{
    private EmailHost host = new();
    private const string GbMember = "gbmember@anso.example", Secretariat = "secretariat@anso.example", Site = "https://secretariat.anso.example";

    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    private async Task RestartWithAsync(string key, string value)
    {
        await host.DisposeAsync();
        host = new EmailHost();
        host.Settings[key] = value;
        await host.InitializeAsync();
    }

    private async Task<int> Gb10Async()
    {
        await using var db = await host.DbAsync();
        return await db.Meetings.Where(m => m.Body == MeetingBody.GoverningBoard && m.Number == 10).Select(m => m.Id).SingleAsync();
    }

    private async Task<T> AsAsync<T>(string role, Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = await host.AsAsync(role);
        return await act(scope.ServiceProvider);
    }

    private Task ActAsync(string role, Func<IServiceProvider, Task> act) => AsAsync(role, async s => { await act(s); return 0; });

    private async Task<IReadOnlyList<MimeMessage>> SendAsync(string to)
    {
        await host.NewSender().SendDueAsync();
        return host.Smtp.To(to);
    }

    /// <summary>The GB member's organization takes part in the 10th GB.</summary>
    private async Task<int> GbMemberTakesPartAsync()
    {
        var gb10 = await Gb10Async();
        var board = await host.AccountAsync(Roles.BoardMember);
        await ActAsync(Roles.Secretariat, async s =>
        {
            var meetings = s.GetRequiredService<MeetingService>();
            var meeting = (await meetings.FindAsync(gb10))!;
            await meetings.AddParticipantsAsync(gb10, meeting.Version,
                [new NewParticipant("Prof. Demo Member", board.OrganizationId, null, null, ParticipantRole.MemberRepresentative, Attendance.Online)]);
        });
        return gb10;
    }

    private static string Body(MimeMessage m) => m.TextBody.ReplaceLineEndings("\n");

    [Fact]
    public async Task Listing_applications_for_a_GB_meeting_asks_each_GB_member_to_review_them()
    {
        var gb10 = await Gb10Async();
        var candidate = await AsAsync(Roles.Secretariat, async s =>
        {
            var applications = s.GetRequiredService<ApplicationService>();
            var c = (await applications.CandidatesForBoardAsync(gb10)).First();
            await applications.ListForBoardAsync(gb10, [c.Id]);
            return c;
        });

        var mail = Assert.Single(await SendAsync(GbMember));
        Assert.Equal("10th GB: 1 application for your review", mail.Subject);
        Assert.Contains($"1 application has been put on the list of the 10th ANSO Governing Board (GB) Meeting", Body(mail));
        Assert.Contains($"- {candidate.OrganizationName}", Body(mail));
        Assert.Contains($"{Site}/review", Body(mail));
        Assert.Empty(host.Smtp.To(Secretariat));
    }

    [Fact]
    public async Task Nothing_goes_to_a_GB_member_who_turned_that_email_off()
    {
        await ActAsync(Roles.BoardMember, s => s.GetRequiredService<NotificationService>().ChooseAsync(NotificationKind.ListOpenedForReview, on: false));
        var gb10 = await Gb10Async();
        await ActAsync(Roles.Secretariat, async s =>
        {
            var applications = s.GetRequiredService<ApplicationService>();
            await applications.ListForBoardAsync(gb10, [(await applications.CandidatesForBoardAsync(gb10)).First().Id]);
        });

        Assert.Empty(await SendAsync(GbMember));
        Assert.Empty(await host.OutboxAsync());
    }

    [Fact]
    public async Task A_reminder_goes_once_before_the_meeting_to_a_GB_member_without_a_position_on_every_application()
    {
        var gb10 = await Gb10Async();
        var notices = host.Get<ScheduledNotices>();
        await notices.QueueAsync();
        Assert.Empty(await host.OutboxAsync()); // 2 Dec: the meeting (16 Dec) is more than 3 days away

        host.Clock.Advance(TimeSpan.FromDays(11)); // 13 Dec
        await notices.QueueAsync();
        await notices.QueueAsync();

        var mail = Assert.Single(await SendAsync(GbMember));
        Assert.StartsWith("Reminder: 10th GB on 16 Dec 2026: ", mail.Subject);
        Assert.Contains("Consejo Superior de Investigaciones Científicas (Spain)", Body(mail));
        Assert.Contains($"{Site}/review", Body(mail));
        Assert.Equal(gb10, (await host.OutboxAsync()).Single().OnceKey!.Split(':')[1] is var id ? int.Parse(id) : 0);
    }

    [Fact]
    public async Task Publishing_and_revising_the_agenda_sends_the_participants_the_PDF_and_an_invitation()
    {
        var gb10 = await GbMemberTakesPartAsync();
        await ActAsync(Roles.Secretariat, async s =>
        {
            var meetings = s.GetRequiredService<MeetingService>();
            await meetings.PublishAgendaAsync(gb10, (await meetings.FindAsync(gb10))!.Version);
            var meeting = (await meetings.FindAsync(gb10))!;
            await meetings.MoveItemAsync(gb10, meeting.Version, meeting.Agenda[1].Id, 2);
        });

        var mails = await SendAsync(GbMember);
        Assert.Equal(2, mails.Count);
        Assert.Equal("Agenda published: 10th ANSO Governing Board (GB) Meeting", mails[0].Subject);
        Assert.Contains("The agenda of the 10th ANSO Governing Board (GB) Meeting (16 Dec 2026, 09:30-12:30 (local time), Beijing) is published.", Body(mails[0]));
        Assert.Contains($"{Site}/meetings/{gb10}", Body(mails[0]));
        Assert.Equal("Agenda revised (revision 2): 10th ANSO Governing Board (GB) Meeting", mails[1].Subject);
        Assert.Contains("moved from 2 to 3", Body(mails[1]));

        var attachments = mails[0].Attachments.OfType<MimePart>().ToList();
        var pdf = Assert.Single(attachments, a => a.ContentType.MimeType == "application/pdf");
        Assert.Equal("10th-GB-2026-agenda.pdf", pdf.FileName);
        using (var content = new MemoryStream()) { await pdf.Content.DecodeToAsync(content); Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(content.ToArray(), 0, 4)); }
        var ics = Assert.Single(attachments, a => a.ContentType.MimeType == "text/calendar");
        using var icsContent = new MemoryStream();
        await ics.Content.DecodeToAsync(icsContent);
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(icsContent.ToArray()))!;
        var invite = Assert.Single(calendar.Events);
        Assert.Equal("10th ANSO Governing Board (GB) Meeting", invite.Summary);
        Assert.Equal(new DateTime(2026, 12, 16, 1, 30, 0, DateTimeKind.Utc), invite.DtStart!.AsUtc); // 09:30 in Beijing
    }

    [Fact]
    public async Task Circulating_the_minutes_sends_the_participants_the_draft()
    {
        var gb10 = await GbMemberTakesPartAsync();
        await ActAsync(Roles.Secretariat, async s =>
        {
            var minutes = s.GetRequiredService<MinutesService>();
            var id = await minutes.StartAsync(gb10);
            await using var db = await host.DbAsync();
            var version = await db.Minutes.Where(m => m.Id == id).Select(m => m.Version).SingleAsync();
            await minutes.CirculateAsync(id, version, new DateOnly(2026, 12, 2));
        });

        var mail = Assert.Single(await SendAsync(GbMember));
        Assert.Equal("Draft minutes for comment: 10th ANSO Governing Board (GB) Meeting", mail.Subject);
        Assert.Contains("The draft minutes of the 10th ANSO Governing Board (GB) Meeting (16 Dec 2026) are circulated for your comments.", Body(mail));
        var draft = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal("10th-GB-2026-minutes.pdf", draft.FileName);
    }

    private async Task<(int Meeting, int Application)> ObjectAsync(string? comment = "Its activities are outside ANSO's areas.")
    {
        var gb10 = await Gb10Async();
        await using var db = await host.DbAsync();
        var application = await db.Applications.Where(a => a.ListedAtMeetingId == gb10 && a.Organization.Acronym == "CSIC").Select(a => a.Id).SingleAsync();
        await ActAsync(Roles.BoardMember, s => s.GetRequiredService<ReviewService>().RecordPositionAsync(gb10, application, Position.Object, comment));
        return (gb10, application);
    }

    [Fact]
    public async Task A_GB_members_objection_reaches_the_secretariat_at_once()
    {
        var (_, application) = await ObjectAsync();

        var mail = Assert.Single(await SendAsync(Secretariat));
        Assert.Equal("Objection: Demo GB member on Consejo Superior de Investigaciones Científicas (10th GB)", mail.Subject);
        Assert.Contains("Demo GB member objects to the application of Consejo Superior de Investigaciones Científicas (Spain) on the list of the 10th ANSO Governing Board (GB) Meeting.", Body(mail));
        Assert.Contains("Comment: Its activities are outside ANSO's areas.", Body(mail));
        Assert.Contains($"{Site}/applications/{application}", Body(mail));
        Assert.Empty(host.Smtp.To(GbMember));
    }

    [Fact]
    public async Task With_the_daily_digest_the_secretariat_gets_the_days_objections_the_next_day_once()
    {
        await RestartWithAsync("Email:Objections", "DailyDigest");
        await ObjectAsync();
        Assert.Empty(await host.OutboxAsync());

        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.Get<ScheduledNotices>().QueueAsync();
        await host.Get<ScheduledNotices>().QueueAsync();

        var mail = Assert.Single(await SendAsync(Secretariat));
        Assert.Equal("Objections recorded on 2 Dec 2026 (1)", mail.Subject);
        Assert.Contains("- Demo GB member objects to Consejo Superior de Investigaciones Científicas (10th GB): Its activities are outside ANSO's areas.", Body(mail));
    }

    [Fact]
    public async Task The_applicant_is_acknowledged_only_once_an_administrator_turns_it_on_in_the_administrators_wording()
    {
        NewApplication Input(string name) => new()
        {
            OrganizationName = name, CountryCode = "TH", CategoryId = 1, ReceivedOn = new DateOnly(2026, 12, 1),
            ContactName = "Dr. Somchai", ContactEmail = "somchai@example.ac.th",
        };
        await ActAsync(Roles.Secretariat, s => s.GetRequiredService<ApplicationService>().CreateAsync(Input("Mahidol Test University"), lookAlikesSeen: true));
        Assert.Empty(await host.OutboxAsync()); // off by default

        await ActAsync(Roles.Administrator, s => s.GetRequiredService<NotificationService>().SaveTemplateAsync(NotificationKind.ApplicationAcknowledged,
            "ANSO received your application no. {number}", "Dear {contact},\n\nWe received the application of {organization} on {received}.", enabled: true));
        var id = await AsAsync(Roles.Secretariat, s => s.GetRequiredService<ApplicationService>().CreateAsync(Input("Chiang Mai Test Institute"), lookAlikesSeen: true));

        var mail = Assert.Single(await SendAsync("somchai@example.ac.th"));
        Assert.Equal($"ANSO received your application no. {id}", mail.Subject);
        Assert.Equal("Dear Dr. Somchai,\n\nWe received the application of Chiang Mai Test Institute on 1 Dec 2026.", Body(mail).TrimEnd());
    }

    [Fact]
    public async Task The_applicant_hears_the_General_Assemblys_decision_when_turned_on()
    {
        int applicationId, version;
        await using (var db = await host.DbAsync())
        {
            var application = await db.Applications.Include(a => a.Organization).Include(a => a.ListedAtMeeting)
                .FirstAsync(a => a.State == ApplicationState.ListedForAssembly);
            application.Organization.UpdateContact(null, null, "Dr. Contact", "contact@academy.example");
            await db.SaveChangesAsync();
            (applicationId, version) = (application.Id, application.Version);
            host.Clock.Advance(TimeSpan.FromDays(application.ListedAtMeeting!.StartDate.DayNumber - new DateOnly(2026, 12, 2).DayNumber));
        }
        await ActAsync(Roles.Administrator, async s =>
        {
            var t = EmailTemplates.Default(NotificationKind.ApplicationOutcome);
            await s.GetRequiredService<NotificationService>().SaveTemplateAsync(t.Kind, t.Subject, t.Body, enabled: true);
        });
        await ActAsync(Roles.Secretariat, s => s.GetRequiredService<ApplicationService>()
            .PerformAsync(applicationId, version, new TransitionRequest(ApplicationAction.AdmitAsFullMember)));

        var mail = Assert.Single(await SendAsync("contact@academy.example"));
        Assert.Equal($"The outcome of your application to ANSO (no. {applicationId})", mail.Subject);
        Assert.Contains("The 5th ANSO General Assembly (GA) has considered the membership application of", Body(mail));
        Assert.Contains("it was admitted as a full member of ANSO.", Body(mail));
    }
}
