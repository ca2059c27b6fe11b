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

    /// <summary>
    /// Replaces the whole index and stamps it with <see cref="SearchOptions.VersionStamp"/> and the catalogue change
    /// <paramref name="position"/> it was read at.
    /// </summary>
    void Rebuild(IEnumerable<SearchDocument> documents, IProgress<int>? progress = null, long position = 0);

    /// <summary>The id of the last catalogue change the index holds (0 for none), read from its last commit.</summary>
    long AppliedChange { get; }

    /// <summary>Every live document's id and stored update time (Unix seconds), duplicates included: what `verify` compares with the database.</summary>
    IReadOnlyList<(string Id, long Updated)> StoredVersions();

    /// <summary>Replaces <paramref name="upserts"/>, removes <paramref name="deletes"/> and moves to <paramref name="position"/> in one commit.</summary>
    void Apply(IReadOnlyList<SearchDocument> upserts, IReadOnlyList<string> deletes, long position);

    /// <summary>The admin synonym set searches use now (<see cref="AdminSynonyms.None"/> until one is given).</summary>
    AdminSynonyms AdminSynonyms { get; }

    /// <summary>
    /// Searches from now on with the shipped synonym files plus <paramref name="synonyms"/>. Synonyms are expanded
    /// at query time, so nothing is reindexed; a search already running finishes with the set it started with.
    /// </summary>
    void UseAdminSynonyms(AdminSynonyms synonyms);

    /// <summary>
    /// True when the index directory is missing or unreadable, was written by another schema or analyser,
    /// or carries a stamp other than <paramref name="expectedStamp"/>.
    /// </summary>
    bool NeedsRebuild(string expectedStamp);
}
