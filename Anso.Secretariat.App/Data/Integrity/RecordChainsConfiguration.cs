using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anso.Secretariat.App.Data.Integrity;

// The chains' columns are shadow properties: storage's proof of the record, not part of the domain's model.
// Nullable only for rows older than the chains, until the start-up backfill (ChainBackfill) links them.

public sealed class HistoryChainConfiguration : IEntityTypeConfiguration<ApplicationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ApplicationHistoryEntry> b)
    {
        b.Property<int?>(RecordChains.SequenceProperty);
        b.Property<string?>(RecordChains.PreviousHashProperty).HasMaxLength(RecordChains.HashLength);
        b.Property<string?>(RecordChains.HashProperty).HasMaxLength(RecordChains.HashLength);
        // One entry per place in an application's chain: two saves appending at once cannot both link to the same head.
        b.HasIndex(nameof(ApplicationHistoryEntry.ApplicationId), RecordChains.SequenceProperty).IsUnique();
    }
}

public sealed class DecisionChainConfiguration : IEntityTypeConfiguration<MinutesDecision>
{
    public void Configure(EntityTypeBuilder<MinutesDecision> b)
    {
        b.Property<int?>(RecordChains.SequenceProperty);
        b.Property<string?>(RecordChains.PreviousHashProperty).HasMaxLength(RecordChains.HashLength);
        b.Property<string?>(RecordChains.HashProperty).HasMaxLength(RecordChains.HashLength);
    }
}

public sealed class ApprovalChainConfiguration : IEntityTypeConfiguration<Minutes>
{
    public void Configure(EntityTypeBuilder<Minutes> b)
    {
        b.Property<string?>(RecordChains.ApprovalPreviousHashProperty).HasMaxLength(RecordChains.HashLength);
        b.Property<string?>(RecordChains.ApprovalHashProperty).HasMaxLength(RecordChains.HashLength);
    }
}
