namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>Ranking and matching knobs in one place, so the relevance bench can vary them.</summary>
internal sealed record SearchTuning
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public float Bm25K1 { get; init; } = 1.2f;

    /// <summary>
    /// BM25 length normalisation, lower than Lucene's 0.75: a regional service's keywords list all its
    /// municipalities, and the full penalty for that length would push it below single-town services.
    /// </summary>
    public float Bm25B { get; init; } = 0.3f;

    /// <summary>Weight of the other languages' fields relative to the UI language's.</summary>
    public float OtherLanguageWeight { get; init; } = 0.6f;

    /// <summary>How much a word's other fields and forms add to its best one (0.3 as in Solr's edismax examples).</summary>
    public float TieBreaker { get; init; } = 0.3f;

    /// <summary>Share of the content words a document must match (rounded up) for queries of three or more words.</summary>
    public double MinimumShouldMatchShare { get; init; } = 0.6;

    /// <summary>Fewer strict hits than this makes words nothing matched typo-tolerant.</summary>
    public int FewHits { get; init; } = 3;

    /// <summary>Fewer strict hits than this appends a second, broader tier of results after them.</summary>
    public int BroadenBelow { get; init; } = 10;

    /// <summary>A compound part in more than this share of the index cannot stand in for the compound.</summary>
    public double CommonPartShare { get; init; } = 0.2;

    /// <summary>Weight of "all parts of the compound present" relative to the whole compound.</summary>
    public float AllPartsWeight { get; init; } = 0.7f;

    /// <summary>A word matching more than this share of the index is too common to carry a result alone.</summary>
    public double CommonWordShare { get; init; } = 0.3;

    /// <summary>The common-word rule needs a meaningful sample.</summary>
    public int CommonWordMinimumIndexSize { get; init; } = 50;

    /// <summary>Hits scoring below this share of the best hit are dropped as noise.</summary>
    public float ScoreFloor { get; init; } = 0.08f;

    /// <summary>Weight of a one-edit correction (two edits weigh half).</summary>
    public float FuzzyWeight { get; init; } = 0.6f;

    /// <summary>How many index terms a misspelt word may expand to.</summary>
    public int FuzzyExpansions { get; init; } = 4;

    /// <summary>Weight of filler words ("apua", "tietoa") relative to content words.</summary>
    public float FillerWeight { get; init; } = 0.3f;

    public float NamePhraseBoost { get; init; } = 2.0f;

    public float BodyPhraseBoost { get; init; } = 1.0f;

    public float ExactNameBoost { get; init; } = 3.0f;

    public float ExactSurfaceNameBoost { get; init; } = 0.5f;

    public float ExactSurfaceTextBoost { get; init; } = 0.15f;

    public int SnippetLength { get; init; } = 160;

    /// <summary>How many of the best strict hits describe "services like these" (pseudo-relevance feedback).</summary>
    public int FeedbackDocuments { get; init; } = 3;

    /// <summary>How much resemblance to the best strict hits lifts a broader match (0 turns feedback off).</summary>
    public float FeedbackWeight { get; init; } = 1.0f;

    /// <summary>Share of text similarity (the rest is shared needs) in resemblance to the best hits.</summary>
    public float TextResemblanceShare { get; init; } = 0.5f;

    /// <summary>A result list shorter than this is topped up with services resembling its best hit (0 turns it off).</summary>
    public int RelatedWhenFewer { get; init; } = 10;

    /// <summary>
    /// Score of a service whose need a described situation points to ("mun isä juo" → substances): a constant,
    /// below a good word match, so that services the words name come first and the situation widens the list.
    /// </summary>
    public float SituationNeedWeight { get; init; } = 1.0f;

    /// <summary>Weight of each word of a need's name and description in ranking the services with that need.</summary>
    public float SituationNeedTextWeight { get; init; } = 0.2f;

    /// <summary>Weight of a service type's name when a situation points to the type ("ei puhu vielä" → speech therapy).</summary>
    public float SituationTypeWeight { get; init; } = 0.8f;

    /// <summary>
    /// Evidence (BM25 over the vocabulary's sections, each section one document) that a query matching none of
    /// a section's phrases whole needs to still point to its topics; two or more of its words must take part.
    /// </summary>
    public double SituationWordEvidence { get; init; } = 6.0;

    /// <summary>The weight of a topic found by word evidence, relative to a whole phrase (1).</summary>
    public float SituationWordWeight { get; init; } = 0.6f;

    /// <summary>Share of a multi-word type name's words a service must have to count as that type.</summary>
    public double SituationTypeNameShare { get; init; } = 0.6;
}
