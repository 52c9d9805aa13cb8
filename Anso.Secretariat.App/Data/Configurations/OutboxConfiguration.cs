using Anso.Secretariat.App.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Anso.Secretariat.App.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        // Instants as UTC milliseconds: the sender compares and orders them, which every engine does on a number.
        b.Property(m => m.CreatedAt).HasConversion(Instants.AsUnixMilliseconds);
        b.Property(m => m.NextAttemptAt).HasConversion(Instants.AsUnixMilliseconds);
        b.Property(m => m.ClaimedAt).HasConversion(Instants.AsUnixMilliseconds);
        b.Property(m => m.SentAt).HasConversion(Instants.AsUnixMilliseconds);
        b.Property(m => m.To).HasMaxLength(320).IsRequired();
        b.Property(m => m.Subject).HasMaxLength(500).IsRequired();
        b.Property(m => m.Body).IsRequired();
        b.Property(m => m.OnceKey).HasMaxLength(200);
        b.Property(m => m.ClaimToken).HasMaxLength(40);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.HasIndex(m => m.OnceKey).IsUnique(); // a scheduled message is queued once
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt }); // the sender's "what is due"
        b.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(260).IsRequired();
        b.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
    }
}

public sealed class NotificationOptOutConfiguration : IEntityTypeConfiguration<NotificationOptOut>
{
    public void Configure(EntityTypeBuilder<NotificationOptOut> b)
    {
        b.Property(o => o.UserId).HasMaxLength(100).IsRequired();
        b.HasIndex(o => new { o.UserId, o.Kind }).IsUnique();
        b.HasOne<AppUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EmailTemplateConfiguration : IEntityTypeConfiguration<EmailTemplate>
{
    public void Configure(EntityTypeBuilder<EmailTemplate> b)
    {
        b.HasIndex(t => t.Kind).IsUnique();
        b.Property(t => t.Subject).HasMaxLength(500).IsRequired();
        b.Property(t => t.Body).HasMaxLength(8000).IsRequired();
    }
}

/// <summary>Instants stored as a number that sorts and compares the same on every engine.</summary>
public static class Instants
{
    public static readonly ValueConverter<DateTimeOffset, long> AsUnixMilliseconds =
        new(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
}
