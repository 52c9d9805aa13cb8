using Microsoft.AspNetCore.DataProtection;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// The keys that sign and encrypt the sign-in cookie, the antiforgery tokens and Blazor's circuit descriptors live in the
/// database (table <c>DataProtectionKeys</c>), under one application name: every instance on the same database reads
/// the same key ring, so a cookie or a form issued by one instance is honoured by another.
/// </summary>
public static class SharedKeys
{
    /// <summary>Fixed, so that instances installed in different folders still share their keys.</summary>
    public const string ApplicationName = "Anso.Secretariat";

    public static IServiceCollection AddSharedKeys(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<SecretariatDbContext>();
        return services;
    }

    /// <summary>
    /// Loads the key ring at start-up, creating the first key when the database has none: instances started one after
    /// the other then all use that one key, instead of each making its own on its first request.
    /// </summary>
    public static void EnsureKey(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Anso.Secretariat.StartUp").Protect([1]);
}
