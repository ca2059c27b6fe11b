namespace SahkoinenPerhekeskus.Search.Analysis;

internal readonly record struct AnalysedTerm(string Text, TermKind Kind);

/// <summary>Everything we index for one word, strongest forms first.</summary>
/// <param name="Known">False when the dictionary does not know the word and a stemmer guessed.</param>
internal sealed record WordAnalysis(IReadOnlyList<AnalysedTerm> Terms, bool Known)
{
    public static WordAnalysis Verbatim(string word) => new([new AnalysedTerm(word, TermKind.Base)], Known: false);
}

/// <summary>Finnish word-level morphology: Voikko, or the dictionary fallback.</summary>
internal interface IWordMorphology : IDisposable
{
    /// <summary>"voikko" or "fallback".</summary>
    string Name { get; }

    /// <param name="word">One lowercased token.</param>
    WordAnalysis Analyze(string word);
}

/// <summary>Collects terms in insertion order, keeping the strongest kind when a form repeats.</summary>
internal sealed class TermCollector
{
    private readonly List<AnalysedTerm> _terms = [];

    public int Count => _terms.Count;

    public void Add(string? text, TermKind kind)
    {
        if (string.IsNullOrEmpty(text) || text.Length < 2)
        {
            return;
        }

        var index = _terms.FindIndex(t => t.Text == text);
        if (index < 0)
        {
            _terms.Add(new AnalysedTerm(text, kind));
        }
        else if (kind.QueryWeight() > _terms[index].Kind.QueryWeight())
        {
            _terms[index] = new AnalysedTerm(text, kind);
        }
    }

    public IReadOnlyList<AnalysedTerm> ToList() => [.. _terms];
}
