using Anso.Secretariat.Tests.Support;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anso.Secretariat.Tests.Components.Applications.MudFields;

namespace Anso.Secretariat.Tests.Components.Applications;

public class ApplicationDetailsPageTests : ComponentTest
{
    private IRenderedComponent<ApplicationDetailsPage> Open(int id)
    {
        _ = Providers; // dialogs and snackbars appear there
        var page = Render<ApplicationDetailsPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("h1")), Wait);
        return page;
    }

    private async Task<MembershipApplication> FirstAsync(ApplicationState state)
    {
        MembershipApplication found = null!;
        await WithDatabaseAsync(async db => found = await db.Applications.Include(a => a.Organization)
            .Include(a => a.ListedAtMeeting).OrderBy(a => a.Id).FirstAsync(a => a.State == state));
        return found;
    }

    private static string StateShown(IRenderedComponent<ApplicationDetailsPage> page) => page.Find(".page-head .application-state").TextContent.Trim();

    [Fact]
    public async Task The_secretariat_sees_the_details_and_only_the_steps_the_workflow_allows()
    {
        SignInAs(Roles.Secretariat);
        var received = await FirstAsync(ApplicationState.Received);

        var page = Open(received.Id);

        Assert.Contains(received.Organization.Name, page.Find("h1").TextContent);
        Assert.Equal("Received", StateShown(page));
        var steps = page.Find("[role=region][aria-label='Next steps']");
        Assert.Equal(["Start review", "Withdraw"], steps.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
        Assert.Contains(received.Organization.CountryName, page.Find("[aria-label=Details]").TextContent);
        Assert.Equal(Display.Date(received.ReceivedOn), page.Field("Received on").GetAttribute("value"));
        Assert.NotNull(page.Button("Save details"));
        Assert.Contains("No document yet.", page.Find("[aria-label='Supporting documents']").TextContent);
        Assert.Contains("Received", page.Find(".application-history .history-step").TextContent);
    }

    [Fact]
    public async Task A_refused_step_says_why_in_its_dialog_and_a_taken_step_moves_the_application()
    {
        SignInAs(Roles.Secretariat);
        var received = await FirstAsync(ApplicationState.Received);
        var page = Open(received.Id);

        page.Press("Withdraw");
        Providers.WaitForAssertion(() => Assert.Contains("The applicant withdraws. This is final.", Providers.Markup), Wait);
        Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Withdraw").Click();

        Providers.WaitForAssertion(() => Assert.Contains("Withdrawing an application needs a reason.", Providers.Find(".mud-dialog [role=alert]").TextContent), Wait);
        Assert.Equal("Received", StateShown(page));

        Providers.Field("Reason").Change("The institute merged with another member.");
        Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Withdraw").Click();

        page.WaitForAssertion(() => Assert.Equal("Withdrawn", StateShown(page)), Wait);
        Assert.Empty(Providers.FindAll(".mud-dialog"));
        Assert.Contains("No further step is possible.", page.Find("[aria-label='Next steps']").TextContent);
        Assert.Contains("The institute merged with another member.", page.Find(".application-history").TextContent);
        Providers.WaitForAssertion(() => Assert.Contains("Done: Withdraw.", Providers.Markup), Wait);
    }

    [Fact]
    public async Task A_save_after_someone_elses_is_refused_keeps_what_was_typed_and_Reload_shows_theirs()
    {
        SignInAs(Roles.Secretariat);
        var application = await FirstAsync(ApplicationState.UnderReview);
        var page = Open(application.Id);
        page.Field("Summary").Change("What I typed, which must not be lost.");

        // A colleague saves first.
        await Services.GetRequiredService<ApplicationService>()
            .EditDetailsAsync(application.Id, application.Version, application.ReceivedOn, "The colleague's summary.", null);
        page.Press("Save details");

        page.WaitForAssertion(() => Assert.Contains("changed this application after you opened it", page.Find("form [role=alert]").TextContent), Wait);
        Assert.Equal("What I typed, which must not be lost.", page.Field("Summary").GetAttribute("value"));

        page.Press("Reload");
        page.WaitForAssertion(() => Assert.Equal("The colleague's summary.", page.Field("Summary").GetAttribute("value")), Wait);
        Assert.Empty(page.FindAll("form [role=alert]"));
    }

    [Fact]
    public async Task Saved_details_are_kept_and_confirmed()
    {
        SignInAs(Roles.Secretariat);
        var application = await FirstAsync(ApplicationState.UnderReview);
        var page = Open(application.Id);

        page.Field("Secretariat recommendation").Change("Recommend endorsement.");
        page.Press("Save details");

        Providers.WaitForAssertion(() => Assert.Contains("Details saved.", Providers.Markup), Wait);
        await WithDatabaseAsync(async db => Assert.Equal("Recommend endorsement.", (await db.Applications.FindAsync(application.Id))!.Recommendation));
    }

    [Fact]
    public async Task Uploaded_files_are_attached_and_each_refused_one_is_listed_with_its_reason()
    {
        SignInAs(Roles.Secretariat);
        var application = await FirstAsync(ApplicationState.UnderReview);
        var page = Open(application.Id);

        page.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("minutes of a meeting", "notes.txt"),
            InputFileContent.CreateFromBinary(SampleFiles.Pdf, "letter-of-intent.pdf"),
            InputFileContent.CreateFromText("not really a picture", "logo.png"));

        page.WaitForAssertion(() => Assert.Contains("letter-of-intent.pdf", page.Find(".document-list").TextContent), Wait);
        var refusals = page.Find(".upload-refusals").TextContent;
        Assert.Contains("notes.txt is not a PDF or an image (PNG, JPEG); only those can be attached.", refusals);
        Assert.Contains("logo.png does not contain a PDF or an image, whatever its name says.", refusals);
        Assert.DoesNotContain("logo.png", page.Find(".document-list").TextContent);

        // The refusals belong to that upload: the next change of the application clears them.
        page.Press("Save details");
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".upload-refusals")), Wait);
        Assert.Contains("letter-of-intent.pdf", page.Find(".document-list").TextContent);
    }

    [Fact]
    public async Task The_secretariat_sees_the_GB_members_positions_with_their_comments()
    {
        SignInAs(Roles.Secretariat);
        var listed = await FirstAsync(ApplicationState.ListedForBoard);
        await WithDatabaseAsync(async db =>
        {
            var meeting = await db.Meetings.FindAsync(listed.ListedAtMeetingId);
            var application = await db.Applications.Include(a => a.Organization).SingleAsync(a => a.Id == listed.Id);
            var organization = await db.Organizations.FirstAsync(o => o.IsBoardMember);
            db.ReviewPositions.Add(ReviewPosition.Record(meeting!, application, new Reviewer("gb-1", "Nebojša Lalić", organization.Id),
                Position.Support, "Strong research record.", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        var page = Open(listed.Id);

        var positions = page.Find("[aria-label=\"GB members' positions\"]").TextContent;
        Assert.Contains("1 support", positions);
        Assert.Contains("0 object", positions);
        Assert.Contains("Nebojša Lalić", positions);
        Assert.Contains("Strong research record.", positions);
    }

    [Fact]
    public async Task A_GB_member_sees_their_own_position_and_no_tally()
    {
        var listed = await FirstAsync(ApplicationState.ListedForBoard);
        var organization = 0;
        await WithDatabaseAsync(async db =>
        {
            var meeting = await db.Meetings.FindAsync(listed.ListedAtMeetingId);
            var application = await db.Applications.Include(a => a.Organization).SingleAsync(a => a.Id == listed.Id);
            organization = (await db.Organizations.FirstAsync(o => o.IsBoardMember)).Id;
            db.ReviewPositions.Add(ReviewPosition.Record(meeting!, application, new Reviewer("someone-else", "Another GB member", null),
                Position.Object, "Not yet.", DateTimeOffset.UtcNow));
            db.ReviewPositions.Add(ReviewPosition.Record(meeting!, application, new Reviewer($"{Roles.BoardMember.ToLowerInvariant()}-test", "Me", organization),
                Position.Abstain, "Conflict of interest.", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        SignInAs(Roles.BoardMember, organization);

        var page = Open(listed.Id);

        var mine = page.Find("[aria-label='Your position']").TextContent;
        Assert.Contains("Abstain", mine);
        Assert.Contains("Conflict of interest.", mine);
        Assert.DoesNotContain("Another GB member", mine);
        Assert.Empty(page.FindAll(".tally"));
    }

    [Theory]
    [InlineData(Roles.BoardMember)]
    [InlineData(Roles.Viewer)]
    public async Task A_GB_member_and_a_viewer_read_the_application_but_find_nothing_that_changes_it(string role)
    {
        int? organization = null;
        await WithDatabaseAsync(async db => organization = role == Roles.BoardMember ? (await db.Organizations.FirstAsync(o => o.IsBoardMember)).Id : null);
        SignInAs(role, organization);
        var listed = await FirstAsync(ApplicationState.ListedForBoard);

        var page = Open(listed.Id);

        Assert.Contains(listed.Organization.Name, page.Find("h1").TextContent);
        Assert.Equal("Listed for GB", StateShown(page));
        Assert.Contains("Secretariat recommendation", page.Find("[aria-label=Details]").TextContent);
        Assert.Empty(page.FindAll("[aria-label='Next steps']"));
        Assert.Empty(page.FindAll("button"));
        Assert.Empty(page.FindAll("input, textarea, form"));
    }

    [Fact]
    public void An_unknown_application_is_not_found()
    {
        SignInAs(Roles.Secretariat);

        var page = Open(987654);

        Assert.Equal("Not found", page.Find("h1").TextContent.Trim());
        Assert.Contains("There is no application no. 987654.", page.Find(".not-found").TextContent);
    }
}
