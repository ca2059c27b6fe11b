namespace SahkoinenPerhekeskus.Search;

public enum SearchSort
{
    Relevance,
    Name,
}

/// <summary>
/// A search request. Age: a service matches when its [MinMonths, MaxMonths] range intersects
/// [AgeMonthsFrom, AgeMonthsTo]; a nine-year-old is 108..119. Several values within one facet are ORed.
/// </summary>
public sealed record SearchQuery
{
    public string? Text { get; init; }

    public string UiLanguage { get; init; } = "fi";

    /// <summary>Statistics Finland code; nationwide services always match.</summary>
    public string? MunicipalityCode { get; init; }

    public int? AgeMonthsFrom { get; init; }

    public int? AgeMonthsTo { get; init; }

    public IReadOnlyList<string> Needs { get; init; } = [];

    public IReadOnlyList<string> Channels { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public bool FreeOnly { get; init; }

    public bool NoReferralOnly { get; init; }

    public string? Urgency { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}
