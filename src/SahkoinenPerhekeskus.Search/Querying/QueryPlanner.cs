using System.Text.RegularExpressions;
using Lucene.Net.Search;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>What to run for a query, decided once and reused for the hits and every facet count.</summary>
/// <param name="StrongFilter">When set, hits must also match it: at least one word that is not too common.</param>
/// <param name="HighlightTerms">Index terms per language that the snippet builder marks.</param>
internal sealed record QueryPlan(
    Query Query,
    bool IsText,
    Query? StrongFilter,
    bool UsedFuzzy,
    string? DidYouMean,
    IReadOnlyDictionary<string, HashSet<string>> HighlightTerms)
{
    public static QueryPlan MatchAll { get; } = new(new MatchAllDocsQuery(), false, null, false, null, new Dictionary<string, HashSet<string>>());
}

/// <summary>
/// Decides how strictly to match. First every content word must match (a share of them for long queries);
/// with too few hits, words nothing matched get typo tolerance; with still too few, one more word may be
/// missing, but never a word the index has no trace of: dropping it would answer a different question
/// ("koiran rokotukset" is not a query about vaccinations in general).
/// </summary>
internal sealed class QueryPlanner(QueryBuilder builder, SearchTuning tuning)
{
    public QueryPlan Plan(IndexSearcher searcher, QueryText text, FilterSet filters)
    {
        var ui = text.UiLanguage;
        var words = text.Words;
        var clauses = words.Select(w => builder.WordClause(w, ui)).ToList();
        var support = clauses.Select(c => Count(searcher, c, null)).ToList();
        var size = searcher.IndexReader.NumDocs;
        var common = support.Select(s => size >= tuning.CommonWordMinimumIndexSize && s > tuning.CommonWordShare * size).ToList();

        // Filler words ("apua", "tietoa") only add score, unless the query has nothing else.
        var counts = words.Select(w => !w.Weak).ToList();
        if (!counts.Contains(true))
        {
            counts = words.Select(_ => true).ToList();
        }

        var required = builder.RequiredMatches(counts.Count(c => c));
        var strongFilter = StrongFilter(clauses, counts, common, required);
        var query = builder.Compose(text, clauses, counts, required);
        var hits = Count(searcher, query, filters.Combined(extra: strongFilter));
        var usedFuzzy = false;
        string? didYouMean = null;
        var highlight = HighlightTerms(text);

        var unmatched = Enumerable.Range(0, words.Count).Where(i => support[i] == 0).ToList();
        if (hits < tuning.FewHits && unmatched.Count > 0)
        {
            var corrections = new Dictionary<string, string>();
            var fuzzyClauses = clauses.ToList();
            foreach (var i in unmatched)
            {
                var seeds = Seeds(words[i], ui);
                fuzzyClauses[i] = builder.WordClause(words[i], ui, seeds);
                support[i] = Count(searcher, fuzzyClauses[i], null);
                var correction = SpellingCorrector.Correct(searcher.IndexReader, ui, seeds);
                if (correction is not null)
                {
                    corrections[words[i].Surface] = correction;
                    highlight[ui].Add(correction);
                }
            }

            var fuzzy = builder.Compose(text, fuzzyClauses, counts, required);
            var fuzzyHits = Count(searcher, fuzzy, filters.Combined(extra: strongFilter));
            if (fuzzyHits > hits)
            {
                (query, hits, clauses, usedFuzzy) = (fuzzy, fuzzyHits, fuzzyClauses, true);
                strongFilter = StrongFilter(clauses, counts, common, required);
                didYouMean = corrections.Count > 0 ? Replace(text.Raw, corrections) : null;
            }
        }

        if (hits < tuning.FewHits && required > 1 && support.All(s => s > 0))
        {
            var relaxed = builder.Compose(text, clauses, counts, required - 1);
            var relaxedFilter = StrongFilter(clauses, counts, common, required - 1);
            if (Count(searcher, relaxed, filters.Combined(extra: relaxedFilter)) > hits)
            {
                (query, strongFilter) = (relaxed, relaxedFilter);
            }
        }

        return new QueryPlan(query, true, strongFilter, usedFuzzy, didYouMean, highlight);
    }

    /// <summary>Needed only when the common words alone could satisfy the minimum.</summary>
    private static BooleanQuery? StrongFilter(List<Query> clauses, List<bool> counts, List<bool> common, int required)
    {
        var strong = Enumerable.Range(0, clauses.Count).Where(i => counts[i] && !common[i]).ToList();
        var commonCounted = Enumerable.Range(0, clauses.Count).Count(i => counts[i] && common[i]);
        if (strong.Count == 0 || commonCounted < required)
        {
            return null;
        }

        var any = new BooleanQuery();
        foreach (var i in strong)
        {
            any.Add(clauses[i], Occur.SHOULD);
        }

        any.MinimumNumberShouldMatch = 1;
        return any;
    }

    private static List<string> Seeds(QueryWord word, string ui) =>
        new[] { word.Surface }.Concat(word.WholeWordTerms(ui)).Where(s => s.Length > 0).Distinct().ToList();

    private static Dictionary<string, HashSet<string>> HighlightTerms(QueryText text) =>
        FieldNames.Languages.ToDictionary(
            l => l,
            l => text.Words.SelectMany(w => w.Readings.TryGetValue(l, out var terms) ? terms.Select(t => t.Text) : []).ToHashSet(StringComparer.Ordinal));

    private static string Replace(string raw, Dictionary<string, string> corrections)
    {
        var result = raw;
        foreach (var (surface, correction) in corrections)
        {
            result = Regex.Replace(result, $@"(?<!\w){Regex.Escape(surface)}(?!\w)", correction, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return result;
    }

    internal static int Count(IndexSearcher searcher, Query query, Filter? filter)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(query, filter, collector);
        return collector.TotalHits;
    }
}
