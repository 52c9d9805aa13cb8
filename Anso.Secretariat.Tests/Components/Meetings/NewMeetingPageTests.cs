using System.Text.RegularExpressions;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.Domain.Meetings;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Components.Meetings;

public class NewMeetingPageTests : MeetingScreenTest
{
    private IRenderedComponent<NewMeetingPage> OpenForm()
    {
        SignInAs(Roles.Secretariat);
        _ = Providers;
        Nav.NavigateTo("/meetings/new");
        var form = Render<NewMeetingPage>();
        form.WaitForAssertion(() => Assert.NotEqual("", Field(form, "Number").GetAttribute("value")));
        return form;
    }

    private static string Title(IRenderedComponent<NewMeetingPage> form) => form.Find("[data-testid=derived-title]").TextContent.Trim();

    [Fact]
    public void The_next_number_for_the_body_is_proposed_and_the_title_follows()
    {
        var form = OpenForm();

        Assert.Equal("11", Field(form, "Number").GetAttribute("value"));
        Assert.Equal("11th ANSO Governing Board (GB) Meeting", Title(form));

        Pick(Field(form, "Body"), "General Assembly (GA)");
        form.WaitForAssertion(() => Assert.Equal("6", Field(form, "Number").GetAttribute("value")));
        Assert.Equal("6th ANSO General Assembly (GA)", Title(form));
    }

    [Fact]
    public void The_last_day_follows_the_first_until_it_is_set_apart()
    {
        var form = OpenForm();

        Field(form, "First day").Change("4 Mar 2031");

        form.WaitForAssertion(() => Assert.Equal("4 Mar 2031", Field(form, "Last day").GetAttribute("value")));
    }

    [Fact]
    public async Task A_taken_number_reversed_dates_and_a_missing_city_are_refused_under_their_fields()
    {
        var form = OpenForm();
        await Field(form, "Number").ChangeAsync(new() { Value = "9" });
        await Field(form, "First day").ChangeAsync(new() { Value = "6 May 2031" });
        form.WaitForAssertion(() => Assert.Equal("6 May 2031", Field(form, "Last day").GetAttribute("value")));
        await Field(form, "Last day").ChangeAsync(new() { Value = "5 May 2031" });
        await Field(form, "City").ChangeAsync(new() { Value = "" });

        Button(form, "Create meeting").Click();

        form.WaitForAssertion(() => Assert.Contains("Correct the fields marked below", form.Find("[role=alert]").TextContent));
        Assert.StartsWith("There is already a 9th ANSO Governing Board (GB) Meeting (11 Dec 2024)", MessageUnder(Field(form, "Number")));
        Assert.Equal("true", Field(form, "Number").GetAttribute("aria-invalid"));
        Assert.Equal("The last day cannot be before the first day.", MessageUnder(Field(form, "Last day")));
        Assert.Equal("Enter the city where the meeting takes place.", MessageUnder(Field(form, "City")));
        Assert.Equal("", MessageUnder(Field(form, "First day")));
        Assert.EndsWith("/meetings/new", Nav.Uri);
    }

    [Fact]
    public async Task A_valid_meeting_is_created_and_its_page_opens()
    {
        var form = OpenForm();
        Pick(Field(form, "Body"), "Working Group");
        Field(form, "First day").Change("4 Mar 2031");
        Field(form, "City").Change("Bangkok");
        PickCountry(form, "thail", "Thailand");
        Field(form, "Co-chairs (one per line)").Change("Prof. A\nProf. B");
        Field(form, "Chair").Input("Prof. Nebojša Lalić"); // typed, not chosen: the chair is free text
        Assert.Equal(Anso.Secretariat.Domain.Common.TextLimits.VenueCity, TextLimitsOf(Field(form, "City")));

        Button(form, "Create meeting").Click();

        form.WaitForAssertion(() => Assert.Matches(new Regex(@"/meetings/\d+$"), Nav.Uri + form.FindAll("[role=alert]").FirstOrDefault()?.TextContent));
        ExpectSnackbar("is planned.");
        await WithDatabaseAsync(async db =>
        {
            var id = int.Parse(Nav.Uri.Split('/').Last());
            var meeting = await db.Meetings.SingleAsync(m => m.Id == id);
            Assert.Equal(MeetingBody.WorkingGroup, meeting.Body);
            Assert.Equal(new DateOnly(2031, 3, 4), meeting.EndDate);
            Assert.Equal("Prof. Nebojša Lalić", meeting.Chair);
            Assert.Equal(["Prof. A", "Prof. B"], meeting.CoChairs);
            Assert.Equal("TH", meeting.Venue.CountryCode);
        });
    }

    [Fact]
    public async Task A_chair_typed_and_tabbed_past_at_once_is_kept()
    {
        // The autocomplete takes typed text as its value only after a 100 ms pause; a Tab before then closed the list and the text was lost.
        var form = OpenForm();
        Field(form, "First day").Change("4 Mar 2031");
        Field(form, "City").Change("Bangkok");
        PickCountry(form, "thail", "Thailand");
        var chair = Field(form, "Chair");
        chair.Input("Prof. Nebojša Lalić");
        chair.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Tab" });

        Button(form, "Create meeting").Click();

        form.WaitForAssertion(() => Assert.Matches(new Regex(@"/meetings/\d+$"), Nav.Uri + form.FindAll("[role=alert]").FirstOrDefault()?.TextContent));
        await WithDatabaseAsync(async db =>
        {
            var id = int.Parse(Nav.Uri.Split('/').Last());
            Assert.Equal("Prof. Nebojša Lalić", (await db.Meetings.SingleAsync(m => m.Id == id)).Chair);
        });
    }

    private void PickCountry(IRenderedComponent<NewMeetingPage> form, string typed, string country)
    {
        Field(form, "Country").Input(typed);
        Providers.WaitForAssertion(() => Assert.Contains(Providers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == country));
        Providers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == country).Click();
    }

    private static int TextLimitsOf(AngleSharp.Dom.IElement input) => int.Parse(input.GetAttribute("maxlength")!);
}
