using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Scale;

/// <summary>
/// Two instances on one database share the keys that protect cookies, forms and circuits. Each instance here first gets
/// a key folder of its own (as two servers would have), which the app's setting must replace by the database.
/// </summary>
public sealed class SharingSignInKeysTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly List<ServiceProvider> instances = [];

    private ServiceProvider Instance(string name)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Secretariat"] = database.ConnectionString,
        }).Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDataProtection().SetApplicationName("per-server-" + name)
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.Folder, "keys-" + name)));
        services.AddSecretariatServices(configuration);
        var provider = services.BuildServiceProvider();
        instances.Add(provider);
        return provider;
    }

    [Fact]
    public void What_one_instance_protects_the_other_reads()
    {
        var first = Instance("one");
        var second = Instance("two");
        SharedKeys.EnsureKey(first);

        var cookie = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("signed in");

        Assert.Equal("signed in", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(cookie));
    }

    [Fact]
    public void Instances_started_one_after_the_other_use_the_one_key_in_the_database()
    {
        SharedKeys.EnsureKey(Instance("one"));
        SharedKeys.EnsureKey(Instance("two"));

        using var db = database.CreateContext();
        Assert.Equal(1, db.DataProtectionKeys.AsNoTracking().Count());
        Assert.False(Directory.Exists(Path.Combine(database.Folder, "keys-one")), "no key was written to the instance's own folder");
    }

    public void Dispose()
    {
        foreach (var instance in instances) instance.Dispose();
        database.Dispose();
    }
}
