using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anso.Secretariat.App.Data.Configurations;

public sealed class DecisionTallyConfiguration : IEntityTypeConfiguration<DecisionTally>
{
    public void Configure(EntityTypeBuilder<DecisionTally> b)
    {
        b.ToTable("DecisionTallies");
        b.HasKey(t => new { t.MeetingId, t.Outcome });
        b.HasOne<Meeting>().WithMany().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
