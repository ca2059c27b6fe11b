using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Catalogue;

public enum OrganisationKind
{
    WellbeingCounty = 0,
    Municipality = 1,
    Ngo = 2,
    Parish = 3,
    National = 4,
}

/// <summary>A provider of services. Public pages name the organisation, never a person.</summary>
public class Organisation
{
    public int Id { get; set; }

    /// <summary>Stable public id (content id or HSDS organisation id).</summary>
    public required string Code { get; set; }
    public OrganisationKind Kind { get; set; }
    public LocalizedText Name { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    public string? Url { get; set; }
    public string? Email { get; set; }
    public int? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
}
