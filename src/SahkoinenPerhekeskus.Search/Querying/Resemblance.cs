using System.Globalization;
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
    private readonly IndexReader _reader;
    private readonly SearchTuning _tuning;
    private readonly Dictionary<int, float> _text;
    private readonly float _textBest;
    private readonly Dictionary<string, float> _needWeights = new(StringComparer.Ordinal);
    private readonly float _needTotal;
    private readonly Dictionary<int, (SortedSetDocValues? Values, Dictionary<long, float> Weights)> _segments = [];
    private readonly HashSet<int> _seeds;
    private readonly List<int> _needNeighbours;

    private Resemblance(IndexSearcher searcher, IReadOnlyList<int> seedDocs, Filter? filter, LanguageAnalyzers analyzers, SearchTuning tuning)
    {
        _reader = searcher.IndexReader;
        _tuning = tuning;
        _seeds = [.. seedDocs];
        _text = TextScores(searcher, seedDocs, filter, analyzers);
        _textBest = _text.Count == 0 ? 1f : _text.Values.Max();
        for (var rank = 0; rank < seedDocs.Count; rank++)
        {
            foreach (var need in Needs(seedDocs[rank]))
            {
                _needWeights[need] = _needWeights.GetValueOrDefault(need) + (1f / (rank + 1));
            }
        }

        _needTotal = _needWeights.Values.Sum();
        _needNeighbours = NeedNeighbours(searcher, filter);
    }

    /// <param name="seeds">The best hits, best first.</param>
    public static Resemblance Of(IndexSearcher searcher, IReadOnlyList<int> seeds, Filter? filter, LanguageAnalyzers analyzers, SearchTuning tuning) =>
        new(searcher, seeds, filter, analyzers, tuning);

    /// <summary>Resemblance in [0, 1]: a mix of text similarity and the share of the seeds' needs the document serves.</summary>
    public float Score(int doc) =>
        (_tuning.TextResemblanceShare * _text.GetValueOrDefault(doc) / _textBest) + ((1 - _tuning.TextResemblanceShare) * NeedShare(doc));

    /// <summary>The services most like the seeds by text, rescored with needs (they passed the filter the seeds were found with).</summary>
    public IEnumerable<ScoredDoc> Candidates() =>
        _text.Keys.Union(_needNeighbours).Where(d => !_seeds.Contains(d)).Select(d => new ScoredDoc(d, Score(d)));

    private float NeedShare(int doc)
    {
        if (_needTotal == 0)
        {
            return 0;
        }

        var leaves = _reader.Leaves;
        var index = ReaderUtil.SubIndex(doc, leaves);
        if (!_segments.TryGetValue(index, out var segment))
        {
            // Map the seeds' need values to this segment's ordinals once, then each document is integer look-ups.
            var segmentValues = leaves[index].AtomicReader.GetSortedSetDocValues(FieldNames.FacetValues(FieldNames.Need));
            var segmentWeights = new Dictionary<long, float>();
            foreach (var (need, weight) in _needWeights)
            {
                var ord = segmentValues?.LookupTerm(new BytesRef(need)) ?? -1;
                if (ord >= 0)
                {
                    segmentWeights[ord] = weight;
                }
            }

            _segments[index] = segment = (segmentValues, segmentWeights);
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

        return sum / _needTotal;
    }

    private static Dictionary<int, float> TextScores(IndexSearcher searcher, IReadOnlyList<int> seeds, Filter? filter, LanguageAnalyzers analyzers)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var doc in seeds)
        {
            // Only the seed's own language: MoreLikeThis looks every word up in every listed field.
            var language = searcher.Doc(doc, new HashSet<string> { FieldNames.PrimaryLanguage }).Get(FieldNames.PrimaryLanguage, CultureInfo.InvariantCulture) ?? "fi";
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
        foreach (var (need, weight) in _needWeights)
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(FieldNames.Need, need))) { Boost = weight }, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? [] : searcher.Search(query, filter, TextCandidates).ScoreDocs.Select(h => h.Doc).ToList();
    }

    private List<string> Needs(int doc)
    {
        var leaves = _reader.Leaves;
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
