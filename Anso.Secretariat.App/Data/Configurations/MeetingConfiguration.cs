using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anso.Secretariat.App.Data.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.HasIndex(m => new { m.Body, m.Number }).IsUnique();
        b.ComplexProperty(m => m.Venue, v =>
        {
            v.Property(x => x.Place).HasColumnName("VenuePlace").HasMaxLength(200);
            v.Property(x => x.City).HasColumnName("VenueCity").HasMaxLength(100);
            v.Property(x => x.CountryCode).HasColumnName("VenueCountryCode").HasMaxLength(2);
        });
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Ignore(m => m.Title);
        b.Ignore(m => m.ShortName);
        b.Ignore(m => m.HasBeenHeld);
        b.Ignore(m => m.Dates);
    }
}
