namespace SahkoinenPerhekeskus.Search;

public enum SearchSort
{
    Relevance,
    Name,
}

/// <summary>
/// An age group as the search counts and filters it: its code and its months (null is open on that side).
/// A group with neither bound (parents) is no age: it stands for the services tagged with it.
/// </summary>
public sealed record AgeBand(string Code, int? MinMonths, int? MaxMonths);

/// <summary>
/// A search request. Age: a service matches when its [MinMonths, MaxMonths] range intersects
/// [AgeMonthsFrom, AgeMonthsTo]; a nine-year-old is 108..119. An age group is the same test with the group's
/// months. Several values within one facet are ORed; different facets and the age are ANDed.
/// </summary>
public sealed record SearchQuery
{
    public string? Text { get; init; }

    public string UiLanguage { get; init; } = "fi";

    /// <summary>Statistics Finland code; nationwide services always match.</summary>
    public string? MunicipalityCode { get; init; }

    public int? AgeMonthsFrom { get; init; }

    public int? AgeMonthsTo { get; init; }

    /// <summary>
    /// Every age group the "ageGroup" facet counts, with its months. The caller owns the taxonomy; without
    /// bands there is no age-group facet and a chosen <see cref="AgeGroups"/> code matches nothing.
    /// </summary>
    public IReadOnlyList<AgeBand> AgeBands { get; init; } = [];

    /// <summary>Codes of the chosen <see cref="AgeBands"/>.</summary>
    public IReadOnlyList<string> AgeGroups { get; init; } = [];

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
