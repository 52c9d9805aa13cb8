using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>Long text is never lost while the screen says "saved", and a long paste does not drop the connection.</summary>
[Collection(BrowserCollection.Name)]
public class LongTextJourneyTests(AppFixture app)
{
    [Fact]
    public async Task A_100_KB_paste_is_cut_with_a_message_the_connection_stays_and_what_is_saved_is_what_is_shown()
    {
        var id = 0;
        await app.WithDatabaseAsync(async db => id = (await db.Applications.OrderBy(a => a.Id).FirstAsync()).Id);
        var page = await app.SignedInPageAsync(Roles.Secretariat);
        await page.OpenAsync($"/applications/{id}");
        var summary = page.GetByLabel("Summary");
        await Expect(summary).ToHaveAttributeAsync("maxlength", TextLimits.ApplicationSummary.ToString());

        // A paste of 100 KB: the browser keeps what fits, and the field says that the rest was not kept.
        await summary.EvaluateAsync("""
            (field, length) => {
                const data = new DataTransfer();
                data.setData("text/plain", "x".repeat(length));
                field.focus();
                field.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, 100_000);
        await Expect(page.Locator(".text-limit-message")).ToContainTextAsync("at most 4,000 characters");
        await Expect(page.Locator(".text-limit-message")).ToContainTextAsync("of the 100,000 pasted were kept");

        // 20,000 characters typed in: the field holds its 4,000, the save goes through, and the database has them all.
        await summary.FillAsync(new string('y', 20_000));
        var shown = await summary.InputValueAsync();
        Assert.Equal(TextLimits.ApplicationSummary, shown.Length);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();
        await Expect(page.GetByText("Details saved.")).ToBeVisibleAsync();

        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await Expect(page.Locator(".shell[data-interactive=true]")).ToHaveCountAsync(1);
        string? stored = null;
        await app.WithDatabaseAsync(async db => stored = (await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id)).Summary);
        Assert.Equal(shown, stored);
        await page.ScreenshotAsync("long-text-saved");
    }
}
