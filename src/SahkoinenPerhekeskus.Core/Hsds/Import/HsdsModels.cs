using System.Text.Json.Serialization;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

// The parts of Open Referral HSDS 3.0 that the tray uses. Everything is optional and lists may be null,
// because real feeds omit fields freely; the validator decides what is required. Unknown fields are ignored.

public sealed record HsdsTaxonomy
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}

public sealed record HsdsTaxonomyTerm
{
    public string? Id { get; init; }
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Taxonomy { get; init; }
    public string? TaxonomyId { get; init; }
    public HsdsTaxonomy? TaxonomyDetail { get; init; }
    public string? Language { get; init; }
}

public sealed record HsdsOrganization
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }

    /// <summary>HSDS 2.0 called the website "url"; older feeds still send it.</summary>
    public string? Url { get; init; }
    public string? LegalStatus { get; init; }

    /// <summary>Read for the tray's own profile attributes (public id, translations); others are ignored.</summary>
    public List<HsdsAttribute>? Attributes { get; init; }
}

public sealed record HsdsService
{
    public string? Id { get; init; }
    public string? OrganizationId { get; init; }
    public HsdsOrganization? Organization { get; init; }
    public string? Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public string? Status { get; init; }
    public string? InterpretationServices { get; init; }
    public string? ApplicationProcess { get; init; }
    public string? FeesDescription { get; init; }
    public string? EligibilityDescription { get; init; }
    public decimal? MinimumAge { get; init; }
    public decimal? MaximumAge { get; init; }
    public string? LastModified { get; init; }
    public List<HsdsPhone>? Phones { get; init; }
    public List<HsdsSchedule>? Schedules { get; init; }
    public List<HsdsServiceArea>? ServiceAreas { get; init; }
    public List<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }
    public List<HsdsLanguage>? Languages { get; init; }
    public List<HsdsCostOption>? CostOptions { get; init; }
    public List<HsdsAttribute>? Attributes { get; init; }
}

public sealed record HsdsPhone
{
    public string? Number { get; init; }
    public string? Extension { get; init; }
    public string? Type { get; init; }
    public string? Description { get; init; }

    /// <summary>Not in the 3.0 phone schema, but some feeds nest a line's hours here; used when present.</summary>
    public List<HsdsSchedule>? Schedules { get; init; }
}

public sealed record HsdsSchedule
{
    public string? LocationId { get; init; }
    public string? ServiceAtLocationId { get; init; }
    public string? Freq { get; init; }
    public int? Interval { get; init; }
    public string? Byday { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
    public string? Description { get; init; }
}

public sealed record HsdsServiceArea
{
    public string? Name { get; init; }
    public string? Extent { get; init; }
    public string? ExtentType { get; init; }
    public string? Uri { get; init; }
}

public sealed record HsdsServiceAtLocation
{
    public string? Id { get; init; }
    public string? LocationId { get; init; }
    public HsdsLocation? Location { get; init; }
    public List<HsdsSchedule>? Schedules { get; init; }
    public List<HsdsPhone>? Phones { get; init; }
}

public sealed record HsdsLocation
{
    public string? Id { get; init; }
    public string? LocationType { get; init; }
    public string? Name { get; init; }
    public string? Url { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public List<HsdsAddress>? Addresses { get; init; }
    public List<HsdsAccessibility>? Accessibility { get; init; }
    public List<HsdsSchedule>? Schedules { get; init; }
    public List<HsdsPhone>? Phones { get; init; }

    /// <summary>Read for the profile's channel_kind of a virtual location.</summary>
    public List<HsdsAttribute>? Attributes { get; init; }
}

public sealed record HsdsAddress
{
    [JsonPropertyName("address_1")]
    public string? Address1 { get; init; }
    public string? City { get; init; }
    public string? PostalCode { get; init; }
    public string? AddressType { get; init; }
}

public sealed record HsdsAccessibility
{
    public string? Description { get; init; }
    public string? Details { get; init; }
}

public sealed record HsdsLanguage
{
    public string? Code { get; init; }
    public string? Name { get; init; }
}

public sealed record HsdsCostOption
{
    public string? Option { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public string? AmountDescription { get; init; }
}

[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "HSDS 3.0 names this entity \"attribute\".")]
public sealed record HsdsAttribute
{
    public string? LinkType { get; init; }
    public string? TaxonomyTermId { get; init; }
    public string? Value { get; init; }
    public HsdsTaxonomyTerm? TaxonomyTerm { get; init; }
}

/// <summary>Source-generated (de)serialisation: no reflection per record, which matters for a 200 MB file.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    MaxDepth = HsdsJsonStream.MaxDepth)]
[JsonSerializable(typeof(HsdsTaxonomy))]
[JsonSerializable(typeof(HsdsTaxonomyTerm))]
[JsonSerializable(typeof(HsdsOrganization))]
[JsonSerializable(typeof(HsdsService))]
internal sealed partial class HsdsJsonContext : JsonSerializerContext;
