using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Tests.Domain;

/// <summary>TextMatching.MatchKey: names that differ only in case, accents or spacing are the same name.</summary>
public class MatchingNamesTests
{
    [Theory]
    [InlineData("Université de Belgrade", "Universite de Belgrade")]
    [InlineData("Université de Belgrade", "UNIVERSITÉ  DE BELGRADE")]
    [InlineData("Université de Belgrade", "  université\tde\nbelgrade ")]
    [InlineData("TÜBİTAK", "tubitak")]
    [InlineData("Politechnika Łódzka", "Politechnika Lodzka")]
    [InlineData("Københavns Universitet", "Kobenhavns Universitet")]
    [InlineData("Đurđevac", "Durdevac")]
    [InlineData("Nebojša Lalić", "NEBOJSA LALIC")]
    [InlineData("Universidade de São Paulo", "Universidade de Sao Paulo")]
    public void Names_that_differ_only_in_case_accents_or_spacing_match(string one, string other)
    {
        Assert.Equal(TextMatching.MatchKey(one), TextMatching.MatchKey(other));
    }

    [Fact]
    public void The_key_is_lower_case_without_accents_and_single_spaced()
    {
        Assert.Equal("universite de belgrade", TextMatching.MatchKey("  UNIVERSITÉ   de\u00A0Belgrade "));
    }

    [Theory]
    [InlineData("University of Belgrade", "University of Novi Sad")]
    [InlineData("Universite de Belgrade", "Universites de Belgrade")]
    [InlineData("Chinese Academy of Sciences", "Chinese Academy of Science")]
    public void Different_names_do_not_match(string one, string other)
    {
        Assert.NotEqual(TextMatching.MatchKey(one), TextMatching.MatchKey(other));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_name_has_an_empty_key(string? text)
    {
        Assert.Equal("", TextMatching.MatchKey(text));
    }
}
