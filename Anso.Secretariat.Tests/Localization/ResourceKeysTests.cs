using System.Collections;
using System.Globalization;
using System.Resources;
using Anso.Secretariat.App;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>Every wording resource of the app has the same keys in English and in Chinese, none of them empty.</summary>
public class ResourceKeysTests
{
    public static readonly CultureInfo Chinese = new("zh-Hans");

    /// <summary>The base names of the app's .resx files, as compiled into the assembly.</summary>
    public static TheoryData<string> WordingResources()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(SecretariatApp).Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)))
            data.Add(name[..^".resources".Length]);
        return data;
    }

    [Fact]
    public void The_app_has_wording_resources() => Assert.NotEmpty(WordingResources());

    [Theory]
    [MemberData(nameof(WordingResources))]
    public void Each_key_is_in_both_languages_and_none_is_empty(string baseName)
    {
        var manager = new ResourceManager(baseName, typeof(SecretariatApp).Assembly);
        var english = Entries(manager, CultureInfo.InvariantCulture);
        var chinese = Entries(manager, Chinese);

        Assert.Empty(english.Keys.Except(chinese.Keys).Select(k => $"{baseName}: '{k}' has no Chinese"));
        Assert.Empty(chinese.Keys.Except(english.Keys).Select(k => $"{baseName}: '{k}' has no English"));
        Assert.Empty(english.Concat(chinese).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{baseName}: '{e.Key}' is empty"));
    }

    private static Dictionary<string, string?> Entries(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.True(set is not null, $"{manager.BaseName} has no {(culture.Name == "" ? "English" : culture.Name)} resources");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string);
    }
}
