using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Core.Editorial;

internal sealed class EditorialConfiguration :
    IEntityTypeConfiguration<ServiceVersion>, IEntityTypeConfiguration<AuditEntry>, IEntityTypeConfiguration<ScheduledAction>,
    IEntityTypeConfiguration<MediaImage>, IEntityTypeConfiguration<SynonymEntry>, IEntityTypeConfiguration<EditorUser>, IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<ServiceVersion> b)
    {
        b.Property(x => x.ActorId).HasMaxLength(450);
        b.Property(x => x.ActorName).HasMaxLength(ServiceVersion.MaxActorName);
        b.Property(x => x.Note).HasMaxLength(ServiceVersion.MaxNote);
        b.HasIndex(x => new { x.ServiceId, x.Number }).IsUnique();
        b.HasOne<Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.ActorId).HasMaxLength(450);
        b.Property(x => x.ActorName).HasMaxLength(ServiceVersion.MaxActorName);
        b.Property(x => x.Action).HasMaxLength(AuditEntry.MaxAction);
        b.Property(x => x.EntityType).HasMaxLength(AuditEntry.MaxEntityType);
        b.Property(x => x.EntityId).HasMaxLength(AuditEntry.MaxEntityId);
        b.Property(x => x.Summary).HasMaxLength(AuditEntry.MaxSummary);
        b.Property(x => x.ScopeMunicipalities).HasMaxLength(AuditEntry.MaxCodes);
        b.Ignore(x => x.Scope);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
    }

    public void Configure(EntityTypeBuilder<ScheduledAction> b)
    {
        b.Property(x => x.ActorId).HasMaxLength(450);
        b.Property(x => x.ActorName).HasMaxLength(ServiceVersion.MaxActorName);
        b.HasIndex(x => x.DueAt);
        b.HasOne<Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<MediaImage> b)
    {
        b.Property(x => x.Key).HasMaxLength(MediaImage.KeyLength);
        b.Property(x => x.ActorName).HasMaxLength(ServiceVersion.MaxActorName);
        b.HasIndex(x => x.Key).IsUnique();
        b.HasOne<Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SynonymEntry> b)
    {
        b.Property(x => x.Language).HasMaxLength(2);
        b.Property(x => x.Rule).HasMaxLength(SynonymEntry.MaxRule);
        b.HasIndex(x => x.Language);
    }

    public void Configure(EntityTypeBuilder<EditorUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(EditorUser.MaxDisplayName);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }

    // The roles are data every installation needs; seeding them here keeps both providers in step.
    public void Configure(EntityTypeBuilder<IdentityRole> b) =>
        b.HasData(EditorRoles.All.Select(role => new IdentityRole
        {
            Id = EditorRoles.IdOf(role),
            Name = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = EditorRoles.IdOf(role),
        }));
}
