using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Data;

/// <summary>Data every installation needs, demo or not.</summary>
public static class ReferenceData
{
    /// <summary>The categories the newsletters use. The administrator can add more.</summary>
    public static readonly string[] Categories =
    [
        "National Academies",
        "International Organizations",
        "National Research Institutes and Agencies",
        "Universities",
    ];

    public static async Task EnsureCategoriesAsync(SecretariatDbContext db)
    {
        if (await db.Categories.AnyAsync()) return;
        for (var i = 0; i < Categories.Length; i++) db.Categories.Add(new Category(Categories[i], i + 1));
        await db.SaveChangesAsync();
    }
}
