using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anso.Secretariat.App.Data.Configurations;

public sealed class ReviewPositionConfiguration : IEntityTypeConfiguration<ReviewPosition>
{
    public void Configure(EntityTypeBuilder<ReviewPosition> b)
    {
        b.HasIndex(p => new { p.MeetingId, p.ApplicationId, p.ReviewerId }).IsUnique(); // one position per member per application
        b.Property(p => p.ReviewerId).HasMaxLength(100).IsRequired();
        b.Property(p => p.ReviewerName).HasMaxLength(200).IsRequired();
        b.Property(p => p.Comment).HasMaxLength(TextLimits.ReviewComment);
        b.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MembershipApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.ReviewerOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
