using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anso.Secretariat.App.Data.Configurations;

public sealed class MembershipApplicationConfiguration : IEntityTypeConfiguration<MembershipApplication>
{
    public void Configure(EntityTypeBuilder<MembershipApplication> b)
    {
        b.ToTable("Applications");
        b.Property(a => a.Summary).HasMaxLength(TextLimits.ApplicationSummary);
        b.Property(a => a.Recommendation).HasMaxLength(TextLimits.ApplicationRecommendation);
        b.Property(a => a.Version).IsConcurrencyToken();
        // Who saved it last, stamped by the versioning interceptor, named in the conflict message.
        b.Property<string?>(VersioningInterceptor.LastChangedByProperty).HasMaxLength(200);
        // ListIndexes: the list's orders (ApplicationService.Sorted) read these forwards or backwards, without a sort.
        b.HasIndex(a => new { a.ReceivedOn, a.Id });
        b.HasIndex(a => new { a.State, a.ReceivedOn, a.Id });
        b.HasOne(a => a.Organization).WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.ListedAtMeeting).WithMany().HasForeignKey(a => a.ListedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.EndorsedAtMeeting).WithMany().HasForeignKey(a => a.EndorsedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.DecidedAtMeeting).WithMany().HasForeignKey(a => a.DecidedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(a => a.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(a => a.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(a => a.IsOpen);
        b.Ignore(a => a.AllowedActions);
    }
}

public sealed class ApplicationHistoryEntryConfiguration : IEntityTypeConfiguration<ApplicationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ApplicationHistoryEntry> b)
    {
        b.ToTable("ApplicationHistory");
        b.Property(h => h.By).HasMaxLength(200).IsRequired();
        b.Property(h => h.Note).HasMaxLength(TextLimits.HistoryNote);
        b.HasOne(h => h.Meeting).WithMany().HasForeignKey(h => h.MeetingId).OnDelete(DeleteBehavior.Restrict);
        // The applications a meeting had on its list (the meeting filter), and the decisions it took on them (the decision
        // register counts and pages them by meeting and action): one covering index serves both (DecisionRegisterIndex).
        b.HasIndex(h => new { h.MeetingId, h.Action, h.ApplicationId });
    }
}

public sealed class SupportingDocumentConfiguration : IEntityTypeConfiguration<SupportingDocument>
{
    public void Configure(EntityTypeBuilder<SupportingDocument> b)
    {
        b.Property(d => d.FileName).HasMaxLength(TextLimits.FileName).IsRequired();
        b.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        b.Property(d => d.StoredName).HasMaxLength(100).IsRequired();
        b.Property(d => d.UploadedBy).HasMaxLength(200).IsRequired();
    }
}
