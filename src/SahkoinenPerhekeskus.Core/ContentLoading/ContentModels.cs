namespace SahkoinenPerhekeskus.Core.ContentLoading;

// The shapes of the files in content/ (see content/README.md). Required members make a missing field
// a named error instead of a silent default.

public sealed record TextDto
{
    public required string Fi { get; init; }
    public string? Sv { get; init; }
    public string? En { get; init; }

    public LocalizedText ToText() => new(Fi, Sv, En);
}

public sealed record RegionFile
{
    public required string Code { get; init; }
    public required TextDto Name { get; init; }
    public required List<AreaDto> Areas { get; init; }
}

public sealed record AreaDto
{
    public required string Code { get; init; }
    public required TextDto Name { get; init; }
    public int SortOrder { get; init; }
    public required List<MunicipalityDto> Municipalities { get; init; }
}

public sealed record MunicipalityDto
{
    public required string Code { get; init; }
    public required string Slug { get; init; }
    public required TextDto Name { get; init; }
}

public sealed record TermDto
{
    public required string Code { get; init; }
    public required TextDto Name { get; init; }
    public TextDto? Description { get; init; }
    public int SortOrder { get; init; }
    public int? MinMonths { get; init; }
    public int? MaxMonths { get; init; }
}

public sealed record OrganisationDto
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required TextDto Name { get; init; }
    public TextDto? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public string? Municipality { get; init; }
}

public sealed record ServiceTypeDto
{
    public required string Code { get; init; }
    public required string Slug { get; init; }
    public required string Category { get; init; }
    public bool Core { get; init; }
    public int SortOrder { get; init; }
    public required TextDto Name { get; init; }
    public required TextDto Description { get; init; }
    public List<string> Needs { get; init; } = [];
    public List<string> AgeGroups { get; init; } = [];
    public int? MinMonths { get; init; }
    public int? MaxMonths { get; init; }
}

public sealed record ServiceDto
{
    public required string Id { get; init; }
    public string? Type { get; init; }
    public required string Organisation { get; init; }
    public required TextDto Name { get; init; }
    public TextDto? AlternateName { get; init; }
    public TextDto? Summary { get; init; }
    public TextDto? Description { get; init; }
    public required string Coverage { get; init; }
    public List<string> Municipalities { get; init; } = [];
    public List<string> Areas { get; init; } = [];
    public int? MinMonths { get; init; }
    public int? MaxMonths { get; init; }
    public bool Pregnancy { get; init; }
    public List<string> Needs { get; init; } = [];
    public List<string> AgeGroups { get; init; } = [];
    public bool NoReferral { get; init; }
    public TextDto? Referral { get; init; }
    public bool Free { get; init; }
    public TextDto? Cost { get; init; }
    public List<string> Languages { get; init; } = [];
    public string Urgency { get; init; } = "none";
    public List<ChannelDto> Channels { get; init; } = [];
    public string Status { get; init; } = "published";
    public DateOnly? Updated { get; init; }
    public DateOnly? ReviewBy { get; init; }
}

public sealed record ChannelDto
{
    public required string Kind { get; init; }
    public TextDto? Name { get; init; }
    public string? Number { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public string? Street { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public TextDto? Accessibility { get; init; }
    public List<HoursDto> Hours { get; init; } = [];
}

public sealed record HoursDto
{
    public required string Days { get; init; }
    public required string Opens { get; init; }
    public required string Closes { get; init; }
}
