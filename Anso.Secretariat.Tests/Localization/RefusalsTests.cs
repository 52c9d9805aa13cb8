using System.Globalization;
using System.Text.RegularExpressions;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;
using FluentValidation;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>A refusal is a code and its facts; the app says it in English or Chinese from RefusalsText.</summary>
public partial class RefusalsTests
{
    private static readonly CultureInfo Chinese = new("zh-Hans");

    public static TheoryData<Enum> EveryCode()
    {
        var data = new TheoryData<Enum>();
        foreach (var code in Enum.GetValues<Refusal>()) data.Add(code);
        foreach (var code in Enum.GetValues<ServiceRefusal>()) data.Add(code);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCode))]
    public void Every_code_is_worded_in_both_languages_and_names_every_fact_in_both(Enum code)
    {
        var key = Refusals.KeyOf(code);
        var english = Refusals.Text(key, Wording.English);
        var chinese = Refusals.Text(key, Chinese);

        Assert.Equal(Placeholders(english), Placeholders(chinese));
        if (!code.Equals(Refusal.AlreadySaid))
            Assert.True(HasChinese(chinese), $"{key} is not Chinese: {chinese}");
    }

    [Fact]
    public void A_held_meeting_recorded_as_held_again_is_refused_in_the_readers_language()
    {
        var meeting = A.Meeting.GoverningBoard(9).Held();

        var refused = Assert.Throws<DomainException>(() => meeting.MarkHeld());

        Assert.Equal(Refusal.MeetingAlreadyHeld, refused.Code);
        Assert.Same(meeting, Assert.Single(refused.Arguments));
        Assert.Equal("The 9th ANSO Governing Board (GB) Meeting is already recorded as held.", Refusals.Say(refused, Wording.English));
        Assert.Equal(refused.Message, Refusals.Say(refused, Wording.English));
        Assert.Equal("ANSO第9次理事会会议已记录为已举行。", Refusals.Say(refused, Chinese));
    }

    [Fact]
    public void Dates_and_numbers_in_a_refusal_are_written_as_the_language_writes_them()
    {
        var meeting = A.Meeting.GoverningBoard(12).On(new DateOnly(2026, 12, 9)).Planned();

        var refused = Assert.Throws<DomainException>(() => meeting.TakeDecisions(new DateOnly(2026, 12, 1)));

        Assert.Equal("The 12th ANSO Governing Board (GB) Meeting starts on 9 Dec 2026; its decisions can be recorded from that day on.", refused.Message);
        Assert.Equal("ANSO第12次理事会会议于2026年12月9日开始，自当天起方可记录其决定。", Refusals.Say(refused, Chinese));
    }

    [Fact]
    public async Task The_screen_shows_the_refusal_in_Chinese_and_the_log_keeps_it_in_English()
    {
        var meeting = A.Meeting.GoverningBoard(9).Held();
        var outcome = new Outcome(null!, new Microsoft.Extensions.Logging.Abstractions.NullLogger<Outcome>());
        InChinese.Use();

        var done = await outcome.RunAsync(() => { meeting.MarkHeld(); return Task.CompletedTask; }, "Saved.");

        Assert.False(done);
        Assert.Equal("ANSO第9次理事会会议已记录为已举行。", outcome.Refusal);
    }

    [Fact]
    public void A_decision_on_an_application_not_on_the_meetings_list_is_refused_in_the_readers_language()
    {
        var tenth = A.Meeting.GoverningBoard(10).Planned();
        var eleventh = A.Meeting.GoverningBoard(11).Planned();
        var application = An.Application.InState(ApplicationState.ListedForBoard).AtBoard(tenth).Build();

        var refused = Assert.Throws<DomainException>(() => application.RecordBoardDecision(eleventh, BoardDecision.Endorsed, Actors.Secretary()));

        Assert.Equal("The application is not on the list of the 11th ANSO Governing Board (GB) Meeting; a decision can be recorded only at the meeting it is listed for.",
            Refusals.Say(refused, Wording.English));
        Assert.Equal("该申请不在ANSO第11次理事会会议的名单上，只能在列入名单的会议上记录决定。", Refusals.Say(refused, Chinese));
    }

    [Fact]
    public void A_refusal_inside_a_refusal_is_said_in_the_same_language()
    {
        var held = A.Meeting.GoverningBoard(9).Held();
        var application = An.Application.InState(ApplicationState.Received).Build();

        var refused = Assert.Throws<DomainException>(() => MembershipApplication.ListAllForBoard([application], held, Actors.Secretary()));
        var inner = Assert.IsType<DomainException>(refused.Arguments[^1]);

        Assert.Equal(Refusal.NothingListed, refused.Code);
        Assert.EndsWith(Refusals.Say(inner, Wording.English), refused.Message);
        Assert.EndsWith(Refusals.Say(inner, Chinese), Refusals.Say(refused, Chinese));
        Assert.StartsWith("未列入任何申请：", Refusals.Say(refused, Chinese));
        Assert.DoesNotContain("held", Refusals.Say(refused, Chinese));
    }

    [Fact]
    public void A_step_the_state_does_not_allow_names_the_step_and_the_state_in_either_language()
    {
        var application = An.Application.InState(ApplicationState.Received).Build();

        var refused = Assert.Throws<DomainException>(() => application.RequestInformation(Actors.Secretary(), "the statutes"));

        Assert.Equal($"'{Wording.Of(ApplicationAction.RequestInformation, Wording.English)}' is not allowed while the application is {Wording.InSentence(ApplicationState.Received, Wording.English)}.",
            refused.Message);
        Assert.Equal($"申请处于“{Wording.Of(ApplicationState.Received, Chinese)}”状态时，不能“{Wording.Of(ApplicationAction.RequestInformation, Chinese)}”。", Refusals.Say(refused, Chinese));
    }

    [Fact]
    public void Someone_elses_save_and_a_role_refused_are_said_in_Chinese_too()
    {
        var conflict = new ConcurrencyConflictException(ServiceRefusal.ChangedMeanwhile, "Li Wei", StaleRecord.Minutes);
        var denied = new AccessDeniedException(AccessRules.RefusalOf(Operation.ManageMeetings));

        Assert.Equal("Li Wei changed these minutes after you opened them, so your change was not saved. Reload to see their change, then try again.", conflict.Message);
        Assert.Equal("Li Wei在您打开这份会议纪要之后更改了它，您的更改未保存。请重新加载查看其更改，然后重试。", Refusals.Say(conflict, Chinese));
        Assert.Equal("Only the secretariat can change meetings, agendas and minutes.", denied.Message);
        Assert.Equal("只有秘书处可以更改会议、议程和会议纪要。", Refusals.Say(denied, Chinese));
    }

    [Fact]
    public async Task A_form_field_refused_by_a_validator_is_said_in_Chinese_under_its_field()
    {
        var input = A.ValidNewApplication();
        input.ContactEmail = "office-at-sanu";
        input.Summary = new string('x', TextLimits.ApplicationSummary + 1);
        var validator = new NewApplicationValidator(FakeTime.Secretariat(new FakeTime(new DateTimeOffset(2025, 12, 1, 10, 0, 0, TimeSpan.Zero))),
            (_, _) => Task.FromResult<string?>(null));
        var outcome = new Outcome(null!, new Microsoft.Extensions.Logging.Abstractions.NullLogger<Outcome>());
        InChinese.Use();

        await outcome.RunAsync(() => validator.ValidateAndThrowAsync(input), "Saved.");

        Assert.Equal("请填写有效的电子邮件地址，例如 name@example.org。", outcome.ErrorFor(nameof(NewApplication.ContactEmail)));
        Assert.Equal($"摘要最多{TextLimits.ApplicationSummary.ToString("N0", Chinese)}个字符。", outcome.ErrorFor(nameof(NewApplication.Summary)));
        var english = await validator.ValidateAsync(input);
        Assert.Contains("Enter a valid email address, like name@example.org.", english.Errors.Select(e => e.ErrorMessage));
        Assert.Contains($"A summary has at most {TextLimits.ApplicationSummary:N0} characters.", english.Errors.Select(e => e.ErrorMessage));
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order()];

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    // The fact's number; its format may differ between the languages (English needs "it" or "them", Chinese does not).
    [GeneratedRegex(@"\{(\d+)(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
