using System.Globalization;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>Dates, moments, files and numbers as each language writes them, following the reader's culture.</summary>
public class DisplayInBothLanguagesTests
{
    private static readonly DateTimeOffset RecordedAt = new(2026, 12, 1, 7, 5, 0, TimeSpan.Zero); // 15:05 in Beijing

    [Fact]
    public void A_date_reads_as_each_language_writes_it()
    {
        var date = new DateOnly(2026, 12, 1);
        Assert.Equal("1 Dec 2026", Display.Date(date, Wording.English));
        Assert.Equal("2026年12月1日", Display.Date(date, InChinese.Culture));
        Assert.Equal("1 Dec 2026", Display.Date(date));  // whatever the machine's culture, not Chinese: English
        InChinese.Use();
        Assert.Equal("2026年12月1日", Display.Date(date));
        Assert.Equal("2026年12月1日", Display.Date((DateOnly?)date));
        Assert.Equal("yyyy年M月d日", Display.DatePattern);
    }

    [Fact]
    public void A_moment_says_the_secretariat_s_clock_in_each_language()
    {
        var beijing = FakeTime.Secretariat();
        Assert.Equal("1 Dec 2026, 15:05 Beijing time", Display.DateAndTime(RecordedAt, beijing, Wording.English));
        Assert.Equal("2026年12月1日 15:05（北京时间）", Display.DateAndTime(RecordedAt, beijing, InChinese.Culture));
        var paris = new SecretariatTime(TimeProvider.System, SecretariatTime.FindZone("Europe/Paris"));
        Assert.Equal("1 Dec 2026, 08:05 Paris time", Display.DateAndTime(RecordedAt, paris, Wording.English));
        Assert.Equal("2026年12月1日 08:05（Paris时间）", Display.DateAndTime(RecordedAt, paris, InChinese.Culture));
        InChinese.Use();
        Assert.Equal("2026年12月1日 15:05（北京时间）", Display.DateAndTime(RecordedAt, beijing));
        Assert.Equal("北京时间", Display.ZoneName(beijing.Zone));
    }

    [Theory]
    [InlineData("application/pdf", 1_300_000L, "PDF, 1.2 MB", "PDF，1.2 MB")]
    [InlineData("image/jpeg", 80_000L, "JPEG image, 78 KB", "JPEG图片，78 KB")]
    [InlineData("image/png", null, "PNG image", "PNG图片")]
    [InlineData("application/zip", 10L, "File, 1 KB", "文件，1 KB")]
    public void A_file_s_kind_and_size_read_in_each_language(string contentType, long? bytes, string english, string chinese)
    {
        Assert.Equal(english, Display.FileKindAndSize(contentType, bytes, Wording.English));
        Assert.Equal(chinese, Display.FileKindAndSize(contentType, bytes, InChinese.Culture));
    }

    [Fact]
    public void Numbers_group_thousands_in_both_languages()
    {
        Assert.Equal("12,345", Display.Number(12345, Wording.English));
        Assert.Equal("12,345", Display.Number(12345, InChinese.Culture));
        Assert.Equal("7", Display.Number(7));
    }

    [Fact]
    public void The_date_pickers_culture_names_months_and_days_in_the_reader_s_language_and_starts_weeks_on_Monday()
    {
        Assert.Equal("Dec", Display.Culture.DateTimeFormat.GetAbbreviatedMonthName(12));
        Assert.Equal(DayOfWeek.Monday, Display.Culture.DateTimeFormat.FirstDayOfWeek);
        InChinese.Use();
        Assert.Equal("十二月", Display.Culture.DateTimeFormat.GetMonthName(12));
        Assert.Equal(DayOfWeek.Monday, Display.Culture.DateTimeFormat.FirstDayOfWeek);
        // What the picker writes, it reads back: a date typed as Chinese write it.
        Assert.Equal(new DateTime(2026, 12, 1), DateTime.ParseExact("2026年12月1日", Display.DatePattern, Display.Culture));
    }
}
