namespace SahkoinenPerhekeskus.Search;

public sealed record SearchHit(string Id, string Slug, string Name, float Score, string? SnippetHtml);

public sealed record FacetCount(string Value, int Count);

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
    public static SearchResults Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), false, null);
}
