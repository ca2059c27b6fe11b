using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <param name="Expanded">Added by a synonym rule rather than read from the typed word.</param>
internal readonly record struct WeightedTerm(string Text, TermKind Kind, float Weight, bool Expanded = false)
{
    /// <summary>Tier-one forms: the word itself, its lemmas and sub-compounds, and synonyms of those.</summary>
    public bool IsStrict => Kind is TermKind.Base or TermKind.Stem or TermKind.SubCompound or TermKind.Synonym or TermKind.Fuzzy;

    /// <summary>A single part of a typed compound (synonyms of parts count as parts, but never join the all-parts match).</summary>
    public bool IsPart => Kind is TermKind.Part or TermKind.Head;
}

/// <summary>One word of the query with its readings in each language (absent where the chain dropped it as a stopword).</summary>
internal sealed record QueryWord(int Position, string Surface, IReadOnlyDictionary<string, IReadOnlyList<WeightedTerm>> Readings, bool Weak)
{
    public IEnumerable<string> WholeWordTerms(string language) =>
        Readings.TryGetValue(language, out var terms) ? terms.Where(t => t.Kind.IsWholeWord()).Select(t => t.Text) : [];

    /// <summary>The same word with typo corrections added to the readings of <paramref name="language"/>.</summary>
    public QueryWord WithCorrections(string language, IEnumerable<WeightedTerm> corrections)
    {
        var readings = Readings.ToDictionary(r => r.Key, r => r.Value);
        readings[language] = [.. readings.GetValueOrDefault(language, []), .. corrections];
        return this with { Readings = readings };
    }
}

/// <summary>The analysed query: content words in order, and the normalised whole text for exact-name matching.</summary>
internal sealed record QueryText(string Raw, string UiLanguage, IReadOnlyList<QueryWord> Words, string NameKey)
{
    public bool IsEmpty => Words.Count == 0;
}

/// <summary>Analyses query text with every language chain, adds synonyms and marks weak words.</summary>
internal sealed class QueryTextAnalyzer(LanguageAnalyzers analyzers, QuerySynonyms synonyms, SearchDictionaries dictionaries)
{
    private readonly Dictionary<string, HashSet<string>> _weakTerms = BuildWeakTerms(analyzers, dictionaries);

    public QueryText Analyze(string text, string uiLanguage)
    {
        var ui = FieldNames.Languages.Contains(uiLanguage) ? uiLanguage : "fi";
        var surfaces = LanguageAnalyzers.Tokens(analyzers.Exact, FieldNames.ExactName, text)
            .GroupBy(t => t.Position)
            .ToDictionary(g => g.Key, g => g.First().Term);
        var readings = FieldNames.Languages.ToDictionary(l => l, _ => new Dictionary<int, List<WeightedTerm>>());
        var typed = FieldNames.Languages.ToDictionary(
            l => l,
            l => LanguageAnalyzers.Tokens(analyzers.ForLanguage(l), FieldNames.Body(l), text).GroupBy(t => t.Position).ToList());
        foreach (var (language, groups) in typed)
        {
            foreach (var position in groups)
            {
                foreach (var token in position)
                {
                    Add(readings[language], position.Key, new WeightedTerm(token.Term, token.Kind, token.Kind.QueryWeight()));
                }
            }
        }

        // Synonyms only for what the user typed, not for other synonyms; a rule may add terms in another language.
        var own = readings.ToDictionary(r => r.Key, r => r.Value.ToDictionary(p => p.Key, p => p.Value.ToList()));
        foreach (var (language, groups) in typed)
        {
            foreach (var position in groups)
            {
                foreach (var source in own[language][position.Key])
                {
                    foreach (var target in synonyms.Expand(language, source.Text))
                    {
                        // A synonym of a part is still only a part ("maahanmuuttaja" → "kotoutuminen" inside "maahanmuuttajaperhe").
                        var kind = source.IsPart ? TermKind.Part : TermKind.Synonym;
                        var weight = TermKind.Synonym.QueryWeight() * source.Weight * target.Weight;
                        Add(readings[target.Language], position.Key, new WeightedTerm(target.Term, kind, weight, Expanded: true));
                    }
                }
            }
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

            var weak = byLanguage.TryGetValue(ui, out var uiTerms) && uiTerms.Where(t => t.Kind.IsWholeWord()).Any(t => _weakTerms[ui].Contains(t.Text));
            return new QueryWord(p, surfaces.GetValueOrDefault(p, ""), byLanguage, weak);
        }).ToList();

        return new QueryText(text, ui, words, NormaliseName(text));
    }

    private static void Add(Dictionary<int, List<WeightedTerm>> byPosition, int position, WeightedTerm term)
    {
        if (!byPosition.TryGetValue(position, out var terms))
        {
            byPosition[position] = terms = [];
        }

        var index = terms.FindIndex(t => t.Text == term.Text);
        if (index < 0)
        {
            terms.Add(term);
        }
        else if (term.Weight > terms[index].Weight)
        {
            terms[index] = term;
        }
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
