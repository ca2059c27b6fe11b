using SahkoinenPerhekeskus.Bench.Eval;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Bench.Systems;

/// <summary>SahkoinenPerhekeskus.Search with Voikko (or the fallback when asked), exactly as the site uses it.</summary>
public sealed class OurEngine(string contentPath, IReadOnlyDictionary<string, string> municipalityCodes, bool disableVoikko) : ISearchSystem
{
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "spk-relevance", Guid.NewGuid().ToString("N"));
    private ServiceIndex? index;

    public string Name => disableVoikko ? "ours (fallback, no Voikko)" : "ours (Voikko)";

    public ServiceIndex Engine => index ?? throw new InvalidOperationException("Index first");

    public void Index(IReadOnlyList<SearchDocument> documents)
    {
        index = new ServiceIndex(new SearchOptions { IndexPath = indexPath, ContentPath = contentPath, DisableVoikko = disableVoikko });
        index.Rebuild(documents);
    }

    public IReadOnlyList<string> Run(EvalQuery query, int limit) =>
        Engine.Search(query.ToSearchQuery(municipalityCodes, limit)).Items.Select(h => h.Id).ToList();

    public SearchResults Raw(EvalQuery query, int limit) => Engine.Search(query.ToSearchQuery(municipalityCodes, limit));

    public void Dispose()
    {
        index?.Dispose();
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }
}
