using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>The domain's codes said in English and in Chinese, with the meeting titles and dates as each language writes them.</summary>
public class WordingTests
{
    [Fact]
    public void Every_code_has_its_words_in_both_languages_and_they_differ()
    {
        foreach (var culture in new[] { Wording.English, InChinese.Culture })
        {
            var said = new List<string>();
            said.AddRange(Enum.GetValues<ApplicationState>().Select(x => Wording.Of(x, culture)));
            said.AddRange(Enum.GetValues<ApplicationAction>().Select(x => Wording.Of(x, culture)));
            said.AddRange(Enum.GetValues<DecisionOutcome>().Select(x => Wording.Of(x, culture)));
            said.AddRange(Enum.GetValues<AgendaItemKind>().Select(x => Wording.Of(x, culture)));
            said.AddRange(Enum.GetValues<AgendaPurpose>().Select(x => Wording.Of(x, culture)));
            said.AddRange(Enum.GetValues<ParticipantRole>().Select(x => Wording.Of(x, culture)));
            said.AddRange(Enum.GetValues<Attendance>().Select(x => Wording.Of(x, culture)));
            said.AddRange(Enum.GetValues<MeetingBody>().Select(x => Wording.Of(x, culture)));
            said.AddRange(Enum.GetValues<MeetingMode>().Select(x => Wording.Of(x, culture)));
            said.AddRange(Enum.GetValues<MeetingStatus>().Select(x => Wording.Of(x, culture)));
            Assert.All(said, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        }
        Assert.Equal("Listed for GB", Wording.Of(ApplicationState.ListedForBoard, Wording.English));
        Assert.Equal("已列入理事会名单", Wording.Of(ApplicationState.ListedForBoard, InChinese.Culture));
        // Each state reads differently from the others in each language: a list filtered by state must not show two alike.
        foreach (var culture in new[] { Wording.English, InChinese.Culture })
            Assert.Equal(Enum.GetValues<ApplicationState>().Length, Enum.GetValues<ApplicationState>().Select(s => Wording.Of(s, culture)).Distinct().Count());
    }

    [Fact]
    public void A_state_inside_an_English_sentence_starts_in_lower_case_and_a_Chinese_one_is_unchanged()
    {
        Assert.Equal("listed for GB", Wording.InSentence(ApplicationState.ListedForBoard, Wording.English));
        Assert.Equal("已列入理事会名单", Wording.InSentence(ApplicationState.ListedForBoard, InChinese.Culture));
    }

    [Theory]
    [InlineData(MeetingBody.GoverningBoard, 12, "12th ANSO Governing Board (GB) Meeting", "ANSO第12次理事会会议", "12th GB", "第12次理事会")]
    [InlineData(MeetingBody.GeneralAssembly, 3, "3rd ANSO General Assembly (GA)", "ANSO第3次全体大会", "3rd GA", "第3次全体大会")]
    public void A_meeting_is_titled_as_each_language_writes_it(MeetingBody body, int number, string english, string chinese, string shortEnglish, string shortChinese)
    {
        Assert.Equal(english, Wording.MeetingTitle(body, number, Wording.English));
        Assert.Equal(chinese, Wording.MeetingTitle(body, number, InChinese.Culture));
        Assert.Equal(shortEnglish, Wording.MeetingShortName(body, number, Wording.English));
        Assert.Equal(shortChinese, Wording.MeetingShortName(body, number, InChinese.Culture));
    }

    [Theory]
    [InlineData("2019-11-06", "2019-11-06", "6 Nov 2019", "2019年11月6日")]
    [InlineData("2019-05-13", "2019-05-14", "13-14 May 2019", "2019年5月13日至14日")]
    [InlineData("2020-04-30", "2020-05-02", "30 Apr - 2 May 2020", "2020年4月30日至5月2日")]
    [InlineData("2020-12-30", "2021-01-02", "30 Dec 2020 - 2 Jan 2021", "2020年12月30日至2021年1月2日")]
    public void Dates_read_as_people_write_them_in_each_language(string start, string end, string english, string chinese)
    {
        var (from, to) = (DateOnly.Parse(start), DateOnly.Parse(end));
        Assert.Equal(english, Wording.Dates(from, to, Wording.English));
        Assert.Equal(chinese, Wording.Dates(from, to, InChinese.Culture));
    }

    [Theory]
    [InlineData(105, "1 h 45 min", "1小时45分钟")]
    [InlineData(30, "30 min", "30分钟")]
    [InlineData(180, "3 h", "3小时")]
    public void A_duration_reads_in_hours_and_minutes(int minutes, string english, string chinese)
    {
        Assert.Equal(english, Wording.Duration(minutes, Wording.English));
        Assert.Equal(chinese, Wording.Duration(minutes, InChinese.Culture));
    }

    [Fact]
    public void A_meetings_title_follows_the_readers_language()
    {
        var meeting = new Meeting(MeetingBody.GoverningBoard, 12, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), new Venue(null, "Beijing", "CN"), MeetingMode.OnSite);
        Assert.Equal("12th ANSO Governing Board (GB) Meeting", meeting.Title);
        InChinese.Use();
        Assert.Equal("ANSO第12次理事会会议", meeting.Title);
        Assert.Equal("2026年12月1日", meeting.Dates);
    }
}
