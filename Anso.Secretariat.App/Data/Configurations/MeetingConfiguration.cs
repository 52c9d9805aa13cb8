using Anso.Secretariat.Domain.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anso.Secretariat.App.Data.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.HasIndex(m => new { m.Body, m.Number }).IsUnique();
        b.ComplexProperty(m => m.Venue, v =>
        {
            v.Property(x => x.Place).HasColumnName("VenuePlace").HasMaxLength(TextLimits.VenuePlace);
            v.Property(x => x.City).HasColumnName("VenueCity").HasMaxLength(TextLimits.VenueCity);
            v.Property(x => x.CountryCode).HasColumnName("VenueCountryCode").HasMaxLength(2);
        });
        b.Property(m => m.Chair).HasMaxLength(TextLimits.Chair);
        b.Property(m => m.TimeZoneId).HasMaxLength(60);
        b.Property(m => m.OnlineLink).HasMaxLength(500);
        // Co-chairs: a short list of names, stored as a JSON array in one column.
        b.PrimitiveCollection(m => m.CoChairs).HasField("_coChairs").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(m => m.Version).IsConcurrencyToken();
        // Who saved it last, stamped by the versioning interceptor, named in the conflict message.
        b.Property<string?>(VersioningInterceptor.LastChangedByProperty).HasMaxLength(200);

        b.HasMany(m => m.Participants).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(m => m.Agenda).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Agenda).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(m => m.AgendaRevisions).WithOne().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.AgendaRevisions).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.Ignore(m => m.HasBeenHeld);
        b.Ignore(m => m.Days);
        b.Ignore(m => m.ScheduledMinutes);
        b.Ignore(m => m.AgendaMinutes);
        b.Ignore(m => m.IsAgendaPublished);
        b.Ignore(m => m.CurrentRevision);
        b.Ignore(m => m.ApplicationsItem);
        b.Ignore(m => m.ConsidersApplications);
        b.Ignore(m => m.DefaultAttendance);
    }
}

public sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.ToTable("MeetingParticipants");
        b.Property(p => p.Name).HasMaxLength(TextLimits.PersonName).IsRequired();
        b.Property(p => p.Affiliation).HasMaxLength(TextLimits.ParticipantAffiliation);
        b.Property(p => p.Position).HasMaxLength(TextLimits.ParticipantPosition);
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(p => p.Attended);
    }
}

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("AgendaItems");
        b.Property(i => i.Title).HasMaxLength(TextLimits.AgendaItemTitle).IsRequired();
        b.Property(i => i.Presenter).HasMaxLength(TextLimits.Presenter);
        b.Property(i => i.Notes).HasMaxLength(TextLimits.AgendaItemNotes);
        b.HasMany(i => i.Papers).WithOne().HasForeignKey(p => p.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Papers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AgendaPaperConfiguration : IEntityTypeConfiguration<AgendaPaper>
{
    public void Configure(EntityTypeBuilder<AgendaPaper> b)
    {
        b.ToTable("AgendaPapers");
        b.Property(p => p.Title).HasMaxLength(TextLimits.PaperTitle).IsRequired();
        b.Property(p => p.FileName).HasMaxLength(TextLimits.FileName);
        b.Property(p => p.ContentType).HasMaxLength(100);
        b.Property(p => p.StoredName).HasMaxLength(100);
        b.Property(p => p.AddedBy).HasMaxLength(200).IsRequired();
        b.Ignore(p => p.HasFile);
    }
}

public sealed class AgendaRevisionConfiguration : IEntityTypeConfiguration<AgendaRevision>
{
    /// <summary>Public because the compiled models (Data/CompiledModels) call the converter's lambdas, which read it.</summary>
    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<AgendaRevision> b)
    {
        b.ToTable("AgendaRevisions");
        b.HasIndex(r => new { r.MeetingId, r.Number }).IsUnique();
        b.Property(r => r.By).HasMaxLength(200).IsRequired();
        b.Property(r => r.Change).HasMaxLength(1000).IsRequired();
        // The numbered items as they stood: written once, read whole, never queried into.
        b.Property(r => r.Items)
            .HasConversion(
                items => JsonSerializer.Serialize(items, Json),
                text => JsonSerializer.Deserialize<List<AgendaItemSnapshot>>(text, Json) ?? new List<AgendaItemSnapshot>(),
                new ValueComparer<IReadOnlyList<AgendaItemSnapshot>>(
                    (x, y) => ReferenceEquals(x, y) || (x != null && y != null && x.SequenceEqual(y)),
                    items => items.Count,
                    items => items))
            .HasColumnName("ItemsJson")
            .IsRequired();
    }
}
