using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// Pseudo-relevance feedback: how much other services resemble the best hits of a query, in their texts
/// ("more like this") and in the needs they serve. Built once per search; orders the broader tiers and
/// tops up short result lists.
/// </summary>
internal sealed class Resemblance
{
    private const int TextCandidates = 200;
    private readonly IndexReader reader;
    private readonly SearchTuning tuning;
    private readonly Dictionary<int, float> text;
    private readonly float textBest;
    private readonly Dictionary<string, float> needWeights = new(StringComparer.Ordinal);
    private readonly float needTotal;
    private readonly Dictionary<int, (SortedSetDocValues? Values, Dictionary<long, float> Weights)> segments = [];
    private readonly HashSet<int> seeds;
    private readonly List<int> needNeighbours;

    private Resemblance(IndexSearcher searcher, IReadOnlyList<int> seedDocs, Filter? filter, LanguageAnalyzers analyzers, SearchTuning tuning)
    {
        reader = searcher.IndexReader;
        this.tuning = tuning;
        seeds = [.. seedDocs];
        text = TextScores(searcher, seedDocs, filter, analyzers);
        textBest = text.Count == 0 ? 1f : text.Values.Max();
        for (var rank = 0; rank < seedDocs.Count; rank++)
        {
            foreach (var need in Needs(seedDocs[rank]))
            {
                needWeights[need] = needWeights.GetValueOrDefault(need) + (1f / (rank + 1));
            }
        }

        needTotal = needWeights.Values.Sum();
        needNeighbours = NeedNeighbours(searcher, filter);
    }

    /// <param name="seeds">The best hits, best first.</param>
    public static Resemblance Of(IndexSearcher searcher, IReadOnlyList<int> seeds, Filter? filter, LanguageAnalyzers analyzers, SearchTuning tuning) =>
        new(searcher, seeds, filter, analyzers, tuning);

    /// <summary>Resemblance in [0, 1]: a mix of text similarity and the share of the seeds' needs the document serves.</summary>
    public float Score(int doc) =>
        (tuning.TextResemblanceShare * text.GetValueOrDefault(doc) / textBest) + ((1 - tuning.TextResemblanceShare) * NeedShare(doc));

    /// <summary>The services most like the seeds by text, rescored with needs (they passed the filter the seeds were found with).</summary>
    public IEnumerable<ScoredDoc> Candidates() =>
        text.Keys.Union(needNeighbours).Where(d => !seeds.Contains(d)).Select(d => new ScoredDoc(d, Score(d)));

    private float NeedShare(int doc)
    {
        if (needTotal == 0)
        {
            return 0;
        }

        var leaves = reader.Leaves;
        var index = ReaderUtil.SubIndex(doc, leaves);
        if (!segments.TryGetValue(index, out var segment))
        {
            // Map the seeds' need values to this segment's ordinals once, then each document is integer look-ups.
            var segmentValues = leaves[index].AtomicReader.GetSortedSetDocValues(FieldNames.FacetValues(FieldNames.Need));
            var segmentWeights = new Dictionary<long, float>();
            foreach (var (need, weight) in needWeights)
            {
                var ord = segmentValues?.LookupTerm(new BytesRef(need)) ?? -1;
                if (ord >= 0)
                {
                    segmentWeights[ord] = weight;
                }
            }

            segments[index] = segment = (segmentValues, segmentWeights);
        }

        var (values, weights) = segment;
        if (values is null)
        {
            return 0;
        }

        values.SetDocument(doc - leaves[index].DocBase);
        var sum = 0f;
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            sum += weights.GetValueOrDefault(ord);
        }

        return sum / needTotal;
    }

    private static Dictionary<int, float> TextScores(IndexSearcher searcher, IReadOnlyList<int> seeds, Filter? filter, LanguageAnalyzers analyzers)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var doc in seeds)
        {
            // Only the seed's own language: MoreLikeThis looks every word up in every listed field.
            var language = searcher.Doc(doc, new HashSet<string> { FieldNames.PrimaryLanguage }).Get(FieldNames.PrimaryLanguage) ?? "fi";
            var like = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = analyzers.Index,
                FieldNames = [FieldNames.Name(language), FieldNames.Summary(language), FieldNames.Body(language)],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MinWordLen = 3,
                MaxQueryTerms = 25,
            };
            query.Add(like.Like(doc), Occur.SHOULD);
        }

        var top = searcher.Search(query, filter, TextCandidates);
        return top.ScoreDocs.Where(h => !seeds.Contains(h.Doc)).ToDictionary(h => h.Doc, h => h.Score);
    }

    /// <summary>The services sharing the most (weighted) needs with the seeds.</summary>
    private List<int> NeedNeighbours(IndexSearcher searcher, Filter? filter)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (need, weight) in needWeights)
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(FieldNames.Need, need))) { Boost = weight }, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? [] : searcher.Search(query, filter, TextCandidates).ScoreDocs.Select(h => h.Doc).ToList();
    }

    private List<string> Needs(int doc)
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
