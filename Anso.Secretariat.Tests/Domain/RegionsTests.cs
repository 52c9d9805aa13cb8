using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Tests.Domain;

public class RegionsTests
{
    [Fact]
    public void Every_country_but_Antarctica_has_a_continent()
    {
        var unplaced = Countries.All.Where(c => Regions.Of(c.Code) == Regions.Other).Select(c => c.Code).ToList();

        Assert.Equal(["AQ"], unplaced);
    }

    [Theory]
    [InlineData("TR", Regions.Asia)]
    [InlineData("CY", Regions.Asia)]
    [InlineData("RU", Regions.Europe)]
    [InlineData("EG", Regions.Africa)]
    [InlineData("UY", Regions.Americas)]
    [InlineData("FJ", Regions.Oceania)]
    [InlineData("rs", Regions.Europe)]
    [InlineData(null, Regions.Other)]
    public void Countries_are_placed_as_the_UN_M49_standard_places_them(string? code, string region) =>
        Assert.Equal(region, Regions.Of(code));

    [Fact]
    public void The_countries_of_a_region_are_those_placed_in_it()
    {
        Assert.Contains("KZ", Regions.CountriesIn(Regions.Asia));
        Assert.DoesNotContain("RU", Regions.CountriesIn(Regions.Asia));
        Assert.Equal(Countries.All.Count, Regions.All.Sum(r => Regions.CountriesIn(r).Count));
    }
}
