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
    private readonly List<ScoredDoc> hits = [];
    private Scorer? scorer;
    private int docBase;

    public IReadOnlyList<ScoredDoc> Hits => hits;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void Collect(int doc) => hits.Add(new ScoredDoc(docBase + doc, scorer?.GetScore() ?? 0f));
}
