using System.Text.Json.Serialization;

namespace SahkoinenPerhekeskus.Core.Hsds.Export;

// The HSDS 3.0 objects the read API and the export write (docs/hsds-profile.md). Null members are left out, so
// a list item carries only its one-to-one fields and a full service its nested objects.

public sealed record HsdsOutService
{
    public required string Id { get; init; }
    public string? OrganizationId { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public required string Status { get; init; }
    public string? EligibilityDescription { get; init; }
    public string? FeesDescription { get; init; }
    public decimal? MinimumAge { get; init; }
    public decimal? MaximumAge { get; init; }
    public string? LastModified { get; init; }
    public HsdsOutOrganization? Organization { get; init; }
    public List<HsdsOutPhone>? Phones { get; init; }
    public List<HsdsOutSchedule>? Schedules { get; init; }
    public List<HsdsOutServiceArea>? ServiceAreas { get; init; }
    public List<HsdsOutServiceAtLocation>? ServiceAtLocations { get; init; }
    public List<HsdsOutLanguage>? Languages { get; init; }
    public List<HsdsOutAttribute>? Attributes { get; init; }
}

public sealed record HsdsOutOrganization
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public List<HsdsOutAttribute>? Attributes { get; init; }
}

public sealed record HsdsOutPhone
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public required string Number { get; init; }
    public string? Type { get; init; }
    public string? Description { get; init; }

    /// <summary>
    /// The line's own hours. Not a phone field in HSDS 3.0 (docs/hsds-profile.md): a profile extension, since a
    /// service schedule cannot say which line it belongs to; clients that do not know it ignore it.
    /// </summary>
    public List<HsdsOutSchedule>? Schedules { get; init; }
}

public sealed record HsdsOutSchedule
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? ServiceAtLocationId { get; init; }
    public string? Freq { get; init; }
    public string? Wkst { get; init; }
    public string? Byday { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public string? Description { get; init; }
}

public sealed record HsdsOutServiceArea
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Extent { get; init; }
    public string? ExtentType { get; init; }
    public string? Uri { get; init; }
}

public sealed record HsdsOutServiceAtLocation
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? LocationId { get; init; }
    public string? Description { get; init; }
    public List<HsdsOutSchedule>? Schedules { get; init; }
    public HsdsOutLocation? Location { get; init; }
}

public sealed record HsdsOutLocation
{
    public required string Id { get; init; }
    public required string LocationType { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public List<HsdsOutAddress>? Addresses { get; init; }
    public List<HsdsOutAccessibility>? Accessibility { get; init; }
    public List<HsdsOutAttribute>? Attributes { get; init; }
}

public sealed record HsdsOutAddress
{
    public required string Id { get; init; }
    public string? LocationId { get; init; }

    [JsonPropertyName("address_1")]
    public required string Address1 { get; init; }
    public required string City { get; init; }
    public required string StateProvince { get; init; }
    public required string PostalCode { get; init; }
    public required string Country { get; init; }
    public required string AddressType { get; init; }
}

public sealed record HsdsOutAccessibility
{
    public required string Id { get; init; }
    public string? LocationId { get; init; }
    public string? Description { get; init; }
}

public sealed record HsdsOutLanguage
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? Code { get; init; }
}

[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "HSDS 3.0 names this entity \"attribute\".")]
public sealed record HsdsOutAttribute
{
    public required string Id { get; init; }
    public string? LinkId { get; init; }
    public string? TaxonomyTermId { get; init; }
    public string? LinkType { get; init; }
    public string? LinkEntity { get; init; }
    public string? Value { get; init; }
    public HsdsOutTaxonomyTerm? TaxonomyTerm { get; init; }
}

public sealed record HsdsOutTaxonomyTerm
{
    public required string Id { get; init; }
    public string? Code { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Taxonomy { get; init; }
    public string? TaxonomyId { get; init; }
    public HsdsOutTaxonomy? TaxonomyDetail { get; init; }
    public string? Language { get; init; }
}

public sealed record HsdsOutTaxonomy
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Version { get; init; }
}

/// <summary>The paging envelope of the HSDS API (openapi.json components.schemas.Page, plus contents).</summary>
public sealed record HsdsPage<T>(
    int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

/// <summary>snake_case, nulls left out, source-generated so a 50,000-service export needs no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HsdsOutService))]
[JsonSerializable(typeof(HsdsOutOrganization))]
[JsonSerializable(typeof(HsdsOutTaxonomy))]
[JsonSerializable(typeof(HsdsOutTaxonomyTerm))]
[JsonSerializable(typeof(HsdsOutServiceAtLocation))]
[JsonSerializable(typeof(HsdsPage<HsdsOutService>))]
[JsonSerializable(typeof(HsdsPage<HsdsOutOrganization>))]
[JsonSerializable(typeof(HsdsPage<HsdsOutTaxonomy>))]
[JsonSerializable(typeof(HsdsPage<HsdsOutTaxonomyTerm>))]
[JsonSerializable(typeof(HsdsPage<HsdsOutServiceAtLocation>))]
public sealed partial class HsdsOutJsonContext : JsonSerializerContext;
