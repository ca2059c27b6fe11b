namespace SahkoinenPerhekeskus.Search;

/// <summary>The searchable text of a service in one language.</summary>
/// <param name="Keywords">Extra text the caller adds: municipality and area names, need and age-group names, organisation name.</param>
public sealed record LocalizedSearchText(
    string? Name,
    string? AlternateName,
    string? Summary,
    string? Body,
    string? TypeName,
    string? Keywords);

/// <summary>A service as the search engine sees it. Built by the caller; the engine never touches Core entities.</summary>
public sealed record SearchDocument
{
    /// <summary>Public id (the HSDS id for imported services).</summary>
    public required string Id { get; init; }

    public required string Slug { get; init; }

    public string? ServiceTypeCode { get; init; }

    /// <summary>Keys "fi", "sv", "en"; only languages that have text.</summary>
    public required IReadOnlyDictionary<string, LocalizedSearchText> Texts { get; init; }

    public string PrimaryLanguage { get; init; } = "fi";

    public string? OrganisationName { get; init; }

    /// <summary>Already expanded: region and area services list every municipality code they serve.</summary>
    public IReadOnlyList<string> MunicipalityCodes { get; init; } = [];

    /// <summary>Matches every municipality.</summary>
    public bool Nationwide { get; init; }

    /// <summary>Age in months; pregnancy is negative (-9..-1); null means no lower bound.</summary>
    public int? MinMonths { get; init; }

    /// <summary>Age in months; null means no upper bound.</summary>
    public int? MaxMonths { get; init; }

    /// <summary>Need taxonomy codes.</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    public IReadOnlyList<string> AgeGroups { get; init; } = [];

    /// <summary>"visit", "phone", "chat", "eservice", "web", "email".</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>ISO 639-1 codes of the languages the service is delivered in.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public bool Free { get; init; }

    public bool NoReferral { get; init; }

    public string Urgency { get; init; } = "none";

    public DateTimeOffset Updated { get; init; }
}
