namespace SahkoinenPerhekeskus.Core.Catalogue.Changes;

/// <summary>What a change row asks the search index to re-read.</summary>
public enum CatalogueChangeKind
{
    /// <summary>One service: re-read it, index it when published, drop it otherwise.</summary>
    Service = 0,

    /// <summary>A service type, organisation, term, municipality or area: re-read every service that shows it.</summary>
    Structure = 1,

    /// <summary>The regional admin's synonym rules.</summary>
    Synonyms = 2,
}

/// <summary>
/// One row of the catalogue's outbox (ARCHITECTURE §6), written in the same SaveChanges as the change it describes,
/// so a committed change always has its row and a rolled-back one never does. Each node's search index applies the
/// rows after its last applied id (kept in the index's own commit), so every node follows every other.
/// </summary>
public sealed class CatalogueChange
{
    public const int MaxEntity = 32;

    public long Id { get; set; }

    public CatalogueChangeKind Kind { get; set; }

    /// <summary>The service's public id (also the index document id) for <see cref="CatalogueChangeKind.Service"/>.</summary>
    public string? ServicePublicId { get; set; }

    /// <summary>The service's row id, when the change was to one of its parts and the service itself was not loaded.</summary>
    public int? ServiceId { get; set; }

    /// <summary>For <see cref="CatalogueChangeKind.Structure"/>: "ServiceType", "Organisation", "TaxonomyTerm", "Municipality" or "Area".</summary>
    public string? Entity { get; set; }

    public int? EntityId { get; set; }

    public DateTime At { get; set; }
}
