using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anso.Secretariat.App.Data.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.CalendarToken).HasMaxLength(64);
        b.HasIndex(u => u.CalendarToken).IsUnique(); // the feed finds its user by the token
        b.Property(u => u.PreferredLanguage).HasMaxLength(16);
    }
}
