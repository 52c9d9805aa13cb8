using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>Countries named in the reader's language on the screens, found by either name in a picker.</summary>
public class CountryNamesTests
{
    [Fact]
    public void Every_country_has_its_English_name_as_the_register_has_it_and_a_Chinese_name_of_its_own()
    {
        Assert.All(Countries.All, c => Assert.Equal(c.Name, CountryNames.Of(c.Code, Wording.English)));
        var chinese = Countries.All.Select(c => CountryNames.Of(c.Code, InChinese.Culture)).ToList();
        Assert.All(chinese, name => Assert.Contains(name, ch => ch is >= '\u4e00' and <= '\u9fff'));
        Assert.Equal(chinese.Count, chinese.Distinct().Count());
        Assert.Equal("塞尔维亚", CountryNames.Of("RS", InChinese.Culture));
        Assert.Equal("中国", CountryNames.Of("cn", InChinese.Culture));
    }

    [Fact]
    public void A_code_that_is_no_country_is_shown_as_it_is()
    {
        Assert.Equal("XX", CountryNames.Of("XX", InChinese.Culture));
        Assert.Equal("", CountryNames.Of(null, InChinese.Culture));
    }

    [Fact]
    public void The_current_language_names_the_country()
    {
        Assert.Equal("Serbia", CountryNames.Of("RS"));
        InChinese.Use();
        Assert.Equal("塞尔维亚", CountryNames.Of("RS"));
    }

    [Theory]
    [InlineData("塞尔")]
    [InlineData("serb")]
    [InlineData("RS")]
    public void A_picker_finds_a_country_by_its_Chinese_or_English_name_or_its_code(string typed)
    {
        Assert.Equal("RS", CountryNames.Search(typed, InChinese.Culture).First());
    }

    [Fact]
    public void A_picker_lists_names_that_start_with_what_was_typed_first()
    {
        Assert.Equal(["NE", "NG"], CountryNames.Search("niger", Wording.English).Take(2));
        Assert.Equal(Countries.All.Count, CountryNames.Search("", InChinese.Culture).Count());
    }
}
