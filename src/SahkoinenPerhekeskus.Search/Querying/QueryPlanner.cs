using System.Text.RegularExpressions;
using Lucene.Net.Search;
using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>One group of results; later tiers only add documents the earlier ones did not have.</summary>
/// <param name="ByResemblance">
/// Rank by resemblance to the best earlier hits rather than by the query's own score: used when the tier
/// matched only words too common to tell services apart.
/// </param>
internal sealed record QueryTier(Query Query, bool ByResemblance = false);

/// <summary>What to run for a query, decided once and reused for the hits and every facet count.</summary>
/// <param name="Tiers">Queries whose results are listed one after the other: strict matches, then broader ones.</param>
/// <param name="HighlightTerms">Index terms per language that the snippet builder marks.</param>
internal sealed record QueryPlan(
    IReadOnlyList<QueryTier> Tiers,
    bool IsText,
    bool UsedFuzzy,
    string? DidYouMean,
    IReadOnlyDictionary<string, HashSet<string>> HighlightTerms,
    string Explanation = "",
    IReadOnlyList<TopicMatch>? Topics = null)
{
    public static QueryPlan MatchAll { get; } = new([new QueryTier(new MatchAllDocsQuery())], false, false, null, new Dictionary<string, HashSet<string>>());
}

/// <summary>
/// Decides how strictly to match. Words too common to say anything ("lapsi" in a family-services index) and
/// filler ("apua") only add score; the rest must match, a share of them for long queries. With too few
/// hits, words nothing matched get typo tolerance, and a second tier lists broader matches (one word fewer,
/// single compound parts) after the strict ones, but never when a word has no trace in the index at all:
/// dropping it would answer a different question ("koiran rokotukset" is not about vaccinations in general).
/// </summary>
internal sealed class QueryPlanner(QueryBuilder builder, SearchTuning tuning, SituationVocabulary situations)
{
    public QueryPlan Plan(IndexSearcher searcher, QueryText text, Filter? filter)
    {
        var ui = text.UiLanguage;
        var words = text.Words;
        var reader = searcher.IndexReader;
        var statistics = new IndexStatistics(reader, tuning);
        var size = statistics.Size;
        var strict = words.Select(w => builder.WordClause(w, ui, MatchTier.Strict, statistics)).ToList();
        var broad = words.Select(w => builder.WordClause(w, ui, MatchTier.Broad, statistics)).ToList();
        // Document frequencies, not counts: a lower bound of each word's matches, exact about "none".
        var strictSupport = strict.Select(w => w.Support).ToList();
        var broadSupport = broad.Select(w => w.Support).ToList();

        var required = RequiredWords(words, strictSupport, size);
        var sentenceLike = words.Count(w => !w.Weak) >= 3;
        var minimum = builder.RequiredMatches(required.Count(r => r));
        if (sentenceLike)
        {
            // Sentence-like queries carry incidental words ("polttaa", "kerron"); one the index has never
            // seen cannot be required. In short queries every word is essential.
            minimum = Math.Min(minimum, Math.Max(1, Enumerable.Range(0, words.Count).Count(i => required[i] && broadSupport[i] > 0)));
        }

        var tier1 = builder.Compose(text, strict, required, minimum);
        var hits = Count(searcher, tier1, filter, tuning.BroadenBelow);
        var highlight = HighlightTerms(text);
        var usedFuzzy = false;
        string? didYouMean = null;

        var unmatched = Enumerable.Range(0, words.Count).Where(i => strictSupport[i] == 0).ToList();
        if (hits < tuning.FewHits && unmatched.Count > 0)
        {
            // Typo tolerance: index terms a short edit away from the words nothing matched join their readings.
            var corrections = new Dictionary<string, string>();
            var (fuzzyStrict, fuzzyBroad) = (strict.ToList(), broad.ToList());
            foreach (var i in unmatched)
            {
                var candidates = SpellingCorrector.Candidates(reader, ui, Seeds(words[i], ui), tuning.FuzzyExpansions);
                if (candidates.Count == 0)
                {
                    continue;
                }

                var corrected = words[i].WithCorrections(ui, candidates.Select(c => new WeightedTerm(c.Term, TermKind.Fuzzy, tuning.FuzzyWeight / c.Distance)));
                fuzzyStrict[i] = builder.WordClause(corrected, ui, MatchTier.Strict, statistics);
                fuzzyBroad[i] = builder.WordClause(corrected, ui, MatchTier.Broad, statistics);
                corrections[words[i].Surface] = candidates[0].Term;
                highlight[ui].UnionWith(candidates.Select(c => c.Term));
            }

            var fuzzy = builder.Compose(text, fuzzyStrict, required, minimum);
            var fuzzyHits = corrections.Count == 0 ? 0 : Count(searcher, fuzzy, filter, tuning.BroadenBelow);
            if (fuzzyHits > hits)
            {
                (tier1, hits, strict, broad, usedFuzzy) = (fuzzy, fuzzyHits, fuzzyStrict, fuzzyBroad, true);
                foreach (var i in unmatched)
                {
                    broadSupport[i] = broad[i].Support;
                }

                didYouMean = Replace(text.Raw, corrections);
            }
        }

        var tiers = new List<QueryTier> { new(tier1) };
        var unknownWords = broadSupport.Any(s => s == 0);
        if (hits < tuning.BroadenBelow && (!unknownWords || sentenceLike))
        {
            // Second tier: compound parts, derivations, and one required word fewer.
            var tier2 = builder.Compose(text, broad, required, Math.Max(1, minimum - 1));
            var tier2Hits = Count(searcher, tier2, filter, tuning.BroadenBelow);
            if (tier2Hits > hits)
            {
                tiers.Add(new QueryTier(tier2));
            }

            // Third tier: any content word, even a common one, ordered by resemblance to the hits above.
            var anyWord = words.Select(w => !w.Weak || words.All(v => v.Weak)).ToList();
            var tier3 = builder.Compose(text, broad, anyWord, 1);
            if (Count(searcher, tier3, filter, tuning.BroadenBelow) > Math.Max(hits, tier2Hits))
            {
                tiers.Add(new QueryTier(tier3, ByResemblance: true));
            }
        }

        // A described situation ("mun isä juo") joins the first tier: its services rank by the words they share
        // with the query plus the topic's weight, so a service the words name still comes first.
        // (Measured on the tuning half: letting the situation only reorder a long list of word matches lost.)
        //
        // A word neither the index nor the vocabulary knows ("koiran rokotukset") may mean the query is about
        // something else: one shared word is then no situation, two or more still are. An age ("15v") is no such word.
        var foreign = Enumerable.Range(0, words.Count).Any(i => broadSupport[i] == 0 && !words[i].Weak && !words[i].Surface.Any(char.IsDigit) && !situations.Knows(words[i]));
        var topics = situations.Match(text, tuning.SituationWordEvidence, tuning.SituationWordWeight)
            .Where(t => !foreign || t.Words >= 2).ToList();
        if (topics.Count > 0 && builder.TopicClause(topics, situations, ui, statistics) is { } topicClause)
        {
            tiers[0] = new QueryTier(new BooleanQuery(disableCoord: true) { { tiers[0].Query, Occur.SHOULD }, { topicClause, Occur.SHOULD } });
        }

        var explanation = string.Join("; ", words.Select((w, i) =>
            $"{w.Surface}{(required[i] ? "" : w.Weak ? " (filler)" : " (common)")} strict={strictSupport[i]} broad={broadSupport[i]} [{string.Join(",", w.Readings.GetValueOrDefault(ui, []).Select(t => $"{t.Text}:{t.Kind}"))}]"))
            + $" | min={minimum} tier1={hits} tiers={tiers.Count}"
            + (topics.Count > 0 ? " | topics=" + string.Join(",", topics.Select(t => $"{t.Topic.Key}^{t.Weight:0.##}({t.Phrase})")) : "");
        return new QueryPlan(tiers, true, usedFuzzy, didYouMean, highlight, explanation, topics);
    }

    /// <summary>Which words must match: not filler and not too common; failing that, whatever there is.</summary>
    private List<bool> RequiredWords(IReadOnlyList<QueryWord> words, List<int> support, int size)
    {
        var common = support.Select(s => size >= tuning.CommonWordMinimumIndexSize && s > tuning.CommonWordShare * size).ToList();
        var strong = words.Select((w, i) => !w.Weak && !common[i]).ToList();
        if (strong.Contains(true))
        {
            return strong;
        }

        var notFiller = words.Select(w => !w.Weak).ToList();
        return notFiller.Contains(true) ? notFiller : words.Select(_ => true).ToList();
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

    /// <summary>Matches under the filter, counted up to <paramref name="enough"/> (the decisions above only need that).</summary>
    internal static int Count(IndexSearcher searcher, Query query, Filter? filter, int enough)
    {
        var collector = new CappedCounter(enough);
        searcher.Search(query, filter, collector);
        return collector.Count;
    }

    private sealed class CappedCounter(int cap) : ICollector
    {
        public int Count { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(Lucene.Net.Index.AtomicReaderContext context)
        {
            if (Count >= cap)
            {
                throw new CollectionTerminatedException();
            }
        }

        public void Collect(int doc)
        {
            if (++Count >= cap)
            {
                // IndexSearcher catches this and moves on to the next segment, which stops at once too.
                throw new CollectionTerminatedException();
            }
        }
    }
}
