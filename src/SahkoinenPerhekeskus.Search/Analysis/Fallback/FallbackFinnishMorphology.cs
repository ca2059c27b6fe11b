using SahkoinenPerhekeskus.Search.Analysis.Voikko;

namespace SahkoinenPerhekeskus.Search.Analysis.Fallback;

/// <summary>
/// Finnish without libvoikko: Snowball stems plus compound splitting against the domain dictionary
/// (content/search/compounds-fi.txt). Unlike Lucene's DictionaryCompoundWordTokenFilter, which accepts a
/// dictionary word anywhere inside a token, a split must start at the first letter and chain part to part,
/// so "lisätietoa" never yields "isä" and "kerosiini" never yields "ero".
/// </summary>
internal sealed class FallbackFinnishMorphology(IReadOnlyDictionary<string, string> compoundForms, int cacheCapacity = 200_000) : IWordMorphology
{
    /// <summary>Longest inflectional ending we accept after the last dictionary part ("-ssaan", "-lleen").</summary>
    private const int MaxEnding = 6;
    private const int MinUnknownHead = 4;
    private readonly BoundedCache<string, WordAnalysis> _cache = new(cacheCapacity);

    public string Name => "fallback";

    public WordAnalysis Analyze(string word) => _cache.GetOrAdd(word, AnalyzeUncached);

    private WordAnalysis AnalyzeUncached(string word)
    {
        if (word.Any(char.IsDigit))
        {
            return WordAnalysis.Verbatim(word);
        }

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            return Analyze(word[..colon]);
        }

        var terms = new TermCollector();
        terms.Add(SnowballFinnish.Stem(word), TermKind.Stem);
        var split = Split(word);
        if (split is not null)
        {
            for (var i = 0; i < split.Count; i++)
            {
                terms.Add(SnowballFinnish.Stem(split[i]), i == split.Count - 1 ? TermKind.Head : TermKind.Part);
            }
        }

        return new WordAnalysis(terms.ToList(), Known: split is not null || compoundForms.ContainsKey(word));
    }

    /// <summary>The base forms of the parts, or null when the word is not a compound we recognise.</summary>
    internal List<string>? Split(string word)
    {
        List<string>? best = null;
        var bestScore = int.MinValue;
        Walk(0, []);
        return best;

        void Walk(int position, List<string> path)
        {
            var rest = word.Length - position;
            if (path.Count >= 2 && rest <= MaxEnding)
            {
                Offer(path, -rest - path.Count);
            }
            else if (path.Count >= 1 && rest >= MinUnknownHead)
            {
                // A known modifier followed by a head we do not know ("perhe" + "valmennus").
                Offer([.. path, word[position..]], -rest - 10 - path.Count);
            }

            foreach (var (form, lemma) in compoundForms)
            {
                if (form.Length >= 3 && form.Length < word.Length && string.CompareOrdinal(word, position, form, 0, form.Length) == 0)
                {
                    Walk(position + form.Length, [.. path, lemma]);
                }
            }
        }

        void Offer(List<string> candidate, int score)
        {
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }
    }

    public void Dispose()
    {
    }
}
