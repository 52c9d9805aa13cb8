namespace Anso.Secretariat.App.Data;

/// <summary>Demo data taken from the ANSO newsletters (shared/reference).</summary>
public static class DemoData
{
    public static Task SeedAsync(SecretariatDbContext db, TimeProvider clock) => Task.CompletedTask;
}
