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
    private readonly SearchOptions _options;
    private readonly LanguageAnalyzers _analyzers;
    private readonly SearchDictionaries _dictionaries;
    private readonly SearchTuning _tuning;
    private readonly IndexStore _store;
    private readonly Suggester _suggester;

    // Swapped whole when the admin synonyms change: a search reads the field once, so it never sees half a set.
    private volatile Searching _searching;
    private readonly SituationVocabulary _situations;

    public ServiceIndex(SearchOptions options, ILogger<ServiceIndex>? logger = null)
        : this(options, new SearchTuning(), logger)
    {
    }

    internal ServiceIndex(SearchOptions options, SearchTuning tuning, ILogger<ServiceIndex>? logger = null)
    {
        var log = (ILogger?)logger ?? NullLogger.Instance;
        _options = options;
        _tuning = tuning;
        _dictionaries = SearchDictionaries.Load(options.ContentPath);
        _analyzers = new LanguageAnalyzers(CreateMorphology(options, _dictionaries, log), _dictionaries.SwedishCompoundParts);
        var synonyms = new QuerySynonyms(_analyzers, _dictionaries);
        // Phrases are analysed with the shipped synonyms only: an admin rule must not change what a phrase means.
        _situations = SituationVocabulary.Load(options.ContentPath, new QueryTextAnalyzer(_analyzers, synonyms, _dictionaries).Analyze);
        log.AnalyserReady(_analyzers.AnalyserName, synonyms.RuleCount, _dictionaries.FinnishCompoundForms.Count);

        var similarity = new SearchSimilarity(tuning.Bm25K1, tuning.Bm25B);
        _store = new IndexStore(options.IndexPath, _analyzers.Index, similarity, _analyzers.AnalyserName, _dictionaries.IndexTimeHash, log);
        _searching = new Searching(AdminSynonyms.None, CreateEngine(synonyms));
        _suggester = new Suggester(_analyzers);
    }

    public AdminSynonyms AdminSynonyms => _searching.Synonyms;

    public IndexStatus Status => new(_analyzers.AnalyserName, _store.DocumentCount, _store.Stamp);

    public IReadOnlyList<(string Id, long Updated)> StoredVersions() => _store.StoredVersions();

    public SearchResults Search(SearchQuery query)
    {
        var engine = _searching.Engine;
        return _store.WithSearcher(s => engine.Search(s, query));
    }

    public void UseAdminSynonyms(AdminSynonyms synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        _searching = new Searching(synonyms, CreateEngine(new QuerySynonyms(_analyzers, _dictionaries, synonyms.Rules)));
    }

    public IReadOnlyList<string> Suggest(string prefix, string uiLanguage, int max = 8) =>
        string.IsNullOrWhiteSpace(prefix) ? [] : _store.WithSearcher(s => _suggester.Suggest(s, prefix, uiLanguage, max));

    public void Upsert(SearchDocument document) => _store.Upsert(document.Id, DocumentMapper.ToLucene(document));

    public void Delete(string id) => _store.Delete(id);

    public void Rebuild(IEnumerable<SearchDocument> documents, IProgress<int>? progress = null, long position = 0) =>
        _store.Rebuild(documents.Select(DocumentMapper.ToLucene), _options.VersionStamp, progress, position);

    public long AppliedChange => _store.AppliedChange;

    public void Apply(IReadOnlyList<SearchDocument> upserts, IReadOnlyList<string> deletes, long position) =>
        _store.Apply([.. upserts.Select(d => (d.Id, DocumentMapper.ToLucene(d)))], deletes, position);

    public bool NeedsRebuild(string expectedStamp) => _store.NeedsRebuild(expectedStamp);

    internal LanguageAnalyzers Analyzers => _analyzers;

    internal string Explain(SearchQuery query)
    {
        var engine = _searching.Engine;
        return _store.WithSearcher(s => engine.Explain(s, query));
    }

    public void Dispose()
    {
        _store.Dispose();
        _analyzers.Dispose();
    }

    private SearchEngine CreateEngine(QuerySynonyms synonyms)
    {
        var text = new QueryTextAnalyzer(_analyzers, synonyms, _dictionaries);
        return new(_analyzers, text, new QueryPlanner(new QueryBuilder(_tuning), _tuning, _situations), _tuning, _situations);
    }

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
                log.VoikkoUnavailable(e, options.VoikkoLibrary);
            }
        }

        return new FallbackFinnishMorphology(dictionaries.FinnishCompoundForms);
    }

    private sealed record Searching(AdminSynonyms Synonyms, SearchEngine Engine);
}
