namespace SahkoinenPerhekeskus.Search;

public sealed record SearchHit(string Id, string Slug, string Name, float Score, string? SnippetHtml);

public sealed record FacetCount(string Value, int Count);

/// <summary>
/// Facet keys: "municipality", "need", "ageGroup", "channel", "language", "free", "noReferral".
/// Each dimension is counted over the documents matching the text and every other active filter.
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
