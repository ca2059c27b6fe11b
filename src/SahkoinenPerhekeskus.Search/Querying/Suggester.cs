using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// Prefix completion over service names, alternate names and type names. The sg_* fields hold edge n-grams
/// of every name word, so each typed word only has to be the start of some word in the name.
/// </summary>
internal sealed class Suggester(LanguageAnalyzers analyzers)
{
    private const int MaxGram = 24;
    private const int Candidates = 50;

    public IReadOnlyList<string> Suggest(IndexSearcher searcher, string prefix, string uiLanguage, int max)
    {
        var typed = LanguageAnalyzers.Tokens(analyzers.Exact, FieldNames.ExactName, prefix).Select(t => t.Term).ToList();
        if (typed.Count == 0 || max <= 0)
        {
            return [];
        }

        var results = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var languages = new[] { uiLanguage }.Concat(FieldNames.Languages).Where(FieldNames.Languages.Contains).Distinct();
        foreach (var language in languages)
        {
            var query = new BooleanQuery();
            foreach (var word in typed)
            {
                query.Add(new TermQuery(new Term(FieldNames.Suggest(language), word.Length > MaxGram ? word[..MaxGram] : word)), Occur.MUST);
            }

            var candidates = new List<(string Text, int Rank, int Order)>();
            var top = searcher.Search(query, Candidates);
            for (var i = 0; i < top.ScoreDocs.Length; i++)
            {
                var doc = searcher.Doc(top.ScoreDocs[i].Doc);
                foreach (var field in new[] { FieldNames.Name(language), FieldNames.TypeName(language), FieldNames.AlternateName(language) })
                {
                    var value = doc.Get(field, CultureInfo.InvariantCulture);
                    if (value is not null && Matches(value, typed, out var startsWith))
                    {
                        candidates.Add((value.Trim(), startsWith ? 0 : 1, i));
                    }
                }
            }

            foreach (var candidate in candidates.OrderBy(c => c.Rank).ThenBy(c => c.Order).ThenBy(c => c.Text.Length))
            {
                if (seen.Add(candidate.Text))
                {
                    results.Add(candidate.Text);
                }

                if (results.Count >= max)
                {
                    return results;
                }
            }
        }

        return results;
    }

    private bool Matches(string value, List<string> typed, out bool startsWith)
    {
        var words = LanguageAnalyzers.Tokens(analyzers.Exact, FieldNames.ExactName, value).Select(t => t.Term).ToList();
        startsWith = words.Count > 0 && words[0].StartsWith(typed[0], StringComparison.Ordinal);
        return typed.All(t => words.Any(w => w.StartsWith(t, StringComparison.Ordinal)));
    }
}
