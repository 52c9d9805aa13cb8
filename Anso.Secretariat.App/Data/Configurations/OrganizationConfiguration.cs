using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anso.Secretariat.App.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(o => o.Name).HasMaxLength(300).IsRequired();
        b.Property(o => o.NameKey).HasMaxLength(300).IsRequired();
        b.HasIndex(o => new { o.NameKey, o.CountryCode });
        b.Property(o => o.Acronym).HasMaxLength(40);
        b.Property(o => o.CountryCode).HasMaxLength(2).IsRequired();
        b.Property(o => o.Website).HasMaxLength(300);
        b.Property(o => o.Address).HasMaxLength(500);
        b.Property(o => o.ContactName).HasMaxLength(200);
        b.Property(o => o.ContactEmail).HasMaxLength(200);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasOne(o => o.Category).WithMany().HasForeignKey(o => o.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Representatives).WithOne().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Representatives).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(o => o.CountryName);
        b.Ignore(o => o.IsMember);
    }
}

public sealed class RepresentativeConfiguration : IEntityTypeConfiguration<Representative>
{
    public void Configure(EntityTypeBuilder<Representative> b)
    {
        b.Property(r => r.Name).HasMaxLength(200).IsRequired();
        b.Property(r => r.Position).HasMaxLength(200);
        b.Property(r => r.Email).HasMaxLength(200);
    }
}

public sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(c => c.Name).HasMaxLength(100).IsRequired();
        b.HasIndex(c => c.Name).IsUnique();
    }
}
