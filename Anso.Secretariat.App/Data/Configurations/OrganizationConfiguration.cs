using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anso.Secretariat.App.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(o => o.Name).HasMaxLength(TextLimits.OrganizationName).IsRequired().UseCollation(NameRules.Collation);
        // The duplicate check's guarantee: one organization per normalized name in each country.
        b.Property(o => o.NameKey).HasMaxLength(TextLimits.OrganizationName).IsRequired();
        b.HasIndex(o => new { o.NameKey, o.CountryCode }).IsUnique();
        // The name in its own script: optional, and unique in each country like the English one (NULLs do not collide).
        b.Property(o => o.NativeName).HasMaxLength(TextLimits.NativeName);
        b.Property(o => o.NativeNameKey).HasMaxLength(TextLimits.NativeName);
        b.HasIndex(o => new { o.NativeNameKey, o.CountryCode }).IsUnique();
        // ListIndexes: the register's orders and filters (MemberRegisterService.Sorted) read these without a sort.
        b.HasIndex(o => new { o.Name, o.Id });
        b.HasIndex(o => new { o.CountryCode, o.Name, o.Id });
        b.HasIndex(o => new { o.Status, o.Name, o.Id });
        b.HasIndex(o => new { o.CategoryId, o.Name, o.Id });
        b.HasIndex(o => new { o.MemberSince, o.Name, o.Id });
        // DashboardAndRegisterIndexes: the dashboard's member figures (GROUP BY category, country, admission date) read
        // only the members' entries of these, in their order: no scan of the table, no sort.
        b.HasIndex(o => new { o.Status, o.CategoryId });
        b.HasIndex(o => new { o.Status, o.CountryCode });
        b.HasIndex(o => new { o.Status, o.MemberSince });
        b.Property(o => o.Acronym).HasMaxLength(TextLimits.Acronym);
        b.Property(o => o.CountryCode).HasMaxLength(2).IsRequired();
        b.Property(o => o.Website).HasMaxLength(TextLimits.Website);
        b.Property(o => o.Address).HasMaxLength(TextLimits.Address);
        b.Property(o => o.ContactName).HasMaxLength(TextLimits.PersonName);
        b.Property(o => o.ContactEmail).HasMaxLength(TextLimits.Email);
        b.Property(o => o.Version).IsConcurrencyToken();
        // Who saved it last, stamped by the versioning interceptor, named in the conflict message.
        b.Property<string?>(VersioningInterceptor.LastChangedByProperty).HasMaxLength(200);
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
        b.Property(r => r.Name).HasMaxLength(TextLimits.PersonName).IsRequired();
        b.Property(r => r.Position).HasMaxLength(TextLimits.RepresentativePosition);
        b.Property(r => r.Email).HasMaxLength(TextLimits.Email);
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
