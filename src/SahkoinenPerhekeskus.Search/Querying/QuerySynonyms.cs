using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// Query-time synonyms. Both sides of every rule go through the language's own analysis chain when the
/// lists load, so a rule written as "psykkari => psykologi" also fires for "psykkarille" and adds
/// "psykologi". The user's own words are always kept.
/// </summary>
internal sealed class QuerySynonyms
{
    private readonly Dictionary<string, Dictionary<string, List<AnalysedTerm>>> byLanguage = [];

    public QuerySynonyms(LanguageAnalyzers analyzers, SearchDictionaries dictionaries)
    {
        foreach (var (language, rules) in dictionaries.SynonymRules)
        {
            var map = new Dictionary<string, List<AnalysedTerm>>(StringComparer.Ordinal);
            var analyzer = analyzers.ForLanguage(language);
            var field = FieldNames.Body(language);
            foreach (var rule in rules)
            {
                // Only whole-word forms of the targets: the index side already splits compounds, so a target
                // "psykologi" finds "koulupsykologi" without help.
                var targets = rule.To.SelectMany(w => LanguageAnalyzers.Tokens(analyzer, field, w)).Where(t => t.Kind.IsWholeWord()).ToList();
                foreach (var word in rule.From)
                {
                    var keys = LanguageAnalyzers.Tokens(analyzer, field, word);
                    if (keys.Select(k => k.Position).Distinct().Count() != 1)
                    {
                        // Multi-word entries cannot be recognised in a query word by word; they only work as targets.
                        continue;
                    }

                    foreach (var key in keys.Where(t => t.Kind.IsWholeWord()))
                    {
                        var list = map.TryGetValue(key.Term, out var existing) ? existing : map[key.Term] = [];
                        foreach (var target in targets.Where(t => t.Term != key.Term && !list.Any(l => l.Text == t.Term)))
                        {
                            list.Add(new AnalysedTerm(target.Term, TermKind.Synonym));
                        }
                    }
                }
            }

            byLanguage[language] = map;
        }
    }

    public int RuleCount => byLanguage.Values.Sum(m => m.Count);

    /// <summary>Whole-word synonyms of a query term (any of its readings: base form, sub-compound or part).</summary>
    public IReadOnlyList<AnalysedTerm> Expand(string language, string term) =>
        byLanguage.TryGetValue(language, out var map) && map.TryGetValue(term, out var targets) ? targets : [];
}
