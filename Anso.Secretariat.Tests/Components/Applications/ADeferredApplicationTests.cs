using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Components.Applications;

/// <summary>A GB deferral leaves the application "Listed for GB" on no meeting's list: it names the meeting that deferred it.</summary>
public class ADeferredApplicationTests : ComponentTest
{
    private async Task<(int Id, string Organization)> DeferredByThe50thGbAsync()
    {
        (int, string) deferred = default;
        await WithDatabaseAsync(async db =>
        {
            var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
            var gb50 = new Meeting(MeetingBody.GoverningBoard, 50, day, day, new Venue(null, "Bangkok", "TH"), MeetingMode.Hybrid);
            db.Meetings.Add(gb50);
            var application = await db.Applications.Include(a => a.Organization).FirstAsync(a => a.State == ApplicationState.UnderReview);
            var by = new Actor("Li Wei", DateTimeOffset.UtcNow);
            application.ListForBoard(gb50, by);
            gb50.MarkHeld();
            application.RecordBoardDecision(gb50, BoardDecision.Deferred, by, "Deferred: the GB asked for the university's ANSO plan.");
            await db.SaveChangesAsync();
            deferred = (application.Id, application.Organization.Name);
        });
        return deferred;
    }

    [Fact]
    public async Task Its_page_names_the_GB_meeting_that_deferred_it()
    {
        SignInAs(Roles.Viewer);
        var (id, _) = await DeferredByThe50thGbAsync();

        var page = Render<ApplicationDetailsPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".application-facts")), Wait);

        Assert.Equal("Listed for GB", page.Find(".page-head .application-state").TextContent.Trim());
        var onTheList = page.Find(".application-facts dd.listed-at").TextContent;
        Assert.Contains("deferred by the 50th ANSO Governing Board (GB) Meeting", onTheList);
        Assert.Contains("to be listed for a later GB meeting", onTheList);
        Assert.Contains("deferred by the 50th ANSO Governing Board (GB) Meeting", page.Find(".page-head").TextContent);
    }

    [Fact]
    public async Task The_list_shows_it_deferred_by_that_meeting_in_On_the_list_of()
    {
        SignInAs(Roles.Secretariat);
        var (id, organization) = await DeferredByThe50thGbAsync();

        var (rows, _) = await Services.GetRequiredService<ApplicationService>().ListAsync(new ApplicationFilter(Search: organization));

        var row = Assert.Single(rows, r => r.Id == id);
        Assert.Equal((ApplicationState.ListedForBoard, (string?)null, "50th GB"), (row.State, row.ListedAt, row.DeferredBy));
    }
}
