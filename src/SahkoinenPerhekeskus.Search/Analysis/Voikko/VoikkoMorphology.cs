using Lucene.Net.Tartarus.Snowball.Ext;

namespace SahkoinenPerhekeskus.Search.Analysis.Voikko;

/// <summary>Finnish morphology through libvoikko, with per-word caching and a Snowball stem for unknown words.</summary>
internal sealed class VoikkoMorphology(VoikkoPool pool, int cacheCapacity = 200_000) : IWordMorphology
{
    private readonly BoundedCache<string, WordAnalysis> _cache = new(cacheCapacity);

    public string Name => "voikko";

    public WordAnalysis Analyze(string word) => _cache.GetOrAdd(word, AnalyzeUncached);

    private WordAnalysis AnalyzeUncached(string word)
    {
        if (word.Any(char.IsDigit))
        {
            return WordAnalysis.Verbatim(word);
        }

        // "mll:n", "adhd:n": an abbreviation with a case ending; the abbreviation is the word.
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            return Analyze(word[..colon]);
        }

        var analyses = pool.Analyze(word);
        if (analyses.Count > 0)
        {
            return VoikkoWordParser.Build(analyses);
        }

        return new WordAnalysis([new AnalysedTerm(SnowballFinnish.Stem(word), TermKind.Stem)], Known: false);
    }

    public void Dispose() => pool.Dispose();
}

/// <summary>Snowball's Finnish stemmer; instances keep state, so one per thread.</summary>
internal static class SnowballFinnish
{
    private static readonly ThreadLocal<FinnishStemmer> Stemmer = new(() => new FinnishStemmer());

    public static string Stem(string word)
    {
        var stemmer = Stemmer.Value!;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
