using Anso.Secretariat.App.Components.Layout;
using Anso.Secretariat.App.Features.Account;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace Anso.Secretariat.Tests.Components.Layout;

public class ErrorBoundaryTests : ComponentTest
{
    public ErrorBoundaryTests() => SignInAs(Roles.Secretariat);

    [Fact]
    public void A_failing_page_shows_a_message_with_a_way_on_and_the_error_is_logged()
    {
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b =>
        {
            b.OpenComponent<FailingPage>(0);
            b.CloseComponent();
        })));
        Assert.Contains("Everything is fine", layout.Markup);

        layout.Find("button.fail").Click();

        layout.WaitForAssertion(() => Assert.Contains("Something went wrong on this page", layout.Markup));
        Assert.Contains("Try again", layout.Markup);
        Assert.Contains(Logs, line => line.StartsWith("Error") && line.Contains("The page broke on purpose"));
        // The user keeps the session: the navigation is still there and the page can be tried again.
        Assert.Contains("Applications", layout.Find("nav").TextContent);
        layout.FindAll("button").Single(b => b.TextContent.Contains("Try again")).Click();
        layout.WaitForAssertion(() => Assert.Contains("Everything is fine", layout.Markup));
    }

    private sealed class FailingPage : ComponentBase
    {
        private bool broken;

        protected override void BuildRenderTree(RenderTreeBuilder b)
        {
            if (broken)
            {
                broken = false; // a second render (after Try again) works
                throw new InvalidOperationException("The page broke on purpose");
            }
            b.OpenElement(0, "p");
            b.AddContent(1, "Everything is fine");
            b.CloseElement();
            b.OpenElement(2, "button");
            b.AddAttribute(3, "class", "fail");
            b.AddAttribute(4, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => broken = true));
            b.AddContent(5, "Break");
            b.CloseElement();
        }
    }
}
