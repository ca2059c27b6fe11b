using Lucene.Net.Index;
using Lucene.Net.Search;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// Builds Lucene queries from an analysed query. Each word becomes one DisjunctionMax clause over all its
/// readings in every language's fields, so "a word matched" is a unit the minimum-should-match rule can count.
/// </summary>
internal sealed class QueryBuilder(SearchTuning tuning)
{
    /// <param name="fuzzySeeds">Forms of the word to match with typo tolerance when strict matching found too little.</param>
    public Query WordClause(QueryWord word, string uiLanguage, IReadOnlyList<string>? fuzzySeeds = null)
    {
        var clause = new DisjunctionMaxQuery(tuning.TieBreaker);
        foreach (var (language, terms) in word.Readings)
        {
            var languageWeight = language == uiLanguage ? 1f : tuning.OtherLanguageWeight;
            foreach (var (field, fieldBoost) in FieldNames.TextFields(language))
            {
                foreach (var term in terms)
                {
                    clause.Add(new TermQuery(new Term(field, term.Text)) { Boost = term.Weight * fieldBoost * languageWeight });
                }

                foreach (var seed in fuzzySeeds ?? [])
                {
                    var fuzzy = new FuzzyQuery(new Term(field, seed), MaxEdits(seed), prefixLength: 1, maxExpansions: 10, transpositions: true)
                    {
                        Boost = tuning.FuzzyWeight * fieldBoost * languageWeight,
                    };
                    clause.Add(fuzzy);
                }
            }
        }

        return clause;
    }

    /// <summary>Short words get no typo tolerance: "isä" one edit away is "iso", "isi", "osä".</summary>
    public static int MaxEdits(string word) => word.Length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };

    /// <summary>The word clauses with a minimum number that must match, plus additive boosts for phrases and exact names.</summary>
    public Query Compose(QueryText text, IReadOnlyList<Query> wordClauses, IReadOnlyList<bool> countsTowardsMatch, int required)
    {
        var words = new BooleanQuery();
        var optional = new BooleanQuery();
        for (var i = 0; i < wordClauses.Count; i++)
        {
            (countsTowardsMatch[i] ? words : optional).Add(wordClauses[i], Occur.SHOULD);
        }

        words.MinimumNumberShouldMatch = Math.Min(required, words.Clauses.Count);
        var root = new BooleanQuery { { words, Occur.MUST } };
        if (optional.Clauses.Count > 0)
        {
            root.Add(optional, Occur.SHOULD);
        }

        foreach (var boost in Boosts(text))
        {
            root.Add(boost, Occur.SHOULD);
        }

        return root;
    }

    /// <summary>How many content words must match: all of one or two, otherwise the configured share.</summary>
    public int RequiredMatches(int contentWords) =>
        contentWords <= 2 ? contentWords : (int)Math.Ceiling(contentWords * tuning.MinimumShouldMatchShare);

    private IEnumerable<Query> Boosts(QueryText text)
    {
        yield return new TermQuery(new Term(FieldNames.NameKey, text.NameKey)) { Boost = tuning.ExactNameBoost };
        foreach (var word in text.Words.Where(w => w.Surface.Length > 0))
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
