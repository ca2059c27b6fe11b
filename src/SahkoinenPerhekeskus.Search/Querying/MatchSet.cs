using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>The documents a filter query matches, as a bit set over the whole index, to narrow hit lists without re-running the text query.</summary>
internal static class MatchSet
{
    public static FixedBitSet Of(IndexSearcher searcher, Query query)
    {
        var bits = new FixedBitSet(searcher.IndexReader.MaxDoc);
        searcher.Search(new ConstantScoreQuery(query), new BitsCollector(bits));
        return bits;
    }

    /// <summary>The hits the query also matches, in their order; all of them when there is no query.</summary>
    public static List<ScoredDoc> Narrow(IndexSearcher searcher, IReadOnlyList<ScoredDoc> hits, Query? query)
    {
        if (query is null)
        {
            return [.. hits];
        }

        var bits = Of(searcher, query);
        return [.. hits.Where(h => bits.Get(h.Doc))];
    }

    private sealed class BitsCollector(FixedBitSet bits) : ICollector
    {
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => bits.Set(_docBase + doc);
    }
}
