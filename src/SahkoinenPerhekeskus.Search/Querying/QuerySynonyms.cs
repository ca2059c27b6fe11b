using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// Query-time synonyms. Both sides of every rule go through the language's own analysis chain when the
/// lists load, so a rule written as "psykkari => psykologi" also fires for "psykkarille" and adds
/// "psykologi". The user's own words are always kept.
/// </summary>
/// <remarks>
/// The shipped files are the base and the regional admin's rules are layered on top: an admin rule can only add
/// targets, never take away a shipped one, so a careless entry cannot break the curated behaviour.
/// </remarks>
internal sealed class QuerySynonyms
{
    private readonly Dictionary<string, Dictionary<string, List<SynonymTarget>>> _byLanguage = [];

    public QuerySynonyms(LanguageAnalyzers analyzers, SearchDictionaries dictionaries)
        : this(analyzers, dictionaries, [])
    {
    }

    /// <param name="added">Rules from the back office, in the files' syntax, on top of the shipped ones.</param>
    public QuerySynonyms(LanguageAnalyzers analyzers, SearchDictionaries dictionaries, IReadOnlyList<AdminSynonymRule> added)
    {
        var layers = FieldNames.Languages.ToDictionary(
            l => l,
            l => dictionaries.SynonymRules.GetValueOrDefault(l, [])
                .Concat(added.Where(a => a.Language == l).Select(a => SynonymRule.Parse(a.Rule)).OfType<SynonymRule>())
                .ToList());
        foreach (var (language, rules) in layers)
        {
            var map = new Dictionary<string, List<SynonymTarget>>(StringComparer.Ordinal);
            var analyzer = analyzers.ForLanguage(language);
            var field = FieldNames.Body(language);
            foreach (var rule in rules)
            {
                // Only whole-word forms of the targets: the index side already splits compounds, so a target
                // "psykologi" finds "koulupsykologi" without help.
                var targets = rule.To.SelectMany(w => Targets(analyzers, language, w)).ToList();
                foreach (var word in rule.From.Where(w => !w.Contains(':', StringComparison.Ordinal)))
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
                        list.AddRange(targets.Where(t => (t.Language != language || t.Term != key.Term) && !list.Any(l => l.Language == t.Language && l.Term == t.Term)));
                    }
                }
            }

            _byLanguage[language] = map;
        }
    }

    public int RuleCount => _byLanguage.Values.Sum(m => m.Count);

    /// <summary>Whole-word synonyms of a query term (any of its readings), with the language whose fields they search.</summary>
    public IReadOnlyList<SynonymTarget> Expand(string language, string term) =>
        _byLanguage.TryGetValue(language, out var map) && map.TryGetValue(term, out var targets) ? targets : [];

    /// <summary>
    /// "fi:perheneuvola" in a Swedish list searches the Finnish fields, analysed the Finnish way;
    /// "mielenterveys^0.5" weighs half as much as a plain synonym (for broader terms).
    /// </summary>
    private static IEnumerable<SynonymTarget> Targets(LanguageAnalyzers analyzers, string language, string word)
    {
        var weight = 1f;
        var caret = word.LastIndexOf('^');
        if (caret > 0 && float.TryParse(word[(caret + 1)..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            (word, weight) = (word[..caret], parsed);
        }

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon == 2 && FieldNames.Languages.Contains(word[..2]))
        {
            (language, word) = (word[..2], word[3..]);
        }

        return LanguageAnalyzers.Tokens(analyzers.ForLanguage(language), FieldNames.Body(language), word)
            .Where(t => t.Kind.IsWholeWord())
            .Select(t => new SynonymTarget(language, t.Term, weight));
    }
}

/// <param name="Weight">Relative to a plain synonym (1).</param>
internal sealed record SynonymTarget(string Language, string Term, float Weight);
