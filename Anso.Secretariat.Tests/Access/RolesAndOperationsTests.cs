using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Admin;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.App.Features.Review;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Access;

/// <summary>
/// Every service operation, run as each role, through the real services: allowed or refused as the matrix below says.
/// The matrix is written out here on purpose, so a change to AccessRules that loosens a rule fails a test.
/// </summary>
public class RolesAndOperationsTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string A = Roles.Administrator, S = Roles.Secretariat, B = Roles.BoardMember, V = Roles.Viewer;

    /// <summary>The matrix as built: operation → the roles allowed to perform it.</summary>
    public static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["list applications"] = [A, S, B, V],
        ["open an application on a GB list"] = [A, S, B, V],
        ["count applications by state"] = [A, S, B, V],
        ["record a new application"] = [A, S],
        ["edit an application's details"] = [A, S],
        ["move an application through the workflow"] = [A, S],
        ["attach a supporting document"] = [A, S],
        ["download a supporting document"] = [A, S, B, V],
        ["list the register"] = [A, S, B, V],
        ["see the endorsement lists to review"] = [B],
        ["record a review position"] = [B],
        ["see the positions on a meeting's list"] = [A, S, B, V],
        ["list user accounts"] = [A],
        ["create a user account"] = [A],
        ["disable a user account"] = [A],
        ["change a user's role"] = [A],
        ["list meetings"] = [A, S, B, V],
        ["download a GB meeting's agenda"] = [A, S, B, V],
        ["plan a meeting"] = [A, S],
        ["change a meeting's agenda"] = [A, S],
        ["start a meeting's minutes"] = [A, S],
        ["record a meeting's decisions on its list"] = [A, S],
        ["download the circulated minutes of a GB meeting"] = [A, S, B, V],
        ["see the decision register"] = [A, S, B, V],
        ["export the register as CSV"] = [A, S, B, V],
        ["import organizations from CSV"] = [A, S],
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in Matrix.Keys)
            foreach (var role in Roles.All) data.Add(operation, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_is_allowed_or_refused_each_operation_as_the_matrix_says(string operation, string role)
    {
        var allowed = Matrix[operation].Contains(role);
        await using var scope = await host.AsAsync(role);
        var run = Operations[operation];

        if (allowed)
        {
            await run(scope.ServiceProvider, this); // must succeed outright
        }
        else
        {
            var refusal = await Assert.ThrowsAsync<AccessDeniedException>(() => run(scope.ServiceProvider, this));
            Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        }
    }

    [Fact]
    public void The_matrix_names_every_operation_once_and_the_rules_agree_with_it()
    {
        Assert.Equal(Matrix.Keys.OrderBy(k => k), Operations.Keys.OrderBy(k => k));
        // Read-only roles change nothing but a GB member's own positions.
        Assert.All(Matrix.Where(m => m.Value.Contains(V)), m => Assert.Contains(m.Key, new[]
            { "list applications", "open an application on a GB list", "count applications by state", "download a supporting document", "list the register", "see the positions on a meeting's list",
              "list meetings", "download a GB meeting's agenda" , "download the circulated minutes of a GB meeting", "see the decision register", "export the register as CSV"}));
    }

    private static readonly Dictionary<string, Func<IServiceProvider, RolesAndOperationsTests, Task>> Operations = new()
    {
        ["list applications"] = async (sp, _) => Assert.True((await sp.GetRequiredService<ApplicationService>().ListAsync(new())).Total > 0),
        ["open an application on a GB list"] = async (sp, t) =>
            Assert.NotNull(await sp.GetRequiredService<ApplicationService>().FindAsync((await t.ListedForUpcomingBoardAsync()).Id)),
        ["count applications by state"] = async (sp, _) => Assert.NotEmpty(await sp.GetRequiredService<ApplicationService>().CountByStateAsync()),
        ["record a new application"] = async (sp, t) => await sp.GetRequiredService<ApplicationService>().CreateAsync(new NewApplication
        {
            OrganizationName = $"Test Institute {Guid.NewGuid():N}", CountryCode = "KE", CategoryId = await t.CategoryIdAsync(), ReceivedOn = new DateOnly(2026, 1, 5),
        }),
        ["edit an application's details"] = async (sp, t) =>
        {
            var app = await t.ListedForUpcomingBoardAsync();
            await sp.GetRequiredService<ApplicationService>().EditDetailsAsync(app.Id, app.Version, app.ReceivedOn, app.Summary, "Recommended for endorsement.");
        },
        ["move an application through the workflow"] = async (sp, t) =>
        {
            var id = await t.NewReceivedApplicationAsync();
            await sp.GetRequiredService<ApplicationService>().PerformAsync(id, 0, new TransitionRequest(ApplicationAction.StartReview));
        },
        ["attach a supporting document"] = async (sp, t) =>
        {
            var app = await t.ListedForUpcomingBoardAsync();
            var pdf = SampleFiles.Pdf;
            await sp.GetRequiredService<ApplicationService>().AttachDocumentAsync(app.Id, "letter.pdf", pdf.Length, () => new MemoryStream(pdf));
        },
        ["download a supporting document"] = async (sp, t) =>
        {
            var (applicationId, documentId) = await t.DocumentOnUpcomingBoardListAsync();
            var found = await sp.GetRequiredService<ApplicationService>().OpenDocumentAsync(applicationId, documentId);
            Assert.NotNull(found);
            await found.Value.Content.DisposeAsync();
        },
        ["list the register"] = async (sp, _) => Assert.NotEmpty(await sp.GetRequiredService<MemberRegisterService>().ListAsync(new())),
        ["see the endorsement lists to review"] = async (sp, _) =>
            Assert.Contains(await sp.GetRequiredService<ReviewService>().UpcomingListsAsync(), l => l.Items.Count > 0),
        ["record a review position"] = async (sp, t) =>
        {
            var app = await t.ListedForUpcomingBoardAsync();
            await sp.GetRequiredService<ReviewService>().RecordPositionAsync(app.ListedAtMeetingId!.Value, app.Id, Position.Support, "Strong candidate");
        },
        ["see the positions on a meeting's list"] = async (sp, t) =>
            await sp.GetRequiredService<ReviewService>().PositionsForMeetingAsync((await t.ListedForUpcomingBoardAsync()).ListedAtMeetingId!.Value),
        ["list user accounts"] = async (sp, _) => Assert.NotEmpty(await sp.GetRequiredService<UserAdminService>().ListAsync()),
        ["create a user account"] = async (sp, _) => await sp.GetRequiredService<UserAdminService>().CreateAsync(new NewUser
        {
            Email = $"new-{Guid.NewGuid():N}@anso.example", DisplayName = "New Colleague", Password = "A-long-enough-1", Role = Roles.Viewer,
        }),
        ["change a user's role"] = async (sp, t) =>
            await sp.GetRequiredService<UserAdminService>().ChangeRoleAsync(await t.NewViewerAsync(), Roles.Secretariat, null),
        ["disable a user account"] = async (sp, t) => await sp.GetRequiredService<UserAdminService>().SetDisabledAsync(await t.NewViewerAsync(), true),
        ["list meetings"] = async (sp, _) => Assert.NotEmpty(await sp.GetRequiredService<MeetingService>().ListAsync()),
        ["download a GB meeting's agenda"] = async (sp, t) =>
            Assert.NotNull(await sp.GetRequiredService<MeetingService>().AgendaPdfAsync((await t.MeetingAsync(MeetingBody.GoverningBoard, 9)).Id)),
        ["start a meeting's minutes"] = async (sp, t) =>
            await sp.GetRequiredService<MinutesService>().StartAsync(await t.NewGbMeetingWithListAsync()),
        ["record a meeting's decisions on its list"] = async (sp, t) =>
        {
            var meetingId = await t.NewGbMeetingWithListAsync();
            var minutes = sp.GetRequiredService<MinutesService>();
            var listed = await minutes.ListedApplicationsAsync(meetingId);
            await minutes.RecordApplicationDecisionsAsync(meetingId, listed.Select(a => new DecisionRequest(a.Id, a.Version, DecisionOutcome.Endorsed)).ToList());
        },
        ["download the circulated minutes of a GB meeting"] = async (sp, t) =>
            Assert.NotNull(await sp.GetRequiredService<MinutesService>().MinutesPdfAsync((await t.MeetingAsync(MeetingBody.GoverningBoard, 9)).Id)),
        ["see the decision register"] = async (sp, _) => Assert.NotEmpty(await sp.GetRequiredService<DecisionRegisterService>().ListAsync(new())),
        ["export the register as CSV"] = async (sp, _) => await sp.GetRequiredService<ExportService>().RegisterAsync(new()),
        ["import organizations from CSV"] = async (sp, _) => await sp.GetRequiredService<ImportService>().PreviewAsync(ImportKind.Organizations, "register.csv",
            System.Text.Encoding.UTF8.GetBytes($"Name,Country,Category\r\nInstitut {Guid.NewGuid():N},Senegal,Universities\r\n")),
        ["plan a meeting"] = async (sp, _) => await sp.GetRequiredService<MeetingService>().CreateAsync(new MeetingDetails
        {
            Body = MeetingBody.Other, Number = Interlocked.Increment(ref nextMeetingNumber), StartDate = new(2031, 6, 2), EndDate = new(2031, 6, 2),
            Mode = MeetingMode.Online,
        }),
        ["change a meeting's agenda"] = async (sp, t) =>
        {
            var meeting = await t.MeetingAsync(MeetingBody.GoverningBoard, 10);
            await sp.GetRequiredService<MeetingService>().AddItemAsync(meeting.Id, meeting.Version,
                new AgendaItemDetails { Title = "Report of the working groups", DurationMinutes = 20 });
        },
    };

    private static int nextMeetingNumber = 500;

    private async Task<Meeting> MeetingAsync(MeetingBody body, int number)
    {
        await using var db = await host.DbAsync();
        return await db.Meetings.AsNoTracking().SingleAsync(m => m.Body == body && m.Number == number);
    }

    /// <summary>A GB meeting of its own that has begun (decisions need that), with one application on its list.</summary>
    private async Task<int> NewGbMeetingWithListAsync()
    {
        await using var db = await host.DbAsync();
        var meeting = new Meeting(MeetingBody.GoverningBoard, Interlocked.Increment(ref nextMeetingNumber), new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 4),
            new Venue(null, "Beijing", "CN"), MeetingMode.Hybrid);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        var by = new Actor("test", DateTimeOffset.UtcNow);
        var application = new MembershipApplication(
            new Anso.Secretariat.Domain.Organizations.Organization($"Applicant {Guid.NewGuid():N}", "TH", await db.Categories.Select(c => c.Id).FirstAsync()),
            new DateOnly(2026, 2, 1), by);
        application.StartReview(by);
        application.ListForBoard(meeting, by);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    private async Task<int> CategoryIdAsync()
    {
        await using var db = await host.DbAsync();
        return await db.Categories.Select(c => c.Id).FirstAsync();
    }

    private async Task<MembershipApplication> ListedForUpcomingBoardAsync()
    {
        await using var db = await host.DbAsync();
        return await db.Applications.AsNoTracking()
            .Where(a => a.State == ApplicationState.ListedForBoard && a.ListedAtMeeting!.Body == MeetingBody.GoverningBoard)
            .OrderBy(a => a.Id).FirstAsync();
    }

    private async Task<int> NewReceivedApplicationAsync()
    {
        await using var db = await host.DbAsync();
        var org = new Anso.Secretariat.Domain.Organizations.Organization($"Applicant {Guid.NewGuid():N}", "TH", await db.Categories.Select(c => c.Id).FirstAsync());
        var app = new MembershipApplication(org, new DateOnly(2026, 2, 1), new Actor("test", DateTimeOffset.UtcNow));
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        return app.Id;
    }

    private async Task<(int ApplicationId, int DocumentId)> DocumentOnUpcomingBoardListAsync()
    {
        var app = await ListedForUpcomingBoardAsync();
        await using var scope = await host.AsAsync(S);
        var pdf = SampleFiles.Pdf;
        var doc = await scope.ServiceProvider.GetRequiredService<ApplicationService>().AttachDocumentAsync(app.Id, "statutes.pdf", pdf.Length, () => new MemoryStream(pdf));
        return (app.Id, doc.Id);
    }

    private async Task<string> NewViewerAsync()
    {
        await using var scope = await host.AsAsync(A);
        return await scope.ServiceProvider.GetRequiredService<UserAdminService>().CreateAsync(new NewUser
        {
            Email = $"viewer-{Guid.NewGuid():N}@anso.example", DisplayName = "Temporary Viewer", Password = "A-long-enough-1", Role = Roles.Viewer,
        });
    }
}
