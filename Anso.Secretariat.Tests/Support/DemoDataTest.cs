namespace Anso.Secretariat.Tests.Support;

/// <summary>A test class with its own database holding the newsletters' demo data, and the services on it (as the secretariat).</summary>
public abstract class DemoDataTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;
    protected RegisterServices Services { get; private set; } = null!;

    public virtual Task InitializeAsync()
    {
        Database = TestDatabase.WithDemoData();
        Services = new RegisterServices(Database);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}
