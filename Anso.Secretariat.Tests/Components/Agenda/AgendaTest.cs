using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Bunit;

namespace Anso.Secretariat.Tests.Components.Agenda;

/// <summary>The agenda tab on a meeting of the test's own, in the demo database; what a user sees and clicks.</summary>
public abstract class AgendaTest : ComponentTest
{
    /// <summary>A one-day GB meeting, 09:00-12:00, planned as <paramref name="plan"/> says; returns its id.</summary>
    protected async Task<int> MeetingAsync(int number, Action<Meeting>? plan = null)
    {
        var meeting = MeetingTestData.Board(number);
        plan?.Invoke(meeting);
        await WithDatabaseAsync(async db =>
        {
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
        });
        return meeting.Id;
    }

    protected IRenderedComponent<AgendaHost> RenderAgenda(int meetingId, bool canManage)
    {
        var cut = Render<AgendaHost>(p => p.Add(h => h.MeetingId, meetingId).Add(h => h.CanManage, canManage));
        cut.WaitForElement(".agenda-publish-bar");
        return cut;
    }

    protected static string[] Texts(IRenderedComponent<AgendaHost> cut, string selector) =>
        cut.FindAll(selector).Select(Text).ToArray();

    /// <summary>The element's text as a reader sees it: runs of white space as one space.</summary>
    protected static string Text(IElement element) => Regex.Replace(element.TextContent, @"\s+", " ").Trim();

    protected static IElement ButtonLabelled(IRenderedComponent<AgendaHost> cut, string ariaLabel) =>
        cut.Find($"button[aria-label='{ariaLabel}']");

    protected static IElement ButtonNamed(IRenderedComponent<AgendaHost> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>Answers the confirmation box with <paramref name="answer"/> (e.g. "Remove"), in the dialog provider.</summary>
    protected void Confirm(string answer)
    {
        Providers.WaitForAssertion(() => Assert.NotEmpty(Providers.FindAll(".mud-dialog")));
        Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == answer).Click();
    }

    /// <summary>The message shown under the field labelled <paramref name="label"/>, or "".</summary>
    protected static string MessageUnder(IElement form, string label)
    {
        var field = form.QuerySelectorAll(".mud-input-control")
            .Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);
        return field.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";
    }

    protected static Actor Staff => MeetingTestData.Staff();
}
