namespace SahkoinenPerhekeskus.Search;

/// <param name="Analyser">"voikko" or "fallback".</param>
/// <param name="VersionStamp">The stamp stored in the last commit, null for an empty or unreadable index.</param>
public sealed record IndexStatus(string Analyser, int DocumentCount, string? VersionStamp);

/// <summary>The service search index. A thread-safe singleton: one writer and one reused searcher per process.</summary>
public interface IServiceIndex : IDisposable
{
    IndexStatus Status { get; }

    SearchResults Search(SearchQuery query);

    IReadOnlyList<string> Suggest(string prefix, string uiLanguage, int max = 8);

    /// <summary>Adds or replaces a document; it is searchable when this returns.</summary>
    void Upsert(SearchDocument document);

    void Delete(string id);

    /// <summary>Replaces the whole index and stamps it with <see cref="SearchOptions.VersionStamp"/>.</summary>
    void Rebuild(IEnumerable<SearchDocument> documents, IProgress<int>? progress = null);

    /// <summary>
    /// True when the index directory is missing or unreadable, was written by another schema or analyser,
    /// or carries a stamp other than <paramref name="expectedStamp"/>.
    /// </summary>
    bool NeedsRebuild(string expectedStamp);
}
