using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Meetings;

public class OverviewTabTests : MeetingScreenTest
{
    private static string PanelText(IRenderedComponent<MeetingPage> page) => page.Find("[role=tabpanel]").TextContent;

    [Fact]
    public async Task The_overview_shows_the_record_and_the_form_holds_it()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(9));

        Assert.Contains("Prof. Sukit Limpijumnong, ANSO President and President of NSTDA", page.Find("dl").TextContent);
        Assert.Contains("9 attending of 9", page.Find("dl").TextContent);
        Assert.Equal("Bangkok", Field(page, "City").GetAttribute("value"));
        Assert.Equal("Thailand", Field(page, "Country").GetAttribute("value"));
        Assert.Equal("11 Dec 2024", Field(page, "First day").GetAttribute("value"));
        Assert.Equal("14:00", Field(page, "Starts at (local time)").GetAttribute("value"));
        Assert.Contains("Prof. HE Hongping", Field(page, "Co-chairs (one per line)").TextContent + Field(page, "Co-chairs (one per line)").GetAttribute("value"));
        Assert.NotNull(Field(page, "Body").GetAttribute("disabled")); // a meeting keeps its body
        Assert.Equal(TextLimits.Chair.ToString(), Field(page, "Chair").GetAttribute("maxlength"));
        Assert.Equal(TextLimits.VenuePlace.ToString(), Field(page, "Place").GetAttribute("maxlength"));
        Assert.Empty(page.FindAll("button").Where(b => b.TextContent.Trim() == "Record as held")); // held already
    }

    [Fact]
    public async Task A_save_after_someone_else_saved_is_refused_keeps_the_typed_text_and_Reload_shows_theirs()
    {
        SignInAs(Roles.Secretariat);
        var id = await GbAsync(10);
        var page = OpenMeeting(id);
        Field(page, "Place").Change("Friendship Hotel, room 3");

        // Meanwhile someone else moves the meeting to Shanghai.
        var meetings = Services.GetRequiredService<MeetingService>();
        var theirs = MeetingDetails.From((await meetings.FindAsync(id))!);
        theirs.City = "Shanghai";
        await meetings.UpdateDetailsAsync(id, (await meetings.FindAsync(id))!.Version, theirs);

        Button(page, "Save changes").Click();

        page.WaitForAssertion(() => Assert.Contains("changed this meeting after you opened it", page.Find("[role=alert]").TextContent));
        Assert.Equal("Friendship Hotel, room 3", Field(page, "Place").GetAttribute("value"));
        Assert.Equal("Beijing", Field(page, "City").GetAttribute("value"));

        Button(page, "Reload").Click();

        page.WaitForAssertion(() => Assert.Equal("Shanghai", Field(page, "City").GetAttribute("value")));
        Assert.Equal("", Field(page, "Place").GetAttribute("value") ?? "");
        Assert.Empty(page.FindAll("[role=alert]"));
        Assert.Contains("Shanghai, China", page.Find("dl").TextContent);
    }

    [Fact]
    public async Task A_saved_change_shows_in_the_record_and_as_a_snackbar()
    {
        SignInAs(Roles.Secretariat);
        var id = await GbAsync(10);
        var page = OpenMeeting(id);
        Field(page, "City").Change("Shanghai");

        Button(page, "Save changes").Click();

        ExpectSnackbar("Changes saved.");
        page.WaitForAssertion(() => Assert.Contains("Shanghai, China", page.Find("dl").TextContent));
        Assert.Empty(page.FindAll("[role=alert]"));
        await WithDatabaseAsync(async db => Assert.Equal("Shanghai", (await db.Meetings.SingleAsync(m => m.Id == id)).Venue.City));
    }

    [Fact]
    public async Task Invalid_details_are_refused_with_the_message_under_their_field()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(10));
        Field(page, "City").Change("");
        Field(page, "Co-chairs (one per line)").Change("Prof. A");
        Field(page, "Chair").Input("");

        Button(page, "Save changes").Click();

        page.WaitForAssertion(() => Assert.Contains("correct the fields marked below", page.Find("[role=alert]").TextContent));
        Assert.Equal("Enter the city where the meeting takes place.", MessageUnder(Field(page, "City")));
        Assert.Equal("true", Field(page, "City").GetAttribute("aria-invalid"));
        Assert.Equal("Name the chair before the co-chairs.", MessageUnder(Field(page, "Chair")));
        Assert.DoesNotContain("Changes saved.", Providers.Markup);
    }

    [Fact]
    public async Task A_meeting_still_to_come_cannot_be_recorded_as_held_yet()
    {
        SignInAs(Roles.Secretariat);
        var page = OpenMeeting(await GbAsync(10));

        var held = Button(page, "Record as held");
        Assert.True(held.HasAttribute("disabled"));
        Assert.Contains("Possible from", PanelText(page));
    }

    [Fact]
    public async Task A_meeting_whose_day_has_come_is_recorded_as_held()
    {
        SignInAs(Roles.Secretariat);
        var day = new DateOnly(2020, 3, 2);
        var meeting = new Meeting(MeetingBody.WorkingGroup, 70, day, day, new Venue(null, "Beijing", "CN"), MeetingMode.OnSite);
        await WithDatabaseAsync(async db => { db.Meetings.Add(meeting); await db.SaveChangesAsync(); });
        var page = OpenMeeting(meeting.Id);

        Button(page, "Record as held").Click();

        ExpectSnackbar("The 70th ANSO Working Group Meeting is recorded as held.");
        page.WaitForAssertion(() => Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Record as held"));
        Assert.Contains("Held", page.Find(".subtitle").TextContent);
    }
}
