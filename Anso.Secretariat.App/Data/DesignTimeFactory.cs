using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// What <c>dotnet ef</c> uses to build the model, so that adding a migration does not start the app (which would migrate,
/// seed and create <c>data/</c>). The connection is never opened for <c>migrations add</c>.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SecretariatDbContext>
{
    public SecretariatDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SecretariatDbContext>();
        DatabaseSetup.Configure(options, DatabaseSetup.DefaultConnectionString);
        return new SecretariatDbContext(options.Options);
    }
}
