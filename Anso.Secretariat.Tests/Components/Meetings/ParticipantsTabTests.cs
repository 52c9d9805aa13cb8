using AngleSharp.Dom;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Components.Meetings;

public class ParticipantsTabTests : MeetingScreenTest
{
    private static IElement[] Rows(IRenderedComponent<MeetingPage> page) => page.FindAll(".participants-table tbody tr").ToArray();

    private static IElement Card(IRenderedComponent<MeetingPage> page, string heading) =>
        page.FindAll(".mud-paper").Last(p => p.QuerySelector("h2")?.TextContent.Trim() == heading);

    private static IElement ButtonIn(IElement card, string name) => card.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == name);

    [Fact]
    public async Task The_participants_show_with_their_organization_role_and_attendance()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(9), "participants");

        Assert.Equal(9, Rows(page).Length);
        var row = Rows(page).Single(r => r.TextContent.Contains("Orhan Aydin"));
        Assert.Contains("Scientific and Technological Research Council of Türkiye (TÜBİTAK)", row.TextContent);
        Assert.Equal("Member representative", Field(page, "Role of Orhan Aydin").GetAttribute("value"));
        Assert.Contains("On-site:", page.Find("[data-testid=attendance-summary]").TextContent);
    }

    [Fact]
    public async Task A_meeting_without_participants_says_so_and_suggests_the_GB_members_representatives()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(10), "participants");

        Assert.Contains("No participant yet.", page.Markup);
        var suggested = Card(page, "Suggested: representatives of the GB member organizations");
        Assert.Contains("Nebojša Lalić", suggested.TextContent);
        Assert.True(ButtonIn(suggested, "Add 0 chosen").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Ticked_suggestions_are_added_and_are_no_longer_suggested()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(10), "participants");

        Tick(page, "Nebojša Lalić");
        Tick(page, "Orhan Aydin");
        var suggested = () => Card(page, "Suggested: representatives of the GB member organizations");
        page.WaitForAssertion(() => Assert.False(ButtonIn(suggested(), "Add 2 chosen").HasAttribute("disabled")));
        ButtonIn(suggested(), "Add 2 chosen").Click();

        ExpectSnackbar("2 participants added.");
        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Length));
        Assert.DoesNotContain("Nebojša Lalić", suggested().TextContent);
        Assert.Equal("On-site", Field(page, "Attendance of Orhan Aydin").GetAttribute("value")); // a hybrid meeting's default
    }

    [Fact]
    public async Task An_attendance_changed_in_place_is_saved()
    {
        SignInAs(Roles.Secretariat);
        var id = await GbAsync(9);
        var page = OpenMeeting(id, "participants");

        Pick(Field(page, "Attendance of Orhan Aydin"), "Apologies");

        ExpectSnackbar("Orhan Aydin: member representative, apologies.");
        page.WaitForAssertion(() => Assert.Equal("Apologies", Field(page, "Attendance of Orhan Aydin").GetAttribute("value")));
        await WithDatabaseAsync(async db => Assert.Equal(Attendance.Apologies,
            (await db.Meetings.Include(m => m.Participants).SingleAsync(m => m.Id == id)).Participants.Single(p => p.Name == "Orhan Aydin").Attendance));
    }

    [Fact]
    public async Task A_person_without_a_name_is_refused_with_the_reason_in_their_card()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(9), "participants");

        ButtonIn(Card(page, "Add another person"), "Add person").Click();

        page.WaitForAssertion(() => Assert.Contains("A participant needs a name.", Card(page, "Add another person").TextContent));
        Assert.Equal(9, Rows(page).Length);
        Assert.Empty(Card(page, "Add a representative from the register").QuerySelectorAll("[role=alert]"));
    }

    [Fact]
    public async Task A_typed_in_person_is_added_with_their_affiliation()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(9), "participants");
        Assert.Equal("ANSO Secretariat", Field(page, "Affiliation").GetAttribute("value"));
        Assert.Equal(TextLimits.PersonName.ToString(), Field(page, "Name").GetAttribute("maxlength"));

        Field(page, "Name").Change("Wang Fang");
        Field(page, "Position").Change("Programme Officer");
        ButtonIn(Card(page, "Add another person"), "Add person").Click();

        ExpectSnackbar("Wang Fang added.");
        page.WaitForAssertion(() => Assert.Equal(10, Rows(page).Length));
        var row = Rows(page).Single(r => r.TextContent.Contains("Wang Fang"));
        Assert.Contains("ANSO Secretariat", row.TextContent);
        Assert.Contains("Programme Officer", row.TextContent);
        Assert.Equal("", Field(page, "Name").GetAttribute("value") ?? ""); // the form is ready for the next person
    }

    [Fact]
    public async Task Removing_asks_first_Cancel_keeps_the_person_and_Remove_removes_them()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(9), "participants");

        Button(page, "Remove Orhan Aydin").Click();
        Providers.WaitForAssertion(() => Assert.Contains("Remove Orhan Aydin from the participants of the 9th ANSO Governing Board (GB) Meeting?",
            Providers.Find(".mud-dialog").TextContent));
        Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        Providers.WaitForAssertion(() => Assert.Empty(Providers.FindAll(".mud-dialog")));
        Assert.Equal(9, Rows(page).Length);

        Button(page, "Remove Orhan Aydin").Click();
        Providers.WaitForAssertion(() => Assert.NotEmpty(Providers.FindAll(".mud-dialog")));
        Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Remove").Click();

        ExpectSnackbar("Orhan Aydin removed.");
        page.WaitForAssertion(() => Assert.Equal(8, Rows(page).Length));
        Assert.DoesNotContain("Orhan Aydin", page.Find(".participants-table").TextContent);
    }

    [Fact]
    public async Task A_change_to_a_participant_removed_meanwhile_is_refused_with_the_reason()
    {
        SignInAs(Roles.Secretariat);
        var id = await GbAsync(9);
        var page = OpenMeeting(id, "participants");
        // Someone else removes Orhan Aydin first.
        var meetings = Services.GetService(typeof(MeetingService)) as MeetingService;
        var meeting = (await meetings!.FindAsync(id))!;
        await meetings.RemoveParticipantAsync(id, meeting.Version, meeting.Participants.Single(p => p.Name == "Orhan Aydin").Id);

        Pick(Field(page, "Attendance of Orhan Aydin"), "Absent");

        page.WaitForAssertion(() => Assert.Contains("That person is no longer a participant; reload the page.", Card(page, "Participants").TextContent));
        Assert.DoesNotContain("Orhan Aydin: member representative, absent.", Providers.Markup);
    }

    /// <summary>Ticks the suggestion whose label starts with the person's name.</summary>
    private static void Tick(IRenderedComponent<MeetingPage> page, string name) =>
        page.FindAll("label").Single(l => l.TextContent.Trim().StartsWith(name + ",")).QuerySelector("input[type=checkbox]")!.Change(true);
}
