using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SahkoinenPerhekeskus.Core.Catalogue.Changes;
using SahkoinenPerhekeskus.Core.Publishing;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Data;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>, IEntityTypeConfiguration<Area>, IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(x => x.Code).HasMaxLength(64);
        b.HasIndex(x => x.Code).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Area> b)
    {
        b.Property(x => x.Code).HasMaxLength(64);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasOne(x => x.Region).WithMany(x => x.Areas).HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.Property(x => x.Code).HasMaxLength(Municipality.CodeLength);
        b.Property(x => x.Slug).HasMaxLength(64);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasOne(x => x.Area).WithMany(x => x.Municipalities).HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<TaxonomyTerm>, IEntityTypeConfiguration<Organisation>, IEntityTypeConfiguration<ContentPage>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> b)
    {
        b.Property(x => x.Code).HasMaxLength(TaxonomyTerm.MaxCode);
        b.Property(x => x.ExternalId).HasMaxLength(64);
        b.HasIndex(x => new { x.Taxonomy, x.Code }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(x => x.Code).HasMaxLength(Service.MaxPublicId);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Url).HasMaxLength(ServiceChannel.MaxValue);
        b.Property(x => x.Email).HasMaxLength(254);
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<ContentPage> b)
    {
        b.Property(x => x.Slug).HasMaxLength(ContentPage.MaxSlug);
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasIndex(x => new { x.Kind, x.Status, x.PublishedAt });
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<ServiceType>, IEntityTypeConfiguration<Service>, IEntityTypeConfiguration<ServiceChannel>
{
    public void Configure(EntityTypeBuilder<ServiceType> b)
    {
        b.Property(x => x.Code).HasMaxLength(64);
        b.Property(x => x.Slug).HasMaxLength(Service.MaxSlug);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasMany(x => x.Needs).WithMany().UsingEntity("ServiceTypeNeeds");
        b.HasMany(x => x.AgeGroups).WithMany().UsingEntity("ServiceTypeAgeGroups");
    }

    public void Configure(EntityTypeBuilder<Service> b)
    {
        b.Property(x => x.PublicId).HasMaxLength(Service.MaxPublicId);
        b.Property(x => x.Slug).HasMaxLength(Service.MaxSlug);
        b.Property(x => x.ExternalId).HasMaxLength(64);
        b.HasIndex(x => x.PublicId).IsUnique();
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasIndex(x => new { x.Status, x.Urgency });
        b.HasIndex(x => x.ExternalId);
        b.HasOne(x => x.ServiceType).WithMany().HasForeignKey(x => x.ServiceTypeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Municipalities).WithMany().UsingEntity("ServiceMunicipalities");
        b.HasMany(x => x.Areas).WithMany().UsingEntity("ServiceAreas");
        b.HasMany(x => x.Needs).WithMany().UsingEntity("ServiceNeeds");
        b.HasMany(x => x.AgeGroups).WithMany().UsingEntity("ServiceAgeGroups");
        b.HasMany(x => x.Channels).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ServiceChannel> b)
    {
        b.Property(x => x.Value).HasMaxLength(ServiceChannel.MaxValue);
        b.Property(x => x.Street).HasMaxLength(200);
        b.Property(x => x.PostalCode).HasMaxLength(10);
        b.Property(x => x.City).HasMaxLength(100);
        b.HasMany(x => x.Hours).WithOne().HasForeignKey(x => x.ServiceChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CatalogueChangeConfiguration : IEntityTypeConfiguration<CatalogueChange>
{
    public void Configure(EntityTypeBuilder<CatalogueChange> b)
    {
        b.Property(x => x.ServicePublicId).HasMaxLength(Service.MaxPublicId);
        b.Property(x => x.Entity).HasMaxLength(CatalogueChange.MaxEntity);
        b.HasIndex(x => x.At);
    }
}
