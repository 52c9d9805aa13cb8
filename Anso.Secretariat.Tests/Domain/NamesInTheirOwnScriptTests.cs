using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Domain;

/// <summary>Issue 15: an organization's name in its own script, normalized with its meaning kept, and compared by the duplicate check.</summary>
public class NamesInTheirOwnScriptTests
{
    private static NameInCountry In(string country, string name, string? native = null, string? acronym = null) => new(name, acronym, country, native);

    [Theory]
    [InlineData("Российская академия наук", "российская академия наук")] // й stays й
    [InlineData("สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ", "สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ")] // the Thai vowels and marks stay
    [InlineData("त्रिभुवन विश्वविद्यालय", "त्रिभुवन विश्वविद्यालय")] // the Devanagari virama and vowel signs stay
    [InlineData("中国科学院", "中国科学院")]
    [InlineData("Université de Lyon", "universite de lyon")] // Latin accents still go
    [InlineData("Ακαδημία Αθηνών", "ακαδημια αθηνων")] // and Greek ones
    public void Normalizing_keeps_the_marks_that_carry_meaning_outside_Latin_and_Greek(string name, string key)
    {
        Assert.Equal(key, TextMatching.MatchKey(name));
    }

    [Theory]
    [InlineData("Академий", "Академии")]
    [InlineData("วิทยา", "วทยา")] // without the vowel ิ it is another word
    [InlineData("ग्राम", "गराम")]
    public void Names_that_differ_by_a_mark_of_their_script_are_different_names(string one, string other)
    {
        Assert.NotEqual(OrganizationNames.Key(one), OrganizationNames.Key(other));
    }

    [Fact]
    public void The_same_name_in_its_own_script_is_the_same_organization_whatever_its_English_name()
    {
        var cas = In("CN", "Chinese Academy of Sciences", "中国科学院");

        Assert.True(OrganizationNames.AreSame(cas, In("CN", "Academia Sinica of China", "中国科学院")));
        Assert.False(OrganizationNames.AreSame(cas, In("TW", "Academia Sinica of China", "中国科学院")));
    }

    [Fact]
    public void A_name_typed_in_its_own_script_as_the_official_name_finds_the_organization_that_has_it()
    {
        var cas = In("CN", "Chinese Academy of Sciences", "中国科学院");

        Assert.True(OrganizationNames.AreSame(In("CN", "中国科学院"), cas));
        Assert.True(OrganizationNames.AreSame(In("CN", "Chinese Academy of Sciences", "中国科学院大学"), cas)); // the English name alone
        Assert.Same(cas, new[] { In("CN", "University of Chinese Academy of Sciences", "中国科学院大学"), cas }
            .FindSame(In("CN", "中国科学院"), n => n));
    }

    [Fact]
    public void Different_names_in_their_own_script_do_not_make_two_organizations_the_same()
    {
        Assert.False(OrganizationNames.AreSame(In("CN", "Chinese Academy of Sciences", "中国科学院"),
            In("CN", "University of Chinese Academy of Sciences", "中国科学院大学")));
        Assert.False(OrganizationNames.AreSame(In("RU", "Russian Academy of Sciences", "Российская академия наук"),
            In("RU", "Russian Academy of Education", "Российская академия образования")));
    }

    [Fact]
    public void A_slip_in_the_name_in_its_own_script_is_a_look_alike()
    {
        var ras = In("RU", "Russian Academy of Sciences", "Российская академия наук");

        Assert.True(OrganizationNames.LookAlike(In("RU", "Academy of Sciences of Russia", "Росийская академия наук"), ras));
        Assert.False(OrganizationNames.LookAlike(In("RU", "Academy of Sciences of Russia", "Российская академия наук"), ras)); // the same: refused, not warned
    }

    [Fact]
    public void An_organization_keeps_its_name_in_its_own_script_normalized_and_drops_a_blank_one()
    {
        var organization = new Organization("Russian Academy of Sciences", "RU", 1, "RAS", "  Российская  академия наук ");

        Assert.Equal("Российская  академия наук", organization.NativeName);
        Assert.Equal("российская академия наук", organization.NativeNameKey);
        Assert.Equal(organization.NativeName, organization.Named().NativeName);

        organization.RenameInOwnScript("  ");

        Assert.Null(organization.NativeName);
        Assert.Null(organization.NativeNameKey);
    }

    [Fact]
    public void The_profile_form_edits_the_name_in_its_own_script()
    {
        var organization = new Organization("Mongolian Academy of Sciences", "MN", 1, "MAS");
        var details = OrganizationDetails.Of(organization);
        details.NativeName = "Монгол Улсын Шинжлэх Ухааны Академи";

        organization.EditDetails(details);

        Assert.Equal("Монгол Улсын Шинжлэх Ухааны Академи", organization.NativeName);
    }

    [Fact]
    public async Task A_name_in_its_own_script_longer_than_the_limit_is_refused_with_a_message()
    {
        var details = new OrganizationDetails { Name = "X", CountryCode = "CN", CategoryId = 1, NativeName = new string('院', TextLimits.NativeName + 1) };
        var application = new NewApplication { OrganizationName = "X", CountryCode = "CN", CategoryId = 1, NativeName = details.NativeName };

        var profileErrors = new OrganizationDetailsValidator().Validate(details).Errors;
        var applicationErrors = (await new NewApplicationValidator(FakeTime.Secretariat(), (_, _) => Task.FromResult<string?>(null))
            .ValidateAsync(application)).Errors;

        Assert.Contains(profileErrors, e => e.PropertyName == nameof(OrganizationDetails.NativeName) && e.ErrorMessage.Contains("300"));
        Assert.Contains(applicationErrors, e => e.PropertyName == nameof(NewApplication.NativeName) && e.ErrorMessage.Contains("300"));
    }
}
