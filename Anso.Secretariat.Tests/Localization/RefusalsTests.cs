using System.Globalization;
using System.Text.RegularExpressions;
using Anso.Secretariat.App;
using Anso.Secretariat.App.Components.Shared;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;

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
        if (!code.Equals(Refusal.NotYetWorded))
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

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order()];

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    // The fact's number; its format may differ between the languages (English needs "it" or "them", Chinese does not).
    [GeneratedRegex(@"\{(\d+)(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
