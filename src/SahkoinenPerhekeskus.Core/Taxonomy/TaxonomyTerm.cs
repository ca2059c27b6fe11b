namespace SahkoinenPerhekeskus.Core.Taxonomy;

public enum TaxonomyKind
{
    Need = 0,
    AgeGroup = 1,
}

/// <summary>A term of the need (tarve) or age-group (ikä) taxonomy.</summary>
public class TaxonomyTerm
{
    public const int MaxCode = 64;

    public int Id { get; set; }
    public TaxonomyKind Taxonomy { get; set; }
    public required string Code { get; set; }
    public LocalizedText Name { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    public int SortOrder { get; set; }

    /// <summary>For age groups: the months the group covers. Both null for target groups such as parents.</summary>
    public int? MinMonths { get; set; }
    public int? MaxMonths { get; set; }

    /// <summary>The id of the term in an imported source (HSDS term id), so a re-import matches it.</summary>
    public string? ExternalId { get; set; }

    public AgeRange Ages => new(MinMonths, MaxMonths);
}
