using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

internal readonly record struct WeightedTerm(string Text, TermKind Kind, float Weight);

/// <summary>One word of the query with its readings in each language (absent where the chain dropped it as a stopword).</summary>
internal sealed record QueryWord(int Position, string Surface, IReadOnlyDictionary<string, IReadOnlyList<WeightedTerm>> Readings, bool Weak)
{
    public IEnumerable<string> WholeWordTerms(string language) =>
        Readings.TryGetValue(language, out var terms) ? terms.Where(t => t.Kind.IsWholeWord()).Select(t => t.Text) : [];
}

/// <summary>The analysed query: content words in order, and the normalised whole text for exact-name matching.</summary>
internal sealed record QueryText(string Raw, string UiLanguage, IReadOnlyList<QueryWord> Words, string NameKey)
{
    public bool IsEmpty => Words.Count == 0;
}

/// <summary>Analyses query text with every language chain, adds synonyms and marks weak words.</summary>
internal sealed class QueryTextAnalyzer(LanguageAnalyzers analyzers, QuerySynonyms synonyms, SearchDictionaries dictionaries)
{
    private readonly Dictionary<string, HashSet<string>> weakTerms = BuildWeakTerms(analyzers, dictionaries);

    public QueryText Analyze(string text, string uiLanguage)
    {
        var ui = FieldNames.Languages.Contains(uiLanguage) ? uiLanguage : "fi";
        var surfaces = LanguageAnalyzers.Tokens(analyzers.Exact, FieldNames.ExactName, text)
            .GroupBy(t => t.Position)
            .ToDictionary(g => g.Key, g => g.First().Term);
        var readings = new Dictionary<string, Dictionary<int, List<WeightedTerm>>>();
        foreach (var language in FieldNames.Languages)
        {
            readings[language] = LanguageAnalyzers.Tokens(analyzers.ForLanguage(language), FieldNames.Body(language), text)
                .GroupBy(t => t.Position)
                .ToDictionary(g => g.Key, g => Expand(language, g));
        }

        // A word counts when the UI language keeps it; if that language drops everything, any language will do.
        var positions = readings[ui].Keys.ToList();
        if (positions.Count == 0)
        {
            positions = readings.Values.SelectMany(r => r.Keys).Distinct().ToList();
        }

        var words = positions.Order().Select(p =>
        {
            var byLanguage = new Dictionary<string, IReadOnlyList<WeightedTerm>>();
            foreach (var language in FieldNames.Languages)
            {
                if (readings[language].TryGetValue(p, out var terms))
                {
                    byLanguage[language] = terms;
                }
            }

            var weak = byLanguage.TryGetValue(ui, out var uiTerms) && uiTerms.Where(t => t.Kind.IsWholeWord()).Any(t => weakTerms[ui].Contains(t.Text));
            return new QueryWord(p, surfaces.GetValueOrDefault(p, ""), byLanguage, weak);
        }).ToList();

        return new QueryText(text, ui, words, NormaliseName(text));
    }

    private List<WeightedTerm> Expand(string language, IEnumerable<AnalysedToken> tokens)
    {
        var result = new List<WeightedTerm>();
        void Add(string term, TermKind kind, float weight)
        {
            var index = result.FindIndex(t => t.Text == term);
            if (index < 0)
            {
                result.Add(new WeightedTerm(term, kind, weight));
            }
            else if (weight > result[index].Weight)
            {
                result[index] = new WeightedTerm(term, kind, weight);
            }
        }

        var list = tokens.ToList();
        foreach (var token in list)
        {
            Add(token.Term, token.Kind, token.Kind.QueryWeight());
        }

        foreach (var token in list.Where(t => t.Kind.IsWholeWord()))
        {
            foreach (var target in synonyms.Expand(language, token.Term))
            {
                Add(target.Text, target.Kind, target.Kind == TermKind.Synonym ? TermKind.Synonym.QueryWeight() : TermKind.Synonym.QueryWeight() * target.Kind.QueryWeight());
            }
        }

        return result;
    }

    /// <summary>Lowercase, punctuation to spaces, whitespace collapsed; the same on both index and query side.</summary>
    public static string NormaliseName(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, HashSet<string>> BuildWeakTerms(LanguageAnalyzers analyzers, SearchDictionaries dictionaries)
    {
        var result = new Dictionary<string, HashSet<string>>();
        foreach (var language in FieldNames.Languages)
        {
            var words = dictionaries.WeakWords.TryGetValue(language, out var list) ? list : [];
            result[language] = words
                .SelectMany(w => LanguageAnalyzers.Tokens(analyzers.ForLanguage(language), FieldNames.Body(language), w))
                .Where(t => t.Kind.IsWholeWord())
                .Select(t => t.Term)
                .ToHashSet(StringComparer.Ordinal);
        }

        return result;
    }
}
