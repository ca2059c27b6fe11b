using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Catalogue;

public enum ServiceCategory
{
    FamilyCentre = 0,
    SchoolWelfare = 1,
    MentalHealth = 2,
}

/// <summary>
/// A regional template such as "Lastenneuvola". Its shared description is shown with every local entry,
/// which is what keeps the tray uniform across municipalities (the analogue of PTV's general description).
/// </summary>
public class ServiceType
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Slug { get; set; }
    public ServiceCategory Category { get; set; }

    /// <summary>Core types are expected in every municipality; gaps in them are reported and filled on municipality pages.</summary>
    public bool IsCore { get; set; }
    public int SortOrder { get; set; }
    public LocalizedText Name { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    public int? MinMonths { get; set; }
    public int? MaxMonths { get; set; }
    public List<TaxonomyTerm> Needs { get; set; } = [];
    public List<TaxonomyTerm> AgeGroups { get; set; } = [];
    public DateTime UpdatedAt { get; set; }

    public AgeRange Ages => new(MinMonths, MaxMonths);
}
