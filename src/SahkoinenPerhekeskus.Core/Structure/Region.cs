namespace SahkoinenPerhekeskus.Core.Structure;

/// <summary>A wellbeing services county (hyvinvointialue).</summary>
public class Region
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public LocalizedText Name { get; set; } = new();
    public List<Area> Areas { get; set; } = [];
}

/// <summary>A family-centre area (perhekeskusalue) grouping municipalities.</summary>
public class Area
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public LocalizedText Name { get; set; } = new();
    public int SortOrder { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public List<Municipality> Municipalities { get; set; } = [];
}

/// <summary>A municipality, identified by its Statistics Finland code (e.g. "167" for Joensuu).</summary>
public class Municipality
{
    public const int CodeLength = 3;

    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Slug { get; set; }
    public LocalizedText Name { get; set; } = new();
    public int AreaId { get; set; }
    public Area? Area { get; set; }
}
