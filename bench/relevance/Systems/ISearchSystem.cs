using SahkoinenPerhekeskus.Bench.Eval;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Bench.Systems;

/// <summary>A search implementation under test: index the corpus once, then answer queries with ranked service ids.</summary>
public interface ISearchSystem : IDisposable
{
    string Name { get; }

    void Index(IReadOnlyList<SearchDocument> documents);

    IReadOnlyList<string> Run(EvalQuery query, int limit);
}

public static class DocumentText
{
    /// <summary>Everything our engine can search, flattened for the single-field baselines.</summary>
    public static string Flatten(SearchDocument d) => string.Join("\n", d.Texts.Values.SelectMany(t =>
        new[] { t.Name, t.AlternateName, t.TypeName, t.Summary, t.Keywords, t.Body }).Where(s => !string.IsNullOrWhiteSpace(s)));
}
