using SahkoinenPerhekeskus.Bench.Eval;
using SahkoinenPerhekeskus.Search;
using SahkoinenPerhekeskus.Search.Querying;

namespace SahkoinenPerhekeskus.Bench.Systems;

/// <summary>SahkoinenPerhekeskus.Search with Voikko (or the fallback when asked), exactly as the site uses it.</summary>
public sealed class OurEngine(string contentPath, IReadOnlyDictionary<string, string> municipalityCodes, bool disableVoikko, string? tuning = null) : ISearchSystem
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "spk-relevance", Guid.NewGuid().ToString("N"));
    private ServiceIndex? _index;

    public string Name => (disableVoikko ? "ours (fallback, no Voikko)" : "ours (Voikko)") + (tuning is null ? "" : $" [{tuning}]");

    public ServiceIndex Engine => _index ?? throw new InvalidOperationException("Index first");

    public void Index(IReadOnlyList<SearchDocument> documents)
    {
        _index = new ServiceIndex(new SearchOptions { IndexPath = _indexPath, ContentPath = contentPath, DisableVoikko = disableVoikko }, Tuning(tuning));
        _index.Rebuild(documents);
    }

    public IReadOnlyList<string> Run(EvalQuery query, int limit) =>
        Engine.Search(query.ToSearchQuery(municipalityCodes, limit)).Items.Select(h => h.Id).ToList();

    public SearchResults Raw(EvalQuery query, int limit) => Engine.Search(query.ToSearchQuery(municipalityCodes, limit));

    /// <summary>"ScoreFloor=0.1,FeedbackWeight=0" → a tuning record with those values (for experiments).</summary>
    private static SearchTuning Tuning(string? overrides)
    {
        var tuning = new SearchTuning();
        foreach (var pair in (overrides ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=')[1]);
            var property = typeof(SearchTuning).GetProperty(name) ?? throw new ArgumentException($"Unknown tuning {name}");
            property.SetValue(tuning, Convert.ChangeType(value, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        }

        return tuning;
    }

    public void Dispose()
    {
        _index?.Dispose();
        if (Directory.Exists(_indexPath))
        {
            Directory.Delete(_indexPath, recursive: true);
        }
    }
}
