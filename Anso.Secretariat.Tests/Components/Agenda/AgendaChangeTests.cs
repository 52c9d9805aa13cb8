using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Anso.Secretariat.App.Features.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Agenda;

/// <summary>The secretariat changes the agenda: field messages, refusals with their reason, a conflict, publishing.</summary>
public class AgendaChangeTests : AgendaTest
{
    [Fact]
    public async Task The_item_forms_messages_sit_under_their_fields_and_a_valid_item_is_added()
    {
        SignInAs(Roles.Secretariat);
        _ = Providers;
        var id = await MeetingAsync(64);
        var cut = RenderAgenda(id, canManage: true);
        var form = () => cut.Find("#item-form");

        form().QuerySelector("input[inputmode=numeric], input[type=number]")!.Change("");
        cut.Find("#item-form form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Enter the item's title.", MessageUnder(form(), "Title")));
        Assert.Equal("Enter the time the item needs, in minutes.", MessageUnder(form(), "Duration (minutes)"));
        Assert.Equal("", MessageUnder(form(), "Presenter"));
        Assert.Contains("correct the fields marked below", Text(form().QuerySelector("[role=alert]")!));
        Assert.Equal("No item yet. Add the first one below.", Text(cut.Find(".agenda-empty")));

        form().QuerySelector("input")!.Change("Opening and welcome");
        form().QuerySelector("input[inputmode=numeric], input[type=number]")!.Change("10");
        cut.Find("#item-form form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(["Opening and welcome"], Texts(cut, ".item-title")));
        Assert.Equal("", MessageUnder(form(), "Title"));
        Assert.Empty(form().QuerySelectorAll("[role=alert]"));
        Providers.WaitForAssertion(() => Assert.Contains("Item \"Opening and welcome\" added.", Providers.Markup));
    }

    [Fact]
    public async Task An_item_is_edited_in_its_place()
    {
        SignInAs(Roles.Secretariat);
        _ = Providers;
        var id = await MeetingAsync(65, m => m.WithAgenda("Opening", "Statutes"));
        var cut = RenderAgenda(id, canManage: true);

        ButtonLabelled(cut, "Edit item 2").Click();
        var editor = cut.Find(".agenda-items .item-form");
        Assert.Contains("Edit item 2", Text(editor));
        Assert.Equal("Statutes", editor.QuerySelector("input")!.GetAttribute("value"));
        editor.QuerySelector("input")!.Change("Amendments to the ANSO Statutes");
        editor.QuerySelector("form")!.Submit();

        cut.WaitForAssertion(() => Assert.Equal(["Opening", "Amendments to the ANSO Statutes"], Texts(cut, ".item-title")));
        Assert.Empty(cut.FindAll(".agenda-items .item-form"));
        Providers.WaitForAssertion(() => Assert.Contains("Item 2 saved.", Providers.Markup));
    }

    [Fact]
    public async Task Publishing_records_revision_1_and_a_later_move_becomes_revision_2()
    {
        SignInAs(Roles.Secretariat);
        _ = Providers;
        var id = await MeetingAsync(66, m => m.WithAgenda("Opening", "Statutes"));
        var cut = RenderAgenda(id, canManage: true);

        ButtonNamed(cut, "Publish agenda").Click();
        Providers.WaitForAssertion(() => Assert.Contains("Its numbering is fixed as revision 1", Text(Providers.Find(".mud-dialog"))));
        Confirm("Publish");

        cut.WaitForAssertion(() => Assert.Contains("Current revision: 1", Text(cut.Find("[data-testid=agenda-state]"))));
        Assert.DoesNotContain("DRAFT", Text(cut.Find("[data-testid=agenda-state]")));
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Publish agenda");
        Assert.Contains("Agenda published.", Text(cut.Find(".revisions-table tbody tr")));
        Providers.WaitForAssertion(() => Assert.Contains("Agenda published as revision 1.", Providers.Markup));

        ButtonLabelled(cut, "Move item 2 up").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Statutes", "Opening"], Texts(cut, ".item-title")));
        Assert.Contains("Current revision: 2", Text(cut.Find("[data-testid=agenda-state]")));
        var rows = cut.FindAll(".revisions-table tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Item \"Statutes\" moved from 2 to 1.", Text(rows[0]));
        Assert.Contains("Beijing time", Text(rows[0]));
        Assert.Contains(SignedIn.DisplayNameOf(Roles.Secretariat), Text(rows[0]));
        Providers.WaitForAssertion(() => Assert.Contains("\"Statutes\" is now item 1.", Providers.Markup));
    }

    [Fact]
    public async Task Removing_asks_first_and_the_last_item_of_a_published_agenda_is_refused_with_the_reason()
    {
        SignInAs(Roles.Secretariat);
        _ = Providers;
        var id = await MeetingAsync(67, m =>
        {
            m.WithAgenda("Opening");
            m.PublishAgenda(Staff);
        });
        var cut = RenderAgenda(id, canManage: true);

        ButtonLabelled(cut, "Remove item 1").Click();
        Providers.WaitForAssertion(() => Assert.Contains("Remove item 1 \"Opening\" and its papers", Text(Providers.Find(".mud-dialog"))));
        Assert.Contains("kept as a new revision", Text(Providers.Find(".mud-dialog")));
        Confirm("Cancel");
        Assert.Equal(["Opening"], Texts(cut, ".item-title"));

        ButtonLabelled(cut, "Remove item 1").Click();
        Confirm("Remove");

        cut.WaitForAssertion(() => Assert.Contains("A published agenda keeps at least one item",
            Text(cut.Find(".agenda-item [role=alert]"))));
        Assert.Equal(["Opening"], Texts(cut, ".item-title"));
    }

    [Fact]
    public async Task A_paper_needs_a_title_or_a_file_and_a_file_that_is_not_a_PDF_or_an_image_is_refused_with_the_reason()
    {
        SignInAs(Roles.Secretariat);
        _ = Providers;
        var id = await MeetingAsync(68, m => m.WithAgenda("Progress report"));
        var cut = RenderAgenda(id, canManage: true);

        ButtonLabelled(cut, "Add a paper to item 1").Click();
        ButtonNamed(cut, "Attach paper").Click();
        cut.WaitForAssertion(() => Assert.Contains("A paper needs a title or a file.", Text(cut.Find(".agenda-item [role=alert]"))));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("not a pdf", "report.txt"));
        cut.WaitForAssertion(() => Assert.Contains("report.txt", Text(cut.Find("[data-testid=paper-file-name]"))));
        ButtonNamed(cut, "Attach paper").Click();
        cut.WaitForAssertion(() => Assert.Contains("report.txt is not a PDF or an image (PNG, JPEG); only those can be attached.",
            Text(cut.Find(".paper-form .mud-input-helper-text.mud-input-error"))));
        Assert.Empty(cut.FindAll(".papers"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(SampleFiles.Pdf, "report.pdf", contentType: "application/pdf"));
        cut.Find(".paper-form input").Change("ANSO Progress Report 2026");
        ButtonNamed(cut, "Attach paper").Click();

        cut.WaitForAssertion(() => Assert.Contains("ANSO Progress Report 2026 · PDF, 1 KB", Text(cut.Find(".papers"))));
        Assert.Equal($"/meetings/{id}/papers/", cut.Find(".papers a").GetAttribute("href")![..$"/meetings/{id}/papers/".Length]);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".paper-form")));
        Providers.WaitForAssertion(() => Assert.Contains("Paper added to item 1.", Providers.Markup));

        ButtonLabelled(cut, "Remove paper ANSO Progress Report 2026").Click();
        Confirm("Remove");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".papers")));
    }

    [Fact]
    public async Task A_change_after_someone_elses_save_is_refused_and_Reload_shows_their_version()
    {
        SignInAs(Roles.Secretariat);
        _ = Providers;
        var id = await MeetingAsync(69, m => m.WithAgenda("Opening", "Statutes"));
        var cut = RenderAgenda(id, canManage: true);
        // A colleague adds an item after this screen was opened.
        var meetings = Services.GetRequiredService<MeetingService>();
        await meetings.AddItemAsync(id, (await meetings.FindAsync(id))!.Version, MeetingTestData.Item("Added elsewhere"));

        ButtonLabelled(cut, "Move item 2 up").Click();

        var alert = cut.WaitForElement(".agenda-item [role=alert]");
        Assert.Contains("Reload", Text(alert));
        Assert.Equal(["Opening", "Statutes"], Texts(cut, ".item-title"));
        alert.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Reload").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Opening", "Statutes", "Added elsewhere"], Texts(cut, ".item-title")));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task An_edit_refused_by_a_conflict_keeps_what_was_typed_until_Reload_shows_the_item_as_saved()
    {
        SignInAs(Roles.Secretariat);
        _ = Providers;
        var id = await MeetingAsync(70, m => m.WithAgenda("Opening", "Statutes"));
        var cut = RenderAgenda(id, canManage: true);
        ButtonLabelled(cut, "Edit item 2").Click();
        cut.WaitForElement(".agenda-items .item-form input").Change("Statutes, as I would have them");

        var meetings = Services.GetRequiredService<MeetingService>();
        var saved = (await meetings.FindAsync(id))!;
        await meetings.EditItemAsync(id, saved.Version, saved.Agenda[1].Id, MeetingTestData.Item("Statutes, as a colleague saved them"));
        cut.Find(".agenda-items .item-form form").Submit();

        var alert = cut.WaitForElement(".agenda-items .item-form [role=alert]");
        Assert.Contains("changed this meeting after you opened it", Text(alert));
        Assert.Equal("Statutes, as I would have them", cut.Find(".agenda-items .item-form input").GetAttribute("value"));
        alert.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Reload").Click();

        cut.WaitForAssertion(() => Assert.Equal("Statutes, as a colleague saved them", cut.Find(".agenda-items .item-form input").GetAttribute("value")));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }
}
