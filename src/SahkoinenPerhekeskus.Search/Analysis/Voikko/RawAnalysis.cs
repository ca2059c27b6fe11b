namespace SahkoinenPerhekeskus.Search.Analysis.Voikko;

/// <summary>The Voikko attributes we use from one morphological analysis of a word.</summary>
internal sealed record RawAnalysis(string BaseForm, string? WordBases, string? Structure, string? WordClass, string? Case);
