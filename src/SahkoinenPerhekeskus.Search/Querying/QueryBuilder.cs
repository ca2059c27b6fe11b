using Lucene.Net.Index;
using Lucene.Net.Search;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>How loosely a word may be matched.</summary>
internal enum MatchTier
{
    /// <summary>The word's own forms, sub-compounds, synonyms, or all of a compound's parts together.</summary>
    Strict,

    /// <summary>Also one specific part of a compound, or a derivation root ("ryhmä" for "isäryhmä").</summary>
    Broad,
}

/// <param name="Match">What counts as the word being present.</param>
/// <param name="ScoreOnly">Forms that add score but cannot make the word count as matched (very common parts).</param>
/// <param name="Support">Documents containing the most frequent of its forms: 0 means the index has no trace of the word.</param>
internal sealed record WordQuery(Query Match, Query? ScoreOnly, int Support);

/// <summary>
/// Builds Lucene queries from an analysed query. Each word becomes one DisjunctionMax clause over all its
/// readings in every language's fields, so "a word matched" is a unit the minimum-should-match rule can count.
/// </summary>
internal sealed class QueryBuilder(SearchTuning tuning)
{
    /// <param name="statistics">Which terms exist and which are common in the index being searched.</param>
    public WordQuery WordClause(QueryWord word, string uiLanguage, MatchTier tier, IndexStatistics statistics)
    {
        var match = new DisjunctionMaxQuery(tuning.TieBreaker);
        var scoreOnly = new DisjunctionMaxQuery(tuning.TieBreaker);
        var support = 0;
        foreach (var (language, terms) in word.Readings)
        {
            var languageWeight = language == uiLanguage ? 1f : tuning.OtherLanguageWeight;
            foreach (var term in terms)
            {
                var counts = term.IsStrict || (tier == MatchTier.Broad && !(term.IsPart && statistics.IsCommon(language, term.Text)));
                var frequency = AddFields(counts ? match : scoreOnly, statistics, language, term.Text, term.Weight * languageWeight);
                support = counts ? Math.Max(support, frequency) : support;
            }

            // "koulu ... kuraattori" in a text stands for "koulukuraattori".
            var parts = terms.Where(t => t.IsPart && !t.Expanded).Select(t => t.Text).ToList();
            if (parts.Count >= 2)
            {
                var together = new BooleanQuery(disableCoord: true) { Boost = tuning.AllPartsWeight * languageWeight };
                var rarest = int.MaxValue;
                foreach (var part in parts)
                {
                    var anyField = new DisjunctionMaxQuery(tuning.TieBreaker);
                    rarest = Math.Min(rarest, AddFields(anyField, statistics, language, part, 1f));
                    together.Add(anyField, Occur.MUST);
                }

                if (rarest > 0)
                {
                    match.Add(together);
                    support = Math.Max(support, 1);
                }
            }
        }

        return new WordQuery(match, scoreOnly.Disjuncts.Count > 0 ? scoreOnly : null, support);
    }

    /// <returns>The highest document frequency among the fields that have the term.</returns>
    private static int AddFields(DisjunctionMaxQuery target, IndexStatistics statistics, string language, string term, float weight)
    {
        var highest = 0;
        foreach (var (field, fieldBoost) in FieldNames.TextFields(language))
        {
            var frequency = statistics.DocFreq(field, term);
            if (frequency > 0)
            {
                target.Add(statistics.Query(field, term, weight * fieldBoost));
                highest = Math.Max(highest, frequency);
            }
        }

        return highest;
    }

    /// <summary>Short words get no typo tolerance: "isä" one edit away is "iso", "isi", "osä".</summary>
    public static int MaxEdits(string word) => word.Length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };

    /// <summary>
    /// The required words with a minimum number that must match; the other words, score-only forms, phrases
    /// and exact names only add score.
    /// </summary>
    public Query Compose(QueryText text, IReadOnlyList<WordQuery> words, IReadOnlyList<bool> required, int minimumMatches)
    {
        var mustMatch = new BooleanQuery(disableCoord: false);
        var root = new BooleanQuery(disableCoord: true) { { mustMatch, Occur.MUST } };
        for (var i = 0; i < words.Count; i++)
        {
            if (required[i])
            {
                mustMatch.Add(words[i].Match, Occur.SHOULD);
            }
            else
            {
                // Filler ("apua") must not lift "Apua eroon" above the services the rest of the query asks for.
                var match = (Query)words[i].Match.Clone();
                match.Boost *= text.Words[i].Weak ? tuning.FillerWeight : 1f;
                root.Add(match, Occur.SHOULD);
            }

            if (words[i].ScoreOnly is { } scoreOnly)
            {
                root.Add(scoreOnly, Occur.SHOULD);
            }
        }

        mustMatch.MinimumNumberShouldMatch = Math.Clamp(minimumMatches, 1, mustMatch.Clauses.Count);
        foreach (var boost in Boosts(text))
        {
            root.Add(boost, Occur.SHOULD);
        }

        return root;
    }

    /// <summary>
    /// The services a described situation points to: those with the need (a constant score), and those whose
    /// text names the service type (most of the type name's words, in any language).
    /// </summary>
    public Query? TopicClause(IReadOnlyList<TopicMatch> topics, SituationVocabulary vocabulary, string uiLanguage, IndexStatistics statistics)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var match in topics)
        {
            if (match.Topic.Kind == SituationTopic.NeedKind)
            {
                // The services with the need, ranked by how much their text is about it: a school nurse lists
                // mental health among many needs, a youth mental-health clinic is about little else.
                var need = new BooleanQuery(disableCoord: true) { Boost = match.Weight };
                need.Add(new ConstantScoreQuery(new TermQuery(new Term(FieldNames.Need, match.Topic.Code))) { Boost = tuning.SituationNeedWeight }, Occur.MUST);
                foreach (var word in vocabulary.NeedTexts(match.Topic.Code).SelectMany(t => t.Words).Where(w => !w.Weak))
                {
                    var clause = (Query)WordClause(word, uiLanguage, MatchTier.Strict, statistics).Match.Clone();
                    clause.Boost *= tuning.SituationNeedTextWeight;
                    need.Add(clause, Occur.SHOULD);
                }

                any.Add(need, Occur.SHOULD);
                continue;
            }

            var byName = new DisjunctionMaxQuery(0f) { Boost = match.Weight * tuning.SituationTypeWeight };
            foreach (var name in vocabulary.TypeNames(match.Topic.Code))
            {
                var words = name.Words.Where(w => !w.Weak).Select(w => WordClause(w, uiLanguage, MatchTier.Strict, statistics)).Where(w => w.Support > 0).ToList();
                var needed = (int)Math.Ceiling(name.Words.Count(w => !w.Weak) * tuning.SituationTypeNameShare);
                if (words.Count == 0 || words.Count < needed)
                {
                    continue;
                }

                var all = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = Math.Max(1, needed) };
                words.ForEach(w => all.Add(w.Match, Occur.SHOULD));
                byName.Add(all);
            }

            if (byName.Disjuncts.Count > 0)
            {
                any.Add(byName, Occur.SHOULD);
            }
        }

        return any.Clauses.Count == 0 ? null : any;
    }

    /// <summary>How many required words must match: all of one or two, otherwise the configured share.</summary>
    public int RequiredMatches(int requiredWords) =>
        requiredWords <= 2 ? requiredWords : (int)Math.Ceiling(requiredWords * tuning.MinimumShouldMatchShare);

    private IEnumerable<Query> Boosts(QueryText text)
    {
        yield return new TermQuery(new Term(FieldNames.NameKey, text.NameKey)) { Boost = tuning.ExactNameBoost };
        foreach (var word in text.Words.Where(w => w.Surface.Length > 0 && !w.Weak))
        {
            yield return new TermQuery(new Term(FieldNames.ExactName, word.Surface)) { Boost = tuning.ExactSurfaceNameBoost };
            yield return new TermQuery(new Term(FieldNames.ExactText, word.Surface)) { Boost = tuning.ExactSurfaceTextBoost };
        }

        if (text.Words.Count < 2)
        {
            yield break;
        }

        foreach (var language in FieldNames.Languages)
        {
            if (text.Words.Any(w => !w.WholeWordTerms(language).Any()))
            {
                continue;
            }

            var weight = language == text.UiLanguage ? 1f : tuning.OtherLanguageWeight;
            yield return Phrase(text, language, FieldNames.Name(language), slop: 2, tuning.NamePhraseBoost * weight);
            yield return Phrase(text, language, FieldNames.Body(language), slop: 3, tuning.BodyPhraseBoost * weight);
        }
    }

    private static MultiPhraseQuery Phrase(QueryText text, string language, string field, int slop, float boost)
    {
        var phrase = new MultiPhraseQuery { Slop = slop, Boost = boost };
        var first = text.Words[0].Position;
        foreach (var word in text.Words)
        {
            phrase.Add(word.WholeWordTerms(language).Select(t => new Term(field, t)).ToArray(), word.Position - first);
        }

        return phrase;
    }
}
