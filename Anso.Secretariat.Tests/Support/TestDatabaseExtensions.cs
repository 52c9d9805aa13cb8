using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Support;

public static class TestDatabaseExtensions
{
    /// <summary>Adds the entities (and everything they reach) in one context and saves them.</summary>
    public static void Store(this TestDatabase database, params object[] entities)
    {
        using var db = database.CreateContext();
        db.AddRange(entities);
        db.SaveChanges();
    }

    /// <summary>The id of one of the reference categories ("Universities", ...).</summary>
    public static int CategoryId(this TestDatabase database, string name)
    {
        using var db = database.CreateContext();
        return db.Categories.AsNoTracking().Single(c => c.Name == name).Id;
    }
}
