using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Feedback;

/// <summary>The feedback and search-demand tables: nothing in them points to a person (ADR 0008).</summary>
internal sealed class FeedbackConfiguration :
    IEntityTypeConfiguration<FeedbackEntry>,
    IEntityTypeConfiguration<SearchDayCount>,
    IEntityTypeConfiguration<SearchFilterDayCount>,
    IEntityTypeConfiguration<SearchTermDayCount>,
    IEntityTypeConfiguration<SearchTerm>
{
    public void Configure(EntityTypeBuilder<FeedbackEntry> b)
    {
        b.ToTable("FeedbackEntries");
        b.Property(x => x.TargetId).HasMaxLength(FeedbackEntry.MaxTargetId);
        b.Property(x => x.ServiceTypeCode).HasMaxLength(FeedbackEntry.MaxCode);
        b.Property(x => x.MunicipalityCode).HasMaxLength(Municipality.CodeLength);
        b.Property(x => x.AreaCode).HasMaxLength(FeedbackEntry.MaxCode);
        b.Property(x => x.Text).HasMaxLength(FeedbackEntry.MaxText);
        b.HasIndex(x => x.Day);
    }

    public void Configure(EntityTypeBuilder<SearchDayCount> b)
    {
        b.ToTable("SearchDays");
        b.HasKey(x => new { x.Day, x.MunicipalityCode });
        b.Property(x => x.MunicipalityCode).HasMaxLength(Municipality.CodeLength);
    }

    public void Configure(EntityTypeBuilder<SearchFilterDayCount> b)
    {
        b.ToTable("SearchFilterDays");
        b.HasKey(x => new { x.Day, x.MunicipalityCode, x.Filter, x.Code });
        b.Property(x => x.MunicipalityCode).HasMaxLength(Municipality.CodeLength);
        b.Property(x => x.Filter).HasMaxLength(16);
        b.Property(x => x.Code).HasMaxLength(SearchFilterDayCount.MaxCode);
    }

    public void Configure(EntityTypeBuilder<SearchTermDayCount> b)
    {
        b.ToTable("SearchTermDays");
        b.HasKey(x => new { x.Day, x.MunicipalityCode, x.TermHash });
        b.Property(x => x.TermHash).HasMaxLength(SearchTermDayCount.HashLength);
        b.Property(x => x.MunicipalityCode).HasMaxLength(Municipality.CodeLength);
        b.HasIndex(x => x.TermHash);
    }

    public void Configure(EntityTypeBuilder<SearchTerm> b)
    {
        b.ToTable("SearchTerms");
        b.HasKey(x => x.TermHash);
        b.Property(x => x.TermHash).HasMaxLength(SearchTermDayCount.HashLength);
        b.Property(x => x.Text).HasMaxLength(SearchTerm.MaxText);
    }
}
