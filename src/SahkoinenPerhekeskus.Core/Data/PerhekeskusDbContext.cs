using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Catalogue.Changes;
using SahkoinenPerhekeskus.Core.Editorial;
using SahkoinenPerhekeskus.Core.Publishing;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Data;

/// <summary>
/// The catalogue: the only source of truth (the search index is derived from it). Provider-specific
/// subclasses exist only so that SQLite and PostgreSQL each keep their own migrations.
/// </summary>
public abstract class PerhekeskusDbContext(DbContextOptions options) : IdentityDbContext<EditorUser>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();
    public DbSet<ServiceType> ServiceTypes => Set<ServiceType>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<ServiceChannel> ServiceChannels => Set<ServiceChannel>();
    public DbSet<OpeningHours> OpeningHours => Set<OpeningHours>();
    public DbSet<ContentPage> Pages => Set<ContentPage>();
    public DbSet<ServiceVersion> ServiceVersions => Set<ServiceVersion>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ScheduledAction> ScheduledActions => Set<ScheduledAction>();
    public DbSet<MediaImage> MediaImages => Set<MediaImage>();
    public DbSet<SynonymEntry> Synonyms => Set<SynonymEntry>();
    public DbSet<CatalogueChange> CatalogueChanges => Set<CatalogueChange>();

    /// <summary>The key ring of cookies and antiforgery tokens, shared by every node (ADR 0015).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Who runs a once-per-deployment job (scheduled publishing) until when.</summary>
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    /// <summary>The clock the outbox rows are stamped with; the host sets it from its TimeProvider.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var recorded = RecordCatalogueChanges();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (recorded)
        {
            AfterCatalogueChangeAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var recorded = RecordCatalogueChanges();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (recorded)
        {
            await AfterCatalogueChangeAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>
    /// Called after a save that wrote change rows, on the same connection: PostgreSQL sends a NOTIFY so other
    /// nodes catch up at once (inside a transaction it is delivered at commit, and not at all on rollback).
    /// </summary>
    protected virtual Task AfterCatalogueChangeAsync(CancellationToken ct) => Task.CompletedTask;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PerhekeskusDbContext).Assembly);
    }

    /// <summary>The outbox rows go into the same SaveChanges, hence the same transaction, as the change itself.</summary>
    private bool RecordCatalogueChanges()
    {
        var changes = CatalogueChangeRecorder.Collect(ChangeTracker, Clock.GetUtcNow().UtcDateTime);
        CatalogueChanges.AddRange(changes);
        return changes.Count > 0;
    }
}
