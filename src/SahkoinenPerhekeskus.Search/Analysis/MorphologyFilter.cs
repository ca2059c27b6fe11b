using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SahkoinenPerhekeskus.Search.Analysis;

/// <summary>
/// Replaces each (lowercased) token with its analysis: the first term takes the token's position and the
/// rest are stacked on it (position increment 0), each typed with its <see cref="TermKind"/>.
/// </summary>
internal sealed class MorphologyFilter : TokenFilter
{
    private readonly IWordMorphology morphology;
    private readonly ICharTermAttribute termAttribute;
    private readonly IPositionIncrementAttribute positionAttribute;
    private readonly ITypeAttribute typeAttribute;
    private readonly Queue<AnalysedTerm> pending = new();

    public MorphologyFilter(TokenStream input, IWordMorphology morphology)
        : base(input)
    {
        this.morphology = morphology;
        termAttribute = AddAttribute<ICharTermAttribute>();
        positionAttribute = AddAttribute<IPositionIncrementAttribute>();
        typeAttribute = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            // Stacked terms keep the word's offsets, which nothing after this filter changes, so there is no
            // need to capture and restore the whole attribute state (that cloning dominated analysis time).
            Emit(pending.Dequeue());
            positionAttribute.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var analysis = morphology.Analyze(termAttribute.ToString());
        if (analysis.Terms.Count == 0)
        {
            typeAttribute.Type = TermKind.Base.ToTypeName();
            return true;
        }

        Emit(analysis.Terms[0]);
        for (var i = 1; i < analysis.Terms.Count; i++)
        {
            pending.Enqueue(analysis.Terms[i]);
        }

        return true;
    }

    private void Emit(AnalysedTerm term)
    {
        termAttribute.SetEmpty().Append(term.Text);
        typeAttribute.Type = term.Kind.ToTypeName();
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
    }
}

/// <summary>
/// For the Swedish and English chains: tokens that open a position are whole words, stacked ones are the
/// compound filter's parts. Gives the query builder the same kinds as the Finnish chain.
/// </summary>
internal sealed class KindTaggingFilter : TokenFilter
{
    private readonly IPositionIncrementAttribute positionAttribute;
    private readonly ITypeAttribute typeAttribute;

    public KindTaggingFilter(TokenStream input)
        : base(input)
    {
        positionAttribute = AddAttribute<IPositionIncrementAttribute>();
        typeAttribute = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        typeAttribute.Type = (positionAttribute.PositionIncrement > 0 ? TermKind.Base : TermKind.Part).ToTypeName();
        return true;
    }
}
