using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anso.Secretariat.App.Data.Configurations;

public sealed class MinutesConfiguration : IEntityTypeConfiguration<Minutes>
{
    public void Configure(EntityTypeBuilder<Minutes> b)
    {
        b.HasIndex(m => new { m.MeetingId, m.VersionNumber }).IsUnique();
        b.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Meeting>().WithMany().HasForeignKey(m => m.ApprovedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.ApprovedBy).HasMaxLength(TextLimits.MinutesApprovedBy);
        b.Property(m => m.CorrectionReason).HasMaxLength(TextLimits.CorrectionReason);
        b.Property(m => m.LastChangedBy).HasMaxLength(200);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MinutesId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(m => m.IsLocked);
    }
}

public sealed class MinutesItemConfiguration : IEntityTypeConfiguration<MinutesItem>
{
    public void Configure(EntityTypeBuilder<MinutesItem> b)
    {
        b.Property(i => i.Number).HasMaxLength(20);
        b.Property(i => i.Title).HasMaxLength(300);
        b.Property(i => i.Summary).HasMaxLength(TextLimits.MinutesSummary);
        b.HasMany(i => i.Decisions).WithOne().HasForeignKey(d => d.MinutesItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.ActionItems).WithOne().HasForeignKey(a => a.MinutesItemId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(i => i.ActionItems).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class MinutesDecisionConfiguration : IEntityTypeConfiguration<MinutesDecision>
{
    public void Configure(EntityTypeBuilder<MinutesDecision> b)
    {
        b.Property(d => d.Text).HasMaxLength(TextLimits.DecisionText);
        b.HasOne<MembershipApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        // DashboardAndRegisterIndexes: the decision register reads these without the rows' text. Its counts by outcome and
        // meeting (an item's decisions of one outcome), and its check that a history step is in its meeting's minutes (an
        // application's decisions and their items). Each also serves its foreign key.
        b.HasIndex(d => new { d.MinutesItemId, d.Outcome, d.ApplicationId });
        b.HasIndex(d => new { d.ApplicationId, d.MinutesItemId });
    }
}

public sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> b)
    {
        b.Property(a => a.What).HasMaxLength(TextLimits.ActionWhat);
        b.Property(a => a.Who).HasMaxLength(TextLimits.ActionWho);
    }
}

public sealed class ApprovedMinutesFileConfiguration : IEntityTypeConfiguration<ApprovedMinutesFile>
{
    public void Configure(EntityTypeBuilder<ApprovedMinutesFile> b)
    {
        b.HasIndex(f => f.MinutesId).IsUnique(); // signed once: one file per approved version
        b.HasIndex(f => new { f.MeetingId, f.VersionNumber });
        b.HasOne<Minutes>().WithMany().HasForeignKey(f => f.MinutesId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Meeting>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.StoredName).HasMaxLength(100);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.SignedBy).HasMaxLength(500);
    }
}
