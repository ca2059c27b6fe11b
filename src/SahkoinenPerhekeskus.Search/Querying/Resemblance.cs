using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// Pseudo-relevance feedback: how much other services resemble the best hits of a query, in their texts
/// ("more like this") and in the needs they serve. Orders the broader tiers and tops up short lists.
/// </summary>
internal sealed class Resemblance(LanguageAnalyzers analyzers, SearchTuning tuning)
{
    /// <summary>Resemblance in [0, 1] of every candidate document (under <paramref name="filter"/>) to <paramref name="seeds"/>, best first.</summary>
    public Dictionary<int, float> To(IndexSearcher searcher, IReadOnlyList<int> seeds, Filter? filter)
    {
        var text = TextScores(searcher, seeds, filter);
        var needWeights = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var rank = 0; rank < seeds.Count; rank++)
        {
            foreach (var need in Needs(searcher.IndexReader, seeds[rank]))
            {
                needWeights[need] = needWeights.GetValueOrDefault(need) + (1f / (rank + 1));
            }
        }

        var needTotal = needWeights.Values.Sum();
        var candidates = text.Keys.Union(DocsWithAnyNeed(searcher, needWeights.Keys, filter)).Where(d => !seeds.Contains(d));
        var textBest = text.Count == 0 ? 1f : text.Values.Max();
        var result = new Dictionary<int, float>();
        foreach (var doc in candidates)
        {
            var needShare = needTotal == 0 ? 0 : Needs(searcher.IndexReader, doc).Sum(n => needWeights.GetValueOrDefault(n)) / needTotal;
            var textShare = text.GetValueOrDefault(doc) / textBest;
            result[doc] = (tuning.TextResemblanceShare * textShare) + ((1 - tuning.TextResemblanceShare) * needShare);
        }

        return result;
    }

    private Dictionary<int, float> TextScores(IndexSearcher searcher, IReadOnlyList<int> seeds, Filter? filter)
    {
        var like = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzers.Index,
            FieldNames = FieldNames.Languages.SelectMany(l => new[] { FieldNames.Name(l), FieldNames.Summary(l), FieldNames.Body(l) }).ToArray(),
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 25,
        };
        var query = new BooleanQuery(disableCoord: true);
        foreach (var doc in seeds)
        {
            query.Add(like.Like(doc), Occur.SHOULD);
        }

        var collector = new HitCollector();
        searcher.Search(query, filter, collector);
        return collector.Hits.ToDictionary(h => h.Doc, h => h.Score);
    }

    private static List<int> DocsWithAnyNeed(IndexSearcher searcher, IEnumerable<string> needs, Filter? filter)
    {
        var query = new BooleanQuery();
        foreach (var need in needs)
        {
            query.Add(new TermQuery(new Term(FieldNames.Need, need)), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var collector = new HitCollector();
        searcher.Search(query, filter, collector);
        return collector.Hits.Select(h => h.Doc).ToList();
    }

    private static List<string> Needs(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetSortedSetDocValues(FieldNames.FacetValues(FieldNames.Need));
        var needs = new List<string>();
        if (values is null)
        {
            return needs;
        }

        values.SetDocument(doc - leaf.DocBase);
        var scratch = new BytesRef();
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            values.LookupOrd(ord, scratch);
            needs.Add(scratch.Utf8ToString());
        }

        return needs;
    }
}
