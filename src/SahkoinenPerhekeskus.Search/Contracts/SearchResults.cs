namespace SahkoinenPerhekeskus.Search;

public sealed record SearchHit(string Id, string Slug, string Name, float Score, string? SnippetHtml);

public sealed record FacetCount(string Value, int Count);

/// <param name="Kind">"need" or "type".</param>
/// <param name="Code">The need's or service type's code.</param>
/// <param name="Name">Its name in the UI language.</param>
public sealed record RelatedTopic(string Kind, string Code, string Name);

/// <summary>
/// Facet keys: "municipality", "need", "ageGroup", "channel", "language", "free", "noReferral".
/// Each dimension is counted over the documents matching the text and every other active filter, so a count is
/// the total the same search returns with that value as the dimension's only choice. "ageGroup" counts the
/// query's <see cref="SearchQuery.AgeBands"/> by their months, as the filter does.
/// </summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    bool UsedFuzzy,
    string? DidYouMean)
{
    /// <summary>
    /// Needs and service types the query's words describe as a situation ("mun isä juo" → substances), in the
    /// UI language, strongest first: the results include their services, and the page says why.
    /// </summary>
    public IReadOnlyList<RelatedTopic> Topics { get; init; } = [];

    public static SearchResults Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), false, null);
}
