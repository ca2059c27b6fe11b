using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SahkoinenPerhekeskus.Search.Querying;

internal readonly record struct ScoredDoc(int Doc, float Score);

/// <summary>
/// Collects every matching document with its score. We need all of them, not a top-N: the score floor and
/// the facet counts are computed over the whole match set.
/// </summary>
internal sealed class HitCollector : ICollector
{
    private readonly List<ScoredDoc> _hits = [];
    private Scorer? _scorer;
    private int _docBase;

    public IReadOnlyList<ScoredDoc> Hits => _hits;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => _hits.Add(new ScoredDoc(_docBase + doc, _scorer?.GetScore() ?? 0f));
}
