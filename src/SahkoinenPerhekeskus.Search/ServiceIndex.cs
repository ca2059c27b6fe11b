using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Analysis.Fallback;
using SahkoinenPerhekeskus.Search.Analysis.Voikko;
using SahkoinenPerhekeskus.Search.Indexing;
using SahkoinenPerhekeskus.Search.Querying;

namespace SahkoinenPerhekeskus.Search;

/// <summary>The process-wide search index: Finnish through Voikko when available, one reused searcher.</summary>
public sealed class ServiceIndex : IServiceIndex
{
    private readonly SearchOptions options;
    private readonly LanguageAnalyzers analyzers;
    private readonly SearchDictionaries dictionaries;
    private readonly SearchTuning tuning;
    private readonly IndexStore store;
    private readonly Suggester suggester;

    // Swapped whole when the admin synonyms change: a search reads the field once, so it never sees half a set.
    private volatile Searching searching;

    public ServiceIndex(SearchOptions options, ILogger<ServiceIndex>? logger = null)
        : this(options, new SearchTuning(), logger)
    {
    }

    internal ServiceIndex(SearchOptions options, SearchTuning tuning, ILogger<ServiceIndex>? logger = null)
    {
        var log = (ILogger?)logger ?? NullLogger.Instance;
        this.options = options;
        this.tuning = tuning;
        dictionaries = SearchDictionaries.Load(options.ContentPath);
        analyzers = new LanguageAnalyzers(CreateMorphology(options, dictionaries, log), dictionaries.SwedishCompoundParts);
        var synonyms = new QuerySynonyms(analyzers, dictionaries);
        log.LogInformation(
            "Search analyser: {Analyser}; {Synonyms} synonym keys, {Compounds} fallback compound forms",
            analyzers.AnalyserName,
            synonyms.RuleCount,
            dictionaries.FinnishCompoundForms.Count);

        var similarity = new SearchSimilarity(tuning.Bm25K1, tuning.Bm25B);
        store = new IndexStore(options.IndexPath, analyzers.Index, similarity, analyzers.AnalyserName, dictionaries.IndexTimeHash, log);
        searching = new Searching(AdminSynonyms.None, CreateEngine(synonyms));
        suggester = new Suggester(analyzers);
    }

    public AdminSynonyms AdminSynonyms => searching.Synonyms;

    public IndexStatus Status => new(analyzers.AnalyserName, store.DocumentCount, store.Stamp);

    public SearchResults Search(SearchQuery query)
    {
        var engine = searching.Engine;
        return store.WithSearcher(s => engine.Search(s, query));
    }

    public void UseAdminSynonyms(AdminSynonyms synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        searching = new Searching(synonyms, CreateEngine(new QuerySynonyms(analyzers, dictionaries, synonyms.Rules)));
    }

    public IReadOnlyList<string> Suggest(string prefix, string uiLanguage, int max = 8) =>
        string.IsNullOrWhiteSpace(prefix) ? [] : store.WithSearcher(s => suggester.Suggest(s, prefix, uiLanguage, max));

    public void Upsert(SearchDocument document) => store.Upsert(document.Id, DocumentMapper.ToLucene(document));

    public void Delete(string id) => store.Delete(id);

    public void Rebuild(IEnumerable<SearchDocument> documents, IProgress<int>? progress = null, long position = 0) =>
        store.Rebuild(documents.Select(DocumentMapper.ToLucene), options.VersionStamp, progress, position);

    public long AppliedChange => store.AppliedChange;

    public void Apply(IReadOnlyList<SearchDocument> upserts, IReadOnlyList<string> deletes, long position) =>
        store.Apply([.. upserts.Select(d => (d.Id, DocumentMapper.ToLucene(d)))], deletes, position);

    public bool NeedsRebuild(string expectedStamp) => store.NeedsRebuild(expectedStamp);

    internal LanguageAnalyzers Analyzers => analyzers;

    internal string Explain(SearchQuery query)
    {
        var engine = searching.Engine;
        return store.WithSearcher(s => engine.Explain(s, query));
    }

    public void Dispose()
    {
        store.Dispose();
        analyzers.Dispose();
    }

    private SearchEngine CreateEngine(QuerySynonyms synonyms) =>
        new(analyzers, new QueryTextAnalyzer(analyzers, synonyms, dictionaries), new QueryPlanner(new QueryBuilder(tuning), tuning), tuning);

    private static IWordMorphology CreateMorphology(SearchOptions options, SearchDictionaries dictionaries, ILogger log)
    {
        if (!options.DisableVoikko)
        {
            try
            {
                return new VoikkoMorphology(VoikkoPool.Create(options.VoikkoLibrary));
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or InvalidOperationException or BadImageFormatException)
            {
                log.LogWarning(e, "libvoikko unavailable ({Library}); Finnish search falls back to stemming and the compound dictionary", options.VoikkoLibrary);
            }
        }

        return new FallbackFinnishMorphology(dictionaries.FinnishCompoundForms);
    }

    private sealed record Searching(AdminSynonyms Synonyms, SearchEngine Engine);
}
