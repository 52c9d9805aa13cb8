namespace Anso.Secretariat.Tests.Support;

/// <summary>A test class with its own database holding the newsletters' demo data, and the services on it (as the secretariat).</summary>
public abstract class DemoDataTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;
    protected RegisterServices Services { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Database = await RegisterServices.DemoDatabaseAsync();
        Services = new RegisterServices(Database);
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}
