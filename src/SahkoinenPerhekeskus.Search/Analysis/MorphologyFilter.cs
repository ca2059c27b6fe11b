using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SahkoinenPerhekeskus.Search.Analysis;

/// <summary>
/// Replaces each (lowercased) token with its analysis: the first term takes the token's position and the
/// rest are stacked on it (position increment 0), each typed with its <see cref="TermKind"/>.
/// </summary>
internal sealed class MorphologyFilter : TokenFilter
{
    private readonly IWordMorphology _morphology;
    private readonly ICharTermAttribute _termAttribute;
    private readonly IPositionIncrementAttribute _positionAttribute;
    private readonly ITypeAttribute _typeAttribute;
    private readonly Queue<AnalysedTerm> _pending = new();

    public MorphologyFilter(TokenStream input, IWordMorphology morphology)
        : base(input)
    {
        _morphology = morphology;
        _termAttribute = AddAttribute<ICharTermAttribute>();
        _positionAttribute = AddAttribute<IPositionIncrementAttribute>();
        _typeAttribute = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            // Stacked terms keep the word's offsets, which nothing after this filter changes, so there is no
            // need to capture and restore the whole attribute state (that cloning dominated analysis time).
            Emit(_pending.Dequeue());
            _positionAttribute.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var analysis = _morphology.Analyze(_termAttribute.ToString());
        if (analysis.Terms.Count == 0)
        {
            _typeAttribute.Type = TermKind.Base.ToTypeName();
            return true;
        }

        Emit(analysis.Terms[0]);
        for (var i = 1; i < analysis.Terms.Count; i++)
        {
            _pending.Enqueue(analysis.Terms[i]);
        }

        return true;
    }

    private void Emit(AnalysedTerm term)
    {
        _termAttribute.SetEmpty().Append(term.Text);
        _typeAttribute.Type = term.Kind.ToTypeName();
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }
}

/// <summary>
/// For the Swedish and English chains: tokens that open a position are whole words, stacked ones are the
/// compound filter's parts. Gives the query builder the same kinds as the Finnish chain.
/// </summary>
internal sealed class KindTaggingFilter : TokenFilter
{
    private readonly IPositionIncrementAttribute _positionAttribute;
    private readonly ITypeAttribute _typeAttribute;

    public KindTaggingFilter(TokenStream input)
        : base(input)
    {
        _positionAttribute = AddAttribute<IPositionIncrementAttribute>();
        _typeAttribute = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        _typeAttribute.Type = (_positionAttribute.PositionIncrement > 0 ? TermKind.Base : TermKind.Part).ToTypeName();
        return true;
    }
}
