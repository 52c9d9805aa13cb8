using Anso.Secretariat.App;
using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Tests.Components;
using Anso.Secretariat.Tests.Support;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>A refusal on a Chinese screen: the alert says it in Chinese, and no English wording of a refusal is left.</summary>
public class RefusalAlertInChineseTests : ComponentTest
{
    [Fact]
    public async Task A_refused_step_shows_in_Chinese_on_the_page()
    {
        InChinese.Use();
        var outcome = Services.GetRequiredService<Outcome>();
        var application = An.Application.InState(ApplicationState.Received).Build();

        await outcome.RunAsync(() => { application.Withdraw(Actors.Secretary(), " "); return Task.CompletedTask; }, "Saved.");
        var alert = Render<RefusalAlert>(p => p.Add(a => a.Outcome, outcome));

        Assert.Contains("撤回申请需要说明理由。", alert.Find("[role=alert]").TextContent);
        Assert.Empty(InChinese.EnglishLeftIn<RefusalsText>(alert.Nodes));
    }
}
