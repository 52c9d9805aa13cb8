using Anso.Secretariat.App;
using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Common;
using Bunit;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Components.Shared;

public class OutcomeTests : ComponentTest
{
    private Outcome NewOutcome() => Services.GetRequiredService<Outcome>();

    [Fact]
    public async Task A_success_is_a_snackbar_and_leaves_no_alert()
    {
        var outcome = NewOutcome();
        var done = await outcome.RunAsync(() => Task.CompletedTask, "Details saved.");
        var alert = Render<RefusalAlert>(p => p.Add(a => a.Outcome, outcome));

        Assert.True(done);
        Assert.Empty(alert.FindAll("[role=alert]"));
        Providers.WaitForAssertion(() => Assert.Contains("Details saved.", Providers.Markup));
    }

    [Fact]
    public async Task A_conflict_says_why_and_offers_to_reload()
    {
        var outcome = NewOutcome();
        var reloaded = false;
        await outcome.RunAsync(() => throw new ConcurrencyConflictException(ServiceRefusal.ChangedBySomeoneElse, StaleRecord.Meeting), "Saved.");
        var alert = Render<RefusalAlert>(p => p.Add(a => a.Outcome, outcome).Add(a => a.OnReload, () => reloaded = true));

        Assert.Contains("Someone else changed this meeting after you opened it", alert.Find("[role=alert]").TextContent);
        alert.FindAll("button").Single(b => b.TextContent.Trim() == "Reload").Click();
        Assert.True(reloaded);
        Assert.Null(outcome.Refusal);
    }

    [Fact]
    public async Task A_plain_refusal_has_no_reload_button_and_field_messages_are_kept_per_field()
    {
        var outcome = NewOutcome();
        await outcome.RunAsync(() => throw new ValidationException([new ValidationFailure("Name", "Enter the name.")]), "Saved.");
        var alert = Render<RefusalAlert>(p => p.Add(a => a.Outcome, outcome).Add(a => a.OnReload, () => { }));

        Assert.Contains("correct the fields", alert.Find("[role=alert]").TextContent);
        Assert.Empty(alert.FindAll("button"));
        Assert.Equal("Enter the name.", outcome.ErrorFor("Name"));
        Assert.Null(outcome.ErrorFor("Acronym"));
    }

    [Fact]
    public void A_date_field_shows_the_date_as_the_app_writes_it()
    {
        var field = Render<DateField>(p => p.Add(f => f.Label, "Received").Add(f => f.Value, new DateOnly(2026, 12, 1)));

        Assert.Equal("1 Dec 2026", field.Find("input").GetAttribute("value"));
        Assert.Equal("1 Dec 2026", Display.Date(new DateOnly(2026, 12, 1)));
    }
}
