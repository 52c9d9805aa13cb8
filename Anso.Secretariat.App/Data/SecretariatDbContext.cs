using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Data;

public class SecretariatDbContext(DbContextOptions<SecretariatDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MembershipApplication> Applications => Set<MembershipApplication>();
    public DbSet<ApplicationHistoryEntry> ApplicationHistory => Set<ApplicationHistoryEntry>();
    public DbSet<SupportingDocument> SupportingDocuments => Set<SupportingDocument>();
    public DbSet<ReviewPosition> ReviewPositions => Set<ReviewPosition>();
    public DbSet<Minutes> Minutes => Set<Minutes>();
    public DbSet<ApprovedMinutesFile> ApprovedMinutesFiles => Set<ApprovedMinutesFile>();
    public DbSet<Features.Notifications.OutboxMessage> Outbox => Set<Features.Notifications.OutboxMessage>();
    public DbSet<Features.Notifications.NotificationOptOut> NotificationOptOuts => Set<Features.Notifications.NotificationOptOut>();
    public DbSet<Features.Notifications.EmailTemplate> EmailTemplates => Set<Features.Notifications.EmailTemplate>();
    public DbSet<Features.Decisions.DecisionTally> DecisionTallies => Set<Features.Decisions.DecisionTally>();

    /// <summary>The key ring every instance shares (<see cref="SharedKeys"/>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Who makes the changes this context saves: the versioning interceptor stamps each changed aggregate with it, and
    /// the conflict message names it (<see cref="StaleSaves"/>).
    /// </summary>
    public string? ChangedBy { get; set; }

    /// <summary>
    /// Saves; a database still busy after the busy timeout, or a full or read-only disk, becomes a refusal for the user.
    /// A save that changes what the decision register counts also counts the meetings it touched again, in its
    /// transaction (<see cref="Features.Decisions.DecisionTallies"/>). A save that changes the register of members tells
    /// <see cref="Features.Members.MemberRegisterChanges"/>, so that it is rendered again ahead of requests.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var registerChanges = Features.Members.MemberRegisterChanges.AreIn(ChangeTracker);
        var saved = await SaveAndCountAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (registerChanges) Features.Members.MemberRegisterChanges.Tell();
        return saved;
    }

    private async Task<int> SaveAndCountAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        try
        {
            var touched = await Features.Decisions.DecisionTallies.TouchedByAsync(this, cancellationToken);
            if (touched.IsEmpty) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await using var own = Database.CurrentTransaction is null ? await this.BeginWriteAsync(cancellationToken) : null;
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await Features.Decisions.DecisionTallies.RefreshAsync(this, touched.MeetingIds(), cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return saved;
        }
        catch (Exception e) when (StorageFailures.IsStorageFailure(e))
        {
            throw StorageFailures.Describe(e)!;
        }
    }

    // Only the tests' fixtures save synchronously: the same path.
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SecretariatDbContext).Assembly);
        EngineDifferences.Apply(builder, Database);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Status and kinds are stored as text, so the database reads on its own and survives enum reordering.
        conventions.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        EngineDifferences.Apply(conventions, Database);
    }
}
